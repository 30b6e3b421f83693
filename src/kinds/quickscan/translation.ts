/**
 * How quickscans are translated (the kind's `translation` facts): one Dutch source and a
 * file per language with the same parts and statements (ids), the answer scale's values
 * kept and its labels translated, printed beside the Dutch text with one row of answer
 * boxes per statement.
 */
import type { TranslationFacts } from '../facts.js';
import type { QuickscanModel } from './model.js';
import { compareQuickscan, quickscanComparisonDiagnostics } from './translation-compare.js';
import { markQuickscanCurrent, quickscanSkeleton } from './translation-skeleton.js';
import { quickscanUnits } from './translation-units.js';

export const quickscanTranslation: TranslationFacts<QuickscanModel> = {
  noun: 'quickscan',
  items: 'statements',
  example: 'content/quickscans/ouders-kort.fr.md',
  count: (model) => model.sections.reduce((n, s) => n + s.items.length, 0),
  compare: compareQuickscan,
  diagnostics: quickscanComparisonDiagnostics,
  skeleton: quickscanSkeleton,
  markCurrent: markQuickscanCurrent,
  units: quickscanUnits,
};
