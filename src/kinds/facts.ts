/**
 * Facts a kind declares for the shared parts of drukklaar: its group in the catalogue,
 * how its translations work, and how its answers are scored. Shared code asks the kind
 * for these instead of naming it.
 */
import type { ReactElement } from 'react';
import type { Brand } from '../brands/brand.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../languages/language.js';
import type { ManifestEntry } from '../output/manifest.js';
import type { TranslationComparison } from './translation-comparison.js';
import type { TranslationUnitFacts } from './translation-units.js';

/** A kind's group on the catalogue page. Groups are listed in the registry's order. */
export interface CatalogueFacts {
  /** Dutch heading of the group, e.g. "Tipbladen voor ouders". */
  label: string;
  /**
   * Print advice lines for the kind, between the general lines (print at 100 %) and those
   * that depend on the files (A5, print-shop files).
   * @param entries the manifest entries of the group
   */
  advice?(entries: ManifestEntry[]): string[];
}

/** How documents of a kind are translated: a Dutch source and one file per language. */
export interface TranslationFacts<M> {
  /** What one document is called in messages, e.g. "tip sheet". */
  noun: string;
  /** What its translated items are called, plural, e.g. "tips". */
  items: string;
  /** Path of an example translation, for hints. */
  example: string;
  /** Number of items to translate in a model. */
  count(model: M): number;
  /** Compare a translation with its Dutch source. Pure. */
  compare(source: M, translation: M): TranslationComparison;
  /** Diagnostics of a comparison, located in the translation's file. */
  diagnostics(comparison: TranslationComparison, translation: M, file: string): Diagnostic[];
  /** Text of a new translation file of a source for a language (to fill in). */
  skeleton(source: M, lang: string, languageName: string): string;
  /**
   * A translation's text with its record of the Dutch text it follows brought up to date.
   * @returns undefined when the file has no front matter
   */
  markCurrent(text: string, source: M): string | undefined;
  /** Its translatable units, for `drukklaar export` and `import` (XLIFF, PO); kinds without it are not exported. */
  units?: TranslationUnitFacts<M>;
}

/** What a result report is drawn with. */
export interface ReportInput {
  brand: Brand;
  language: Language;
  /** File name of the answers, printed on the report. */
  answersName: string;
  date: Date;
}

/** Answers read and scored: a report to render and a line for the terminal, or why not. */
export type ScoredAnswers = { diagnostics: Diagnostic[] } | { summary: string; report(input: ReportInput): ReactElement; /** Warnings about the files (columns left out). */ warnings?: Diagnostic[] };

/** How answers to documents of a kind are scored (`drukklaar score`). */
export interface ScoringFacts<M> {
  /** What a scored document is called in messages, e.g. "quickscan". */
  noun: string;
  /** Where its files live, for hints, e.g. `content/quickscans/<slug>.nl.md`. */
  fileHint: string;
  /** An example of the arguments after `drukklaar score`, for the usage hint. */
  usage: string;
  /**
   * Read the answers files (CSV) and score them together.
   * @param answers each file's bytes and name as the user gave it (for diagnostics)
   * @param versions the document's other language versions (translations, or the Dutch
   *   source of a translation): answers given on any of them count together
   */
  score(model: M, answers: readonly { bytes: Uint8Array; name: string }[], versions: readonly M[]): ScoredAnswers;
}
