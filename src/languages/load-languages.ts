/**
 * Load content/languages/<code>.yml files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProjectPaths } from '../project.js';
import type { ContentMemo } from '../source/content-memo.js';
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
/** One language file as checked: the language, or the diagnostics that refuse it. */
export interface CheckedLanguage {
  language?: Language;
  source?: string;
  diagnostics: Diagnostic[];
}

/**
 * Load and check every language file of the project.
 * @param paths project paths
 * @param memo optional: the session's memo of checked files (by fonts folder and path, and
 *   the file's digest): `watch` and `serve` load the languages at every rebuild, and a file
 *   that did not change is not checked again
 */
export function loadLanguages(paths: ProjectPaths, memo?: ContentMemo<CheckedLanguage>): LoadedLanguages {
  const out: LoadedLanguages = { languages: new Map(), failed: new Set(), diagnostics: [], sources: new Map() };
  if (!existsSync(paths.languages)) return out;
  for (const name of readdirSync(paths.languages).filter((n) => n.endsWith('.yml')).sort()) {
    const file = `content/languages/${name}`;
    const code = name.replace(/\.yml$/, '');
    const bytes = readFileSync(resolve(paths.languages, name));
    const check = (hash: string) => checkLanguage(paths, file, code, bytes, hash);
    const result = memo ? memo.get(`${paths.fonts}\0${file}`, bytes, check) : check(createHash('sha256').update(bytes).digest('hex'));
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
