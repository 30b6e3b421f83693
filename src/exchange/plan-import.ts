/**
 * What importing an exchange file does to the translation files, worked out before anything
 * is written: per Dutch document, the units whose translation changed, the new status (draft
 * unless every unit is final), whether the Dutch hashes are recorded, and the new file text.
 * Refuses, for the whole import, units unknown to the project and units whose Dutch text
 * changed since export (unless forced), and a file the imported text would make unfit to
 * build or out of step with its Dutch source. Pure: the command reads and writes.
 */
import { unusableLanguage } from '../languages/load-languages.js';
import type { TranslationDocuments } from '../cli/translation-documents.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { isMismatch } from '../kinds/translation-comparison.js';
import { runDocumentSteps, type ModeledDocument } from '../pipeline/document-steps.js';
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import { withFrontMatterField } from '../source/front-matter-field.js';
import { languageFile, planLanguageStrings } from './language-strings.js';
import { translationOf, translationPath, type ImportedUnit } from './exchange-model.js';

/** One translation file to write. */
export interface PlannedWrite {
  file: string;
  text: string;
  /** One line for the terminal. */
  summary: string;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  diagnostics: Diagnostic[];
}

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The translation to import into: the existing one, or a new skeleton modelled in memory. */
function translationFor(t: TranslationDocuments, src: ModeledDocument, lang: string, languageName: string): { doc: ModeledDocument; text: string; created: boolean } | { diagnostics: Diagnostic[] } {
  const existing = translationOf(t, src, lang);
  if (existing) return { doc: existing, text: t.sources.get(existing.source.path) ?? '', created: false };
  const file = translationPath(src, lang);
  const failed = t.failed.get(file);
  if (failed) return { diagnostics: failed };
  const text = src.kind.translation!.skeleton(src.model, lang, languageName);
  const r = runDocumentSteps({ path: file, bytes: Buffer.from(text, 'utf8') });
  return r.doc ? { doc: r.doc, text, created: true } : { diagnostics: r.diagnostics };
}

/**
 * What the imported text would break in the translation's match with its Dutch source (a
 * translated introduction holding `## heading {#id}` makes a tip of its own): the build
 * would refuse the file, so the import does not write it. A mismatch the file already had
 * is left to the build to report.
 */
function newMismatches(facts: NonNullable<ModeledDocument['kind']['translation']>, source: unknown, before: unknown, after: unknown, file: string): Diagnostic[] {
  const mismatches = (model: unknown) => {
    const c = facts.compare(source, model);
    return isMismatch(c) ? facts.diagnostics(c, model, file).filter((d) => d.code === 'TranslationMismatch') : [];
  };
  const had = new Set(mismatches(before).map((d) => d.message));
  return mismatches(after).filter((d) => !had.has(d.message));
}

