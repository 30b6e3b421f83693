/**
 * What an exchange file carries: for one target language, the selected Dutch documents,
 * each with its translatable units: stable id, Dutch Markdown, the current translation,
 * its state and a note. Built from the documents the translator commands read; the
 * writers (XLIFF, PO) and the import share it. Pure.
 */
import type { ModeledDocument } from '../pipeline/document-steps.js';
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import type { TranslationDocuments } from '../cli/translation-documents.js';

/** State of one unit of a translation. `stale`: the Dutch text changed since it was translated. */
export type UnitState = 'new' | 'draft' | 'reviewed' | 'stale';

export interface ExchangeUnit {
  /** Stable id within its document, e.g. `title` or `<item>.heading`. */
  id: string;
  /** The Dutch Markdown. */
  source: string;
  /** The current translation's Markdown ('' when there is none). */
  target: string;
  state: UnitState;
  /** Context for the translator. */
  note: string;
}

export interface ExchangeDocument {
  /** The Dutch source's path in the project, e.g. `content/<folder>/<slug>.nl.md`. */
  file: string;
  /** Where the translation is (or will be) written. */
  translationFile: string;
  /** Dutch title, for notes. */
  title: string;
  /** What a document of its kind is called (its `translation.noun`). */
  noun: string;
  /** Whether its translation records a review status (language files do not: their units stay draft). */
  reviewable: boolean;
  units: ExchangeUnit[];
}

export interface Exchange {
  /** Target language code. */
  lang: string;
  documents: ExchangeDocument[];
}

/** Path of a source's translation into a language: `<folder>/<slug>.<lang>.md`. */
export const translationPath = (source: ModeledDocument, lang: string) => `${source.source.path.replace(/[^/]*$/, '')}${source.slug}.${lang}.md`;

/** The translation of a Dutch source into a language, when it modelled. */
export const translationOf = (t: TranslationDocuments, source: ModeledDocument, lang: string) =>
  t.docs.find((d) => d.slug === source.slug && d.meta.lang === lang && d.kind.name === source.kind.name && d.meta.lang !== SOURCE_LANG);

/**
 * The exchange of the given Dutch sources into a language.
 * @param t every document, read by the translator commands
 * @param sources the selected Dutch sources (of kinds that list units)
 * @param lang the target language
 */
export function collectExchange(t: TranslationDocuments, sources: readonly ModeledDocument[], lang: string): Exchange {
  const documents: ExchangeDocument[] = [];
  for (const src of sources) {
    const facts = src.kind.translation;
    if (!facts?.units) continue;
    const tr = translationOf(t, src, lang);
    const current = new Map(tr ? facts.units.list(tr.model, t.sources.get(tr.source.path) ?? '').map((u) => [u.id, u.text]) : []);
    const stale = new Set(tr ? facts.units.stale(src.model, tr.model) : []);
    const status = tr?.meta.status ?? 'draft';
    const units = facts.units
      .list(src.model, t.sources.get(src.source.path) ?? '')
      .filter((u) => u.text.trim())
      .map((u): ExchangeUnit => {
        // A draft's text that is still the Dutch text (the skeleton fills the front matter
        // fields with it) is not translated yet: exported as new, with no target.
        const written = current.get(u.id) ?? '';
        const target = status === 'draft' && written === u.text ? '' : written;
        const state: UnitState = !target.trim() ? 'new' : stale.has(u.id) ? 'stale' : status;
        return { id: u.id, source: u.text, target, state, note: u.note };
      });
    documents.push({ file: src.source.path, translationFile: translationPath(src, lang), title: src.meta.title, noun: facts.noun, reviewable: true, units });
  }
  return { lang, documents };
}

/** One unit read back from an exchange file. */
export interface ImportedUnit {
  /** The Dutch source's path (from XLIFF `original` or the PO `msgctxt`). */
  file: string;
  id: string;
  /** The Dutch Markdown as exported. */
  source: string;
  /** The translation ('' when none). */
  target: string;
  /** The file says the translation is right (XLIFF state other than initial; PO not fuzzy). */
  confirmed: boolean;
  /** The file marks it final (XLIFF `final`; PO not fuzzy in a file marked final). */
  final: boolean;
  /** Line of the unit in the exchange file. */
  line: number;
}

/** What an exchange file holds: its target language and units, or why it cannot be read. */
export type ReadExchange = { lang: string; units: ImportedUnit[] } | { error: { line: number; column: number; detail: string } };

/**
 * The 1-based line of the first occurrence of a string in a text (1 when absent).
 * @param text the whole file
 * @param needle what to look for
 * @param from where to start looking (an offset), e.g. the start of the <file> a unit is in
 */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
