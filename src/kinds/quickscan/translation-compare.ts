/**
 * Compare a quickscan translation with its Dutch source: the same sections and statements
 * (ids) in the same order, the same answer scale (values) and audience, every text
 * translated, and whether the Dutch text changed since the translation was made (stale).
 * Pure; the build and `drukklaar status` read it.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { plain } from '../../markdown/blocks.js';
import type { TranslationComparison } from '../translation-comparison.js';
import { itemComparisonDiagnostics } from '../translation-diagnostics.js';
import { normaliseText } from '../translation-hash.js';
import { compareOrder } from '../translation-order.js';
import type { QuickscanModel } from './model.js';
import { quickscanHashes, readingOrder } from './translation-hash.js';

/** Marker in `stale` for a change outside the parts (title, instruction, scale labels). */
export const OUTSIDE_PARTS = '(title, instruction or scale)';

/** The facts a translation must keep as the Dutch source has them, as printable values. */
function facts(model: QuickscanModel): Record<string, string> {
  const m = model.meta;
  return { audience: m.audience, 'scale values': m.scale.map((p) => p.value).join(', '), notApplicable: m.notApplicable ? 'set' : 'not set' };
}

/** The place of the translation's first scale value that is not the Dutch one (the scale when it has fewer). */
function scalePath(source: QuickscanModel, translation: QuickscanModel): (string | number)[] {
  const at = translation.meta.scale.findIndex((p, i) => p.value !== source.meta.scale[i]?.value);
  return at < 0 ? ['scale'] : ['scale', at, 'value'];
}

/** Compare a translation with its Dutch source. */
export function compareQuickscan(source: QuickscanModel, translation: QuickscanModel): TranslationComparison {
  const srcOrder = readingOrder(source);
  const trOrder = readingOrder(translation);
  const { missing, extra, moved } = compareOrder(
    srcOrder.map((r) => r.id),
    trOrder,
  );
  const inSrc = new Set(srcOrder.map((r) => r.id));
  const srcItem = new Map(source.sections.flatMap((s) => s.items).map((it) => [it.id, it]));
  const empty: TranslationComparison['empty'] = [];
  if (normaliseText(source.meta.title) === normaliseText(translation.meta.title)) empty.push({ id: '(title)', line: 1 });
  if (normaliseText(source.meta.instruction) === normaliseText(translation.meta.instruction)) empty.push({ id: '(instruction)', line: 1 });
  for (const s of translation.sections) {
    if (inSrc.has(s.id) && !plain(s.title).trim()) empty.push({ id: s.id, line: s.line });
    for (const it of s.items) {
      const dutch = srcItem.get(it.id);
      if (!dutch) continue;
      if (!plain(it.runs).trim()) empty.push({ id: it.id, line: it.line });
      else if (dutch.tip && !it.tip) empty.push({ id: `${it.id} (tip)`, line: it.line });
    }
  }
  const recorded = translation.meta.source;
  const stale: string[] = [];
  if (recorded) {
    const now = quickscanHashes(source);
    const items = recorded.items ?? {};
    const inTr = new Set(trOrder.map((r) => r.id));
    for (const r of srcOrder) if (inTr.has(r.id) && items[r.id] !== now.items[r.id]) stale.push(r.id);
    if (recorded.hash !== now.hash && !stale.length) stale.push(OUTSIDE_PARTS);
  }
  const want = facts(source);
  const have = facts(translation);
  const differs = Object.keys(want)
    .filter((k) => want[k] !== have[k])
    .map((field) => ({ field, found: have[field]!, expected: want[field]!, path: field === 'scale values' ? scalePath(source, translation) : [field] }));
  return { missing, extra, moved, empty, origin: recorded ? 'recorded' : 'unknown', stale, differs };
}

/** Diagnostics of a comparison, pointing at lines of the translation. */
export function quickscanComparisonDiagnostics(c: TranslationComparison, translation: QuickscanModel, file: string): Diagnostic[] {
  const order = readingOrder(translation);
  const lineOf = (id: string | undefined) => order.find((r) => r.id === id)?.line;
  return itemComparisonDiagnostics(c, { item: 'statement or part', lineOf, firstLine: order[0]?.line }, file);
}
