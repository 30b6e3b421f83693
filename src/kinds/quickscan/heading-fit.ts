/**
 * The column headings of a quickscan's answer scale must fit their columns: a word wider
 * than its column runs into the next heading. Headings wrap between words; when a word
 * does not fit, they shrink (never below HEADING_MIN_SIZE) and, at a size where whole
 * words still do not fit, break at the language's hyphenation points. A label that fits
 * in none of these ways is an error with the width it needs. Pure: the caller measures.
 */

import type { MeasureText } from '../../render/text-width.js';

/** Smallest heading size in points: smaller is hard to read on paper. */
export const HEADING_MIN_SIZE = 6;
/** Most lines a heading may take. */
export const HEADING_MAX_LINES = 4;
/** Room left beside a heading, in points, for differences between measuring and layout. */
const SLACK = 1;

export type HeadingFit =
  | { size: number; hyphenate: boolean }
  | { tooWide: { index: number; label: string; needed: number } };

/** The pieces a label breaks into: its words, or their hyphenation parts (each with its hyphen but the last). */
function pieces(label: string, hyphenate?: (word: string) => string[]): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  if (!hyphenate) return words;
  return words.flatMap((w) => {
    const parts = hyphenate(w);
    return parts.map((p, i) => (i < parts.length - 1 ? `${p}-` : p));
  });
}

/** Lines a label takes when its pieces are packed greedily; Infinity when a piece is wider than the column. */
function lines(label: string, width: number, size: number, measure: MeasureText, hyphenate?: (word: string) => string[]): number {
  let count = 0;
  let line = '';
  for (const piece of pieces(label, hyphenate)) {
    if (measure(piece, size) > width) return Number.POSITIVE_INFINITY;
    const joined = line ? (line.endsWith('-') ? line + piece : `${line} ${piece}`) : piece;
    if (line && measure(joined, size) > width) {
      count++;
      line = piece;
    } else line = joined;
  }
  return count + (line ? 1 : 0);
}

/**
 * @param labels the headings, in column order
 * @param width the width of one column, in points
 * @param start the size headings print at when they fit
 * @param measure width of a text at a size
 * @param hyphenate the language's hyphenation (word → parts)
 */
export function fitHeadings(labels: readonly string[], width: number, start: number, measure: MeasureText, hyphenate: (word: string) => string[]): HeadingFit {
  const room = width - SLACK;
  const fits = (size: number, h?: (word: string) => string[]) => labels.every((l) => lines(l, room, size, measure, h) <= HEADING_MAX_LINES);
  for (let size = start; size >= HEADING_MIN_SIZE - 1e-9; size = Math.round((size - 0.5) * 10) / 10) {
    if (fits(size)) return { size, hyphenate: false };
    if (fits(size, hyphenate)) return { size, hyphenate: true };
  }
  // The label whose widest piece is widest at the smallest size.
  const need = labels.map((l) => Math.max(...pieces(l, hyphenate).map((p) => measure(p, HEADING_MIN_SIZE))) + SLACK);
  const index = need.indexOf(Math.max(...need));
  return { tooWide: { index, label: labels[index]!, needed: need[index]! } };
}
