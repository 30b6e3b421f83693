/**
 * The fixed words of the layouts (`strings:` of `content/languages/<code>.yml`) as one more
 * exchange document: its units are `strings.<key>`, the Dutch file is the source. Language
 * files record no review status or Dutch hashes, so their units are `new` or `draft` and an
 * import changes only the strings' lines. Pure.
 */
import { parse as parseYaml } from 'yaml';
import type { TranslationDocuments } from '../cli/translation-documents.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { isKindWord, languageSchema } from '../languages/language.js';
import { kinds } from '../kinds/registry.js';
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import type { ExchangeDocument, ImportedUnit } from './exchange-model.js';
import type { PlannedWrite } from './plan-import.js';

/** Path of a language file. */
export const languageFile = (code: string) => `content/languages/${code}.yml`;

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The strings of a language as an exchange document, or undefined when either file is missing.
 * @param t every document and the loaded languages
 * @param lang the target language
 */
export function languageDocument(t: TranslationDocuments, lang: string): ExchangeDocument | undefined {
  const nl = t.languages.languages.get(SOURCE_LANG);
  const tr = t.languages.languages.get(lang);
  if (!nl || !tr) return undefined;
  const strings = tr.strings as Record<string, string | undefined>;
  // The words a translation prints: the common ones and those of the kinds that print them translated.
  const prefixes = Object.values(kinds).flatMap((k) => k.wordPrefixes ?? []);
  const units = Object.entries(nl.strings).filter(([key]) => isKindWord(key, prefixes)).map(([key, source]) => {
    const target = strings[key] ?? '';
    const keep = [...source.matchAll(/\{[a-z]+\}/g)].map((m) => m[0]);
    return { id: `strings.${key}`, source, target, state: target ? ('draft' as const) : ('new' as const), note: `fixed words every layout prints (\`${key}\`)${keep.length ? `; keep ${keep.join(' and ')}` : ''}` };
  });
  return { file: languageFile(SOURCE_LANG), translationFile: languageFile(lang), title: nl.name, noun: 'language file', reviewable: false, units };
}

/** The file with `key: "value"` under its `strings:` field, the other lines kept. */
function withString(text: string, key: string, value: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^strings\s*:/.test(l));
  if (start < 0) return text;
  let end = start + 1;
  while (end < lines.length && (/^[ \t]/.test(lines[end]!) || !lines[end]!.trim())) end++;
  const at = lines.findIndex((l, i) => i > start && i < end && new RegExp(`^[ \\t]+"?${key.replace(/[.]/g, '\\.')}"?\\s*:`).test(l));
  const indent = /^([ \t]+)/.exec(lines[start + 1] ?? '')?.[1] ?? '  ';
  if (at >= 0) lines[at] = `${/^([ \t]+)/.exec(lines[at]!)![1]}${key}: ${JSON.stringify(value)}`;
  else lines.splice(end, 0, `${indent}${key}: ${JSON.stringify(value)}`);
  return lines.join('\n');
}

/**
 * The write of imported strings into a language file, or why not.
 * @param t the loaded languages (with their file texts)
 * @param lang the target language
 * @param units the imported units of the Dutch language file
 * @param exchangeFile the exchange file's path, for diagnostics
 * @param force import strings whose Dutch text changed since export
 */
export function planLanguageStrings(t: TranslationDocuments, lang: string, units: ImportedUnit[], exchangeFile: string, force: boolean): { write?: PlannedWrite; diagnostics: Diagnostic[] } {
  const doc = languageDocument(t, lang);
  const at = (line: number) => ({ file: exchangeFile, span: { start: { line, column: 1 } } });
  if (!doc) return { diagnostics: [diag('LanguageUnknown', { lang }, at(1))] };
  const source = new Map(doc.units.map((u) => [u.id, u]));
  const unknown = units.filter((u) => !source.has(u.id));
  if (unknown.length) return { diagnostics: unknown.map((u) => diag('ExchangeUnitUnknown', { file: doc.file, unit: u.id, kind: 'string' }, at(u.line))) };
  const changed = units.filter((u) => normalise(u.source) !== normalise(source.get(u.id)!.source));
  if (changed.length && !force) return { diagnostics: [diag('ExchangeSourceChanged', { units: changed.map((u) => `\`${u.id}\``).join(', '), doc: doc.file }, at(changed[0]!.line))] };
  const edits = units.filter((u) => u.target.trim() && u.target !== source.get(u.id)!.target);
  if (!edits.length) return { diagnostics: [] };
  const text = edits.reduce((out, u) => withString(out, u.id.slice('strings.'.length), u.target), t.languages.sources.get(doc.translationFile) ?? '');
  const parsed = languageSchema.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const unit = edits.find((u) => issue.path.join('.') === u.id) ?? edits[0]!;
    return { diagnostics: [diag('ExchangeUnitInvalid', { field: issue.path.join('.'), file: doc.translationFile, problem: issue.message }, at(unit.line))] };
  }
  return { write: { file: doc.translationFile, text, summary: `${doc.translationFile}: ${edits.length} string${edits.length === 1 ? '' : 's'} updated` }, diagnostics: [] };
}
