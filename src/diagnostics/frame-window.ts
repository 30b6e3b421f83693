/**
 * A code frame shows the lines around a problem; a line of thousands of characters (a tip
 * written as one paragraph, a pasted token) would fill the terminal. The lines of the frame
 * that are too long are cut to a window around the problem's column, with "…" where text
 * was left out, and the span moved to match. Pure.
 */
import type { Position, Span } from './diagnostic.js';

/** Characters of a line a frame shows at most. */
export const FRAME_WIDTH = 100;
/** Characters kept before the problem's column in a cut line. */
const BEFORE = 30;

/**
 * The text and span to draw a frame of: only the frame's lines (two above, one below) change.
 * @param text the file's text
 * @param span where the problem is (1-based lines and columns)
 */
export function frameWindow(text: string, span: Span): { text: string; span: Span } {
  const lines = text.split('\n');
  const last = span.end?.line ?? span.start.line;
  if (lines.slice(Math.max(0, span.start.line - 3), last + 1).every((l) => l.length <= FRAME_WIDTH)) return { text, span };
  const start: Position = { ...span.start };
  const end: Position | undefined = span.end ? { ...span.end } : undefined;
  for (let n = Math.max(1, span.start.line - 2); n <= Math.min(lines.length, last + 1); n++) {
    const line = lines[n - 1]!;
    if (line.length <= FRAME_WIDTH) continue;
    const anchor = n === start.line ? start.column : n === end?.line ? end.column : 1;
    const left = Math.max(0, Math.min(anchor - 1 - BEFORE, line.length - FRAME_WIDTH));
    const right = left + FRAME_WIDTH;
    lines[n - 1] = (left > 0 ? '…' : '') + line.slice(left, right) + (right < line.length ? '…' : '');
    // A column in the window moves left by what was cut, and right by the "…" put before it.
    const moved = (p: Position) => {
      p.column = Math.min(Math.max(1, p.column - left + (left > 0 ? 1 : 0)), lines[n - 1]!.length + 1);
    };
    if (n === start.line) moved(start);
    if (end && n === end.line) moved(end);
  }
  return { text: lines.join('\n'), span: { start, ...(end ? { end } : {}) } };
}
