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
import { diag } from '../diagnostics/errors.js';
import { parse } from 'yaml';
import { suggest } from '../schema/validate.js';
import { toolRoot } from '../tool-root.js';
import { languageSchema, type Language } from './language.js';

/** The language every document is written in first, whose file has every fixed word. */
const SOURCE_LANGUAGE = 'nl';

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
  for (const [name, path] of languageFiles(paths)) {
    const file = `content/languages/${name}`;
    const code = name.replace(/\.yml$/, '');
    const bytes = readFileSync(path);
    const check = (hash: string) => checkLanguage(paths, file, code, bytes, hash);
    const result = memo ? memo.get(`${paths.fonts}\0${file}`, bytes, check) : check(createHash('sha256').update(bytes).digest('hex'));
    out.diagnostics.push(...result.diagnostics);
    if (result.source !== undefined) out.sources.set(file, result.source);
    if (result.language) out.languages.set(code, result.language);
    else out.failed.add(code);
  }
  withDutchWords(out);
  return out;
}

/**
 * Why a language cannot be used by a command (translate, export, import): its file's own
 * problems and that it waits for them when the file exists, else that there is none.
 * @param loaded the loaded languages
 * @param lang the language asked for
 * @param at where it was asked for, when in a file
 */
export function unusableLanguage(loaded: LoadedLanguages, lang: string, at: Pick<Diagnostic, 'file' | 'span'> = {}): Diagnostic[] {
  if (loaded.failed.has(lang)) {
    const own = loaded.diagnostics.filter((d) => d.file === `content/languages/${lang}.yml`);
    return [...own, diag('LanguageInvalid', { lang }, at)];
  }
  return [diag('LanguageUnknown', { lang, known: [...loaded.languages.keys()].filter((l) => l !== SOURCE_LANGUAGE).join(', ') }, at)];
}

/**
 * The language files by name, sorted: drukklaar's, with the project's added and replacing
 * them by name. The project's own folder alone would take every other language away (a
 * project with only `so.yml` lost Dutch, and every document said nl.yml did not exist).
 */
function languageFiles(paths: Pick<ProjectPaths, 'languages' | 'bundledLanguages'>): [string, string][] {
  const files = new Map<string, string>();
  for (const dir of new Set([paths.bundledLanguages, paths.languages])) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yml'))) files.set(name, resolve(dir, name));
  }
  return [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Give every language the Dutch words for those it leaves out (the project's nl.yml over
 * drukklaar's own, so a project with an older nl.yml still prints every word), and refuse
 * a language file with a word drukklaar does not print (a typo would print nothing).
 */
function withDutchWords(out: LoadedLanguages): void {
  const project = (out.languages.get(SOURCE_LANGUAGE)?.strings ?? {}) as Readonly<Record<string, string>>;
  const dutch: Readonly<Record<string, string>> = { ...bundledDutchWords(), ...project };
  for (const [code, language] of out.languages) {
    const file = `content/languages/${code}.yml`;
    const lines = (out.sources.get(file) ?? '').split('\n');
    const unknown = Object.keys(language.strings).filter((key) => !(key in dutch));
    if (unknown.length) {
      for (const key of unknown) {
        const line = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`) || l.trimStart().startsWith(`"${key}":`)) + 1;
        const suggestion = suggest(key, Object.keys(dutch));
        out.diagnostics.push(diag('LanguageStringUnknown', { key, ...(suggestion ? { suggestion } : {}) }, { file, span: { start: { line: line || 1, column: 1 } } }));
      }
      out.languages.delete(code);
      out.failed.add(code);
      continue;
    }
    out.languages.set(code, { ...language, dutch });
  }
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
  const missing = checkCoverage(paths.fonts, language, samples, file, source);
  if (missing.length) return { source, diagnostics: missing };
  return { language, source, diagnostics: [] };
}

/** The fixed words of drukklaar's own nl.yml (every word its layouts print); a small file, read per load. */
function bundledDutchWords(): Readonly<Record<string, string>> {
  const data = parse(readFileSync(resolve(toolRoot(), 'content/languages/nl.yml'), 'utf8')) as { strings?: Record<string, string> };
  return data.strings ?? {};
}
