/**
 * How a card deck is translated: a file `<deck>.<lang>.md` card for card with the Dutch deck
 * (same card ids, same order), recording the hashes of the Dutch text it follows, `status:
 * draft` until reviewed. The hashes are the tip sheets' (sheet-hash.ts) over a deck read
 * as a sheet: one item per card (title, front, back), the rest (title, subtitle, instruction,
 * category labels, guide text) in the whole-deck hash. Pure.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { plain, type Block } from '../../markdown/blocks.js';
import type { TranslationFacts } from '../facts.js';
import type { TranslationComparison } from '../translation-comparison.js';
import { itemComparisonDiagnostics } from '../translation-diagnostics.js';
import { compareOrder } from '../translation-order.js';
import { normaliseText, sourceHashes } from '../sheet-hash.js';
import { asSheet, runsOf } from './deck-hash.js';
import { dutchComment, withSourceHashes } from '../translation-source-field.js';
import type { CardsModel } from './model.js';
import { cardsUnits } from './units.js';
import { deckFactsDiffering } from './translation-facts.js';

/** Marker in `stale` for a change outside the cards (title, instruction, labels, guide). */
export const DECK_TEXT = '(title, instruction, labels or guide)';

/** Compare a translated deck with its Dutch deck. */
export function compareDecks(source: CardsModel, translation: CardsModel): TranslationComparison {
  const srcIds = source.cards.map((c) => c.id);
  const inSrc = new Set(srcIds);
  const inTr = new Set(translation.cards.map((c) => c.id));
  const { missing, extra, moved } = compareOrder(srcIds, translation.cards);
  const byId = new Map(source.cards.map((c) => [c.id, c]));
  const empty = translation.cards
    .filter((c) => inSrc.has(c.id) && (!plain(c.title).trim() || !c.front.length || (byId.get(c.id)!.back.length > 0 && !c.back.length)))
    .map((c) => ({ id: c.id, line: c.line }));
  const at = { line: 1 };
  if (source.guide.length && !translation.guide.length) empty.unshift({ id: '(guide text)', ...at });
  if (source.meta.instruction && !translation.meta.instruction) empty.unshift({ id: '(instruction)', ...at });
  if (normaliseText(source.meta.title) === normaliseText(translation.meta.title)) empty.unshift({ id: '(title)', ...at });
  const labels = new Set(translation.categories.map((c) => c.id));
  for (const c of source.categories) if (!labels.has(c.id)) empty.unshift({ id: `(label of ${c.id})`, ...at });
  const recorded = translation.meta.source;
  const stale: string[] = [];
  if (recorded) {
    const now = sourceHashes(asSheet(source));
    const items = recorded.items ?? {};
    for (const id of srcIds) if (inTr.has(id) && items[id] !== now.items[id]) stale.push(id);
    if (recorded.hash !== now.hash && !stale.length) stale.push(DECK_TEXT);
  }
  const differs = deckFactsDiffering(source, translation);
  return { missing, extra, moved, empty, origin: recorded ? 'recorded' : 'unknown', stale, ...(differs.length ? { differs } : {}) };
}

/** Diagnostics of a comparison, pointing at lines of the translation. */
export function deckDiagnostics(c: TranslationComparison, translation: CardsModel, file: string): Diagnostic[] {
  const lineOf = (id: string | undefined) => translation.cards.find((t) => t.id === id)?.line;
  return itemComparisonDiagnostics(c, { item: 'card', lineOf, firstLine: translation.cards[0]?.line }, file);
}

/** Each run of Dutch text as a comment line, as the skeleton shows it to the translator. */
const blockComments = (blocks: readonly Block[]) => runsOf(blocks).map((r) => dutchComment(plain(r)));

/**
 * A new translation of a Dutch deck: the same card ids in the same order, each title empty
 * with the Dutch title, front and back as comments; front matter fields to translate hold the
 * Dutch text; status draft.
 */
export function deckSkeleton(deck: CardsModel, lang: string, languageName: string): string {
  const m = deck.meta;
  const hashes = sourceHashes(asSheet(deck));
  const q = (s: string) => JSON.stringify(s);
  const out = [
    '---',
    'kind: "cards"',
    `title: ${q(m.title)}   # translate the title into ${languageName}`,
    ...(m.subtitle ? [`subtitle: ${q(m.subtitle)}   # translate`] : []),
    `lang: "${lang}"`,
    '# translator: "your name or organisation"',
    'status: "draft"',
    '# card size, sheet, duplex, bleed, pictograms and colours are the Dutch deck\'s: translate only the labels',
    'categories:',
    ...deck.categories.map((c) => `  ${c.id}: { label: ${q(c.label)} }`),
    ...(m.instruction ? [`instruction: ${q(m.instruction)}   # translate`] : []),
    'source:',
    `  hash: "${hashes.hash}"`,
    '  items:',
    ...Object.entries(hashes.items).map(([id, h]) => `    ${id}: "${h}"`),
    '---',
    '',
  ];
  if (deck.guide.length) out.push(...blockComments(deck.guide), '');
  for (const c of deck.cards) {
    out.push(`## {#${c.id}}`, '', dutchComment(plain(c.title)), '', ...blockComments(c.front), '', '---', '', ...blockComments(c.back), '');
  }
  return out.join('\n');
}

/** The translation facts of card decks. */
export const cardsTranslation: TranslationFacts<CardsModel> = {
  noun: 'card deck',
  items: 'cards',
  example: 'content/cards/twee-brillen.fr.md',
  count: (model) => model.cards.length,
  compare: compareDecks,
  diagnostics: deckDiagnostics,
  skeleton: deckSkeleton,
  markCurrent: (text, source) => withSourceHashes(text, sourceHashes(asSheet(source))),
  units: cardsUnits,
};