/** The write (or diagnostics) for one Dutch document's imported units. */
function planDocument(t: TranslationDocuments, src: ModeledDocument, imported: ImportedUnit[], lang: string, languageName: string, exchangeFile: string, force: boolean): { write?: PlannedWrite; diagnostics: Diagnostic[] } {
  const facts = src.kind.translation!;
  const units = facts.units!;
  const at = (line: number) => ({ file: exchangeFile, span: { start: { line, column: 1 } } });
  const sourceUnits = new Map(units.list(src.model, t.sources.get(src.source.path) ?? '').filter((u) => u.text.trim()).map((u) => [u.id, u.text]));
  const unknown = imported.filter((u) => !sourceUnits.has(u.id));
  if (unknown.length) return { diagnostics: unknown.map((u) => diag('ExchangeUnitUnknown', { file: src.source.path, unit: u.id }, at(u.line))) };
  const changed = imported.filter((u) => normalise(u.source) !== normalise(sourceUnits.get(u.id)!));
  if (changed.length && !force) return { diagnostics: [diag('ExchangeSourceChanged', { units: changed.map((u) => `\`${u.id}\``).join(', '), doc: src.source.path }, at(changed[0]!.line))] };

  const tr = translationFor(t, src, lang, languageName);
  if ('diagnostics' in tr) return { diagnostics: tr.diagnostics };
  const current = new Map(units.list(tr.doc.model, tr.text).map((u) => [u.id, u.text]));
  const texts = new Map(imported.filter((u) => u.target.trim() && u.target !== current.get(u.id)).map((u) => [u.id, u.target]));
  const settled = new Set(imported.filter((u) => u.confirmed || texts.has(u.id)).map((u) => u.id));
  const staleBefore = tr.created ? [] : units.stale(src.model, tr.doc.model).filter((id) => sourceUnits.has(id));
  const stillStale = staleBefore.filter((id) => !settled.has(id));
  const finals = new Set(imported.filter((u) => u.final && u.target.trim()).map((u) => u.id));
  const oldStatus = (tr.doc.meta as { status?: string }).status ?? 'draft';
  const status = [...sourceUnits.keys()].every((id) => finals.has(id)) ? 'reviewed' : texts.size ? 'draft' : oldStatus;
  const confirmedStale = staleBefore.length > 0 && !stillStale.length;
  if ((tr.created && !texts.size) || (!texts.size && status === oldStatus && !confirmedStale)) return { diagnostics: [] };

  let text = units.write(tr.text, tr.doc.model, src.model, texts);
  if (status !== oldStatus || !(tr.doc.meta as { status?: string }).status) text = withFrontMatterField(text, 'status', status);
  if (!stillStale.length) text = facts.markCurrent(text, src.model) ?? text;
  // The file as it would be written, read as the build reads it: refused when it would not
  // build or would differ from the Dutch text where it did not before.
  const read = (next: string) => {
    const check = runDocumentSteps({ path: tr.doc.source.path, bytes: Buffer.from(next, 'utf8') });
    const problems = check.doc ? newMismatches(facts, src.model, tr.doc.model, check.doc.model, tr.doc.source.path) : check.diagnostics.filter((d) => d.severity === 'error');
    return { model: check.doc?.model, problems };
  };
  const written = read(text);
  if (written.problems.length || !written.model) {
    // Name the unit whose translation does it, at its line in the exchange file.
    for (const u of imported.filter((i) => texts.has(i.id))) {
      const alone = read(units.write(tr.text, tr.doc.model, src.model, new Map([[u.id, u.target]]))).problems;
      if (alone.length) return { diagnostics: [diag('ExchangeUnitInvalid', { field: u.id, file: tr.doc.source.path, problem: alone[0]!.message }, at(u.line))] };
    }
    return { diagnostics: written.problems };
  }
  // A unit whose place the translation file lacks (a whole part deleted by hand) is said,
  // never counted as updated.
  const placed = new Map(units.list(written.model, text).map((u) => [u.id, u.text]));
  const notPlaced = imported.filter((u) => texts.has(u.id) && normalise(placed.get(u.id) ?? '') !== normalise(texts.get(u.id)!));
  const diagnostics = notPlaced.length
    ? [diag('ExchangeUnitNotPlaced', { units: notPlaced.map((u) => `\`${u.id}\``).join(', '), doc: tr.doc.source.path }, at(notPlaced[0]!.line))]
    : [];
  const updated = texts.size - notPlaced.length;
  const notes = [
    `${updated} unit${updated === 1 ? '' : 's'} updated`,
    ...(tr.created ? ['new file'] : []),
    `status ${status}`,
    ...(stillStale.length ? [`still stale: ${stillStale.join(', ')} (Dutch hashes not recorded)`] : []),
  ];
  return { write: { file: tr.doc.source.path, text, summary: `${tr.doc.source.path}: ${notes.join(', ')}` }, diagnostics };
}

/** A unit given twice with different translations: which one to import cannot be known (the last one silently won). */
function duplicateUnits(units: readonly ImportedUnit[], exchangeFile: string): Diagnostic[] {
  const first = new Map<string, ImportedUnit>();
  const out: Diagnostic[] = [];
  for (const u of units) {
    const key = `${u.file}#${u.id}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, u);
    else if (earlier.target !== u.target) out.push(diag('ExchangeUnitTwice', { unit: u.id, doc: u.file, other: earlier.line }, { file: exchangeFile, span: { start: { line: u.line, column: 1 } } }));
  }
  return out;
}

/**
 * Plan an import.
 * @param t every document, read by the translator commands
 * @param read the exchange file's language and units
 * @param exchangeFile its path, for diagnostics
 * @param force import units whose Dutch text changed since export
 */
export function planImport(t: TranslationDocuments, read: { lang: string; units: ImportedUnit[] }, exchangeFile: string, force: boolean): ImportPlan {
  const language = t.languages.languages.get(read.lang);
  if (!language || read.lang === SOURCE_LANG) {
    return { writes: [], diagnostics: unusableLanguage(t.languages, read.lang, { file: exchangeFile, span: { start: { line: 1, column: 1 } } }) };
  }
  const twice = duplicateUnits(read.units, exchangeFile);
  if (twice.length) return { writes: [], diagnostics: twice };
  const byFile = new Map<string, ImportedUnit[]>();
  for (const u of read.units) byFile.set(u.file, [...(byFile.get(u.file) ?? []), u]);
  const plan: ImportPlan = { writes: [], diagnostics: [] };
  for (const [file, units] of byFile) {
    if (file === languageFile(SOURCE_LANG)) {
      const r = planLanguageStrings(t, read.lang, units, exchangeFile, force);
      plan.diagnostics.push(...r.diagnostics);
      if (r.write) plan.writes.push(r.write);
      continue;
    }
    const src = t.docs.find((d) => d.source.path === file && d.meta.lang === SOURCE_LANG && d.kind.translation?.units);
    if (!src) {
      plan.diagnostics.push(diag('ExchangeUnitUnknown', { file }, { file: exchangeFile, span: { start: { line: units[0]!.line, column: 1 } } }));
      continue;
    }
    const r = planDocument(t, src, units, read.lang, language.nameNl, exchangeFile, force);
    plan.diagnostics.push(...r.diagnostics);
    if (r.write) plan.writes.push(r.write);
  }
  return plan;
}
