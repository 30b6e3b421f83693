/**
 * The part of a translation comparison every kind shares: which ids of the Dutch source a
 * translation lacks, which it adds, and which it has in another order (the longest common
 * subsequence stays; the others moved). Pure.
 */
import type { TranslationComparison } from './translation-comparison.js';

/** Longest common subsequence of two id lists (small lists: plain dynamic programming). */
function lcs(a: readonly string[], b: readonly string[]): Set<string> {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const out = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) (out.add(a[i]!), i++, j++);
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * Missing, extra and moved ids of a translation.
 * @param sourceIds the Dutch source's ids in reading order
 * @param translation the translation's items in reading order, each with its id and line
 */
export function compareOrder(
  sourceIds: readonly string[],
  translation: readonly { id: string; line: number }[],
): Pick<TranslationComparison, 'missing' | 'extra' | 'moved'> {
  const trIds = translation.map((t) => t.id);
  const inSrc = new Set(sourceIds);
  const inTr = new Set(trIds);
  const missing = sourceIds.flatMap((id, i) => (inTr.has(id) ? [] : [{ id, ...(i > 0 ? { after: sourceIds[i - 1] } : {}) }]));
  const extra = translation.filter((t) => !inSrc.has(t.id)).map((t) => ({ id: t.id, line: t.line }));
  const kept = lcs(
    sourceIds.filter((id) => inTr.has(id)),
    trIds.filter((id) => inSrc.has(id)),
  );
  const moved = translation
    .filter((t) => inSrc.has(t.id) && !kept.has(t.id))
    .map((t) => ({ id: t.id, line: t.line, position: trIds.indexOf(t.id) + 1, expected: sourceIds.indexOf(t.id) + 1 }));
  return { missing, extra, moved };
}
