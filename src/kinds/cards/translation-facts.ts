/**
 * What a translated deck may not change: it prints on the Dutch deck's cards and sheets
 * (size, sheet, duplex, bleed) with the Dutch pictograms and colours. A value the translator
 * wrote for one of them was dropped unseen; each is named as a mismatch. Pure.
 */
import type { TranslationComparison } from '../translation-comparison.js';
import type { CardsModel } from './model.js';

type Differs = NonNullable<TranslationComparison['differs']>;

/** The schema's defaults: a value other than these was written in the translation. */
const DEFAULTS = { card: 'a6', sheet: 'a4', duplex: 'long-edge', bleed: 3 } as const;

const shown = (v: unknown) => (v === undefined ? 'none' : `\`${typeof v === 'object' ? JSON.stringify(v) : String(v)}\``);

/**
 * The printing facts a translation sets otherwise than its Dutch deck: the card size, sheet,
 * duplex and bleed when written with a value other than the default and the Dutch one, and a
 * category's pictogram or colour when written.
 * @param source the Dutch deck
 * @param translation the translated deck
 */
export function deckFactsDiffering(source: CardsModel, translation: CardsModel): Differs {
  const out: Differs = [];
  for (const field of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const have = JSON.stringify(translation.meta[field]);
    const want = JSON.stringify(source.meta[field]);
    if (have !== want && have !== JSON.stringify(DEFAULTS[field])) {
      out.push({ field, found: shown(translation.meta[field]), expected: shown(source.meta[field]), path: [field] });
    }
  }
  const dutch = new Map(source.categories.map((c) => [c.id, c]));
  for (const c of translation.categories) {
    for (const key of ['icon', 'color'] as const) {
      const want = dutch.get(c.id)?.[key];
      if (c[key] !== undefined && c[key] !== want) out.push({ field: `${key} of category ${c.id}`, found: shown(c[key]), expected: shown(want), path: ['categories', c.id, key] });
    }
  }
  return out;
}
