/**
 * A deck read as a sheet of headed items (../sheet-hash.ts), so that "which Dutch
 * text was this translated from" has one definition: one item per card (its title, front, a
 * break, back), and the rest of the deck (subtitle, instruction, category labels, guide text)
 * with the title in the whole-deck hash. Pure.
 */
import type { Block, RichText } from '../../markdown/blocks.js';
import type { HashableSheet } from '../sheet-hash.js';
import type { CardsModel } from './model.js';

/** The lines of paragraphs and lists, as rich text. */
export const runsOf = (blocks: readonly Block[]): RichText[] => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs] : b.items.map((l) => l.runs)));

/** A deck as the hashes read it. */
export function asSheet(model: CardsModel): HashableSheet {
  const m = model.meta;
  const line = (text: string | undefined): RichText[] => (text ? [[{ text }]] : []);
  return {
    meta: { title: m.title },
    intro: [...line(m.subtitle), ...line(m.instruction), ...model.categories.map((c) => [{ text: `${c.id}: ${c.label}` }]), ...runsOf(model.guide)],
    tips: model.cards.map((c) => ({ id: c.id, heading: c.title, text: [...runsOf(c.front), [{ text: '---' }], ...runsOf(c.back)] })),
  };
}

