/**
 * The one definition of "which Dutch text was this translated from" for a sheet of headed
 * items (a tip sheet; a card deck read as one, cards/deck-hash.ts): a short hash per item
 * (its heading and text) and one for the whole sheet (title, introduction, items). Used by
 * the stale check, `translate` and `status`; the hashes are recorded in translations, so
 * they never change. Pure.
 */
import { plain, type RichText } from '../markdown/blocks.js';
import { normaliseText, shortHash as sha } from './translation-hash.js';

export { HASH_LENGTH, normaliseText } from './translation-hash.js';

/** Hash of one tip: the first 12 hex digits of sha256 of its normalised heading and text. */
export function itemHash(heading: RichText, text: readonly RichText[]): string {
  return sha(`${normaliseText(plain(heading))}\n${normaliseText(text.map(plain).join('\n'))}`);
}

/** What the hashes are computed from. */
export interface HashableSheet {
  meta: { title: string };
  intro: readonly RichText[];
  tips: readonly { id: string; heading: RichText; text: readonly RichText[] }[];
}

/** Hashes of a Dutch sheet: `hash` covers title, introduction and every tip; `items` one per tip id. */
export function sourceHashes(sheet: HashableSheet): { hash: string; items: Record<string, string> } {
  const items: Record<string, string> = {};
  for (const t of sheet.tips) items[t.id] = itemHash(t.heading, t.text);
  return { hash: sheetHash(sheet, items), items };
}

/**
 * The whole-sheet hash of a sheet's title and introduction with the given tip hashes (the
 * current ones, or those a translation recorded: then it tells whether the title or
 * introduction changed since).
 */
export function sheetHash(sheet: HashableSheet, items: Readonly<Record<string, string | undefined>>): string {
  return sha([normaliseText(sheet.meta.title), normaliseText(sheet.intro.map(plain).join('\n')), ...sheet.tips.map((t) => `${t.id}:${items[t.id]}`)].join('\n'));
}
