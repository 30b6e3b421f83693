/**
 * The width of a list's marker column. A fixed width fitted `1.` to `99.`; a list that starts at
 * 1000 (or runs past 99) printed its numbers over its text.
 */

/** Advance widths in em of the bold marker glyphs (Noto Sans Bold: digits 0.572, period 0.285), others generously. */
const glyphEm = (ch: string): number => (/\p{Nd}/u.test(ch) ? 0.572 : ch === '.' ? 0.285 : 0.6);

/**
 * Width in points of a marker column that holds the widest of the markers with a little room.
 * @param markers the markers printed in the column (`1.`, `1000.`, `•`)
 * @param size font size of the markers in points
 * @param least the column's width in em when every marker fits it (the layout's own width)
 */
export function markerColumnWidth(markers: readonly string[], size: number, least: number): number {
  const widest = Math.max(0, ...markers.map((m) => [...m].reduce((w, ch) => w + glyphEm(ch), 0)));
  // The layout's own width where it holds the markers; a wider column keeps a space's room before the text.
  return size * (widest + 0.08 <= least ? least : widest + 0.3);
}
