/**
 * Load content/languages/<code>.yml files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProjectPaths } from '../project.js';
import { validateFrontMatter } from '../schema/validate.js';
import { parseYaml } from '../source/front-matter.js';
import { decodeSource } from '../source/read-source.js';
import { checkCoverage } from '../render/coverage.js';
import { languageSchema, type Language } from './language.js';

export interface LoadedLanguages {
  languages: Map<string, Language>;
  /** Codes of language files that exist but have errors. */
  failed: Set<string>;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

export function loadLanguages(paths: ProjectPaths): LoadedLanguages {
  const out: LoadedLanguages = { languages: new Map(), failed: new Set(), diagnostics: [], sources: new Map() };
  if (!existsSync(paths.languages)) return out;
  for (const name of readdirSync(paths.languages).filter((n) => n.endsWith('.yml')).sort()) {
    const file = `content/languages/${name}`;
    out.failed.add(name.replace(/\.yml$/, ''));
    const bytes = readFileSync(resolve(paths.languages, name));
    const decoded = decodeSource(file, bytes);
    if (!decoded.ok) {
      out.diagnostics.push(...decoded.diagnostics);
      continue;
    }
    out.sources.set(file, decoded.source.text);
    const yaml = parseYaml(file, decoded.source.text);
    if (!yaml.ok) {
      out.diagnostics.push(...yaml.diagnostics);
      continue;
    }
    const valid = validateFrontMatter(languageSchema, { data: yaml.data, locate: yaml.locate, body: '', bodyLine: 1 }, file);
    if (!valid.ok) {
      out.diagnostics.push(...valid.diagnostics);
      continue;
    }
    const code = name.replace(/\.yml$/, '');
    const language: Language = { ...valid.value, code, hash: createHash('sha256').update(bytes).digest('hex') };
    // The strings are printed on every sheet: their characters must be in the language's fonts too.
    const lines = decoded.source.text.split('\n');
    const samples = [language.name, ...Object.values(language.strings)].map((text) => ({ text, line: lines.findIndex((l) => l.includes(text.slice(0, 12))) + 1 || undefined }));
    const missing = checkCoverage(paths.fonts, language, samples, file);
    if (missing.length) {
      out.diagnostics.push(...missing);
      continue;
    }
    out.languages.set(code, language);
    out.failed.delete(code);
  }
  return out;
}
