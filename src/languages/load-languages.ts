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

/** One language file, checked: the language, or the file's problems. */
interface CheckedLanguage {
  language?: Language;
  source?: string;
  diagnostics: Diagnostic[];
}

/**
 * Checked files by fonts folder, path and content digest: `watch` and `serve` load the
 * languages at every rebuild, and a file that did not change is not parsed again.
 * (The fonts are part of the tool; a changed font needs a new process.)
 */
const checked = new Map<string, CheckedLanguage>();

export function loadLanguages(paths: ProjectPaths): LoadedLanguages {
  const out: LoadedLanguages = { languages: new Map(), failed: new Set(), diagnostics: [], sources: new Map() };
  if (!existsSync(paths.languages)) return out;
  for (const name of readdirSync(paths.languages).filter((n) => n.endsWith('.yml')).sort()) {
    const file = `content/languages/${name}`;
    const code = name.replace(/\.yml$/, '');
    const bytes = readFileSync(resolve(paths.languages, name));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const key = `${paths.fonts}\0${file}\0${hash}`;
    let result = checked.get(key);
    if (!result) checked.set(key, (result = checkLanguage(paths, file, code, bytes, hash)));
    out.diagnostics.push(...result.diagnostics);
    if (result.source !== undefined) out.sources.set(file, result.source);
    if (result.language) out.languages.set(code, result.language);
    else out.failed.add(code);
  }
  return out;
}

function checkLanguage(paths: ProjectPaths, file: string, code: string, bytes: Buffer, hash: string): CheckedLanguage {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const source = decoded.source.text;
  const yaml = parseYaml(file, source);
  if (!yaml.ok) return { source, diagnostics: yaml.diagnostics };
  const valid = validateFrontMatter(languageSchema, { data: yaml.data, locate: yaml.locate, body: '', bodyLine: 1 }, file);
  if (!valid.ok) return { source, diagnostics: valid.diagnostics };
  const language: Language = { ...valid.value, code, hash };
  // The strings are printed on every sheet: their characters must be in the language's fonts too.
  const lines = source.split('\n');
  const samples = [language.name, ...Object.values(language.strings)].map((text) => ({ text, line: lines.findIndex((l) => l.includes(text.slice(0, 12))) + 1 || undefined }));
  const missing = checkCoverage(paths.fonts, language, samples, file);
  if (missing.length) return { source, diagnostics: missing };
  return { language, source, diagnostics: [] };
}
