/**
 * Which Dutch text a quickscan translation follows: a short hash per section (its title
 * and introduction) and per statement (its text and tip), and one for the whole scan
 * (title, subtitle, instruction, scale labels, introduction and every part). Pure.
 */
import { plain, type Block } from '../../markdown/blocks.js';
import { normaliseText, shortHash } from '../translation-hash.js';
import type { SourceHashes } from '../translation-source-field.js';
import type { QuickscanModel } from './model.js';

/** Plain text of blocks (paragraphs and list lines), one line each. */
export const blocksText = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [plain(b.runs)] : b.items.map((l) => plain(l.runs)))).join('\n');

/** The translatable ids of a scan in reading order: each section, then its statements. */
export function readingOrder(model: QuickscanModel): { id: string; line: number; section: boolean }[] {
  return model.sections.flatMap((s) => [{ id: s.id, line: s.line, section: true }, ...s.items.map((it) => ({ id: it.id, line: it.line, section: false }))]);
}

/** Hashes of a Dutch scan: `items` one per section and statement id, `hash` the whole. */
export function quickscanHashes(model: QuickscanModel): SourceHashes {
  const items: Record<string, string> = {};
  for (const s of model.sections) {
    items[s.id] = shortHash(`${normaliseText(plain(s.title))}\n${normaliseText(blocksText(s.intro))}`);
    for (const it of s.items) items[it.id] = shortHash(`${normaliseText(plain(it.runs))}\n${normaliseText(it.tip ? plain(it.tip) : '')}`);
  }
  return { hash: wholeHash(model, items), items };
}

/**
 * The whole-scan hash of a scan's own texts with the given part hashes (the current ones,
 * or those a translation recorded: then it tells whether the texts outside the parts changed).
 */
export function wholeHash(model: QuickscanModel, items: Readonly<Record<string, string | undefined>>): string {
  const m = model.meta;
  return shortHash(
    [
      normaliseText(m.title),
      normaliseText(m.subtitle ?? ''),
      normaliseText(m.instruction),
      ...m.scale.map((p) => normaliseText(p.label)),
      normaliseText(m.notApplicable ?? ''),
      normaliseText(blocksText(model.intro)),
      ...readingOrder(model).map((r) => `${r.id}:${items[r.id]}`),
    ].join('\n'),
  );
}
