/**
 * The code frame under an error shows the problem's place, also in a line of thousands of
 * characters (a tip written as one paragraph), without printing the whole line.
 */
import { describe, expect, it } from 'vitest';
import { diag } from '../src/diagnostics/errors.js';
import { formatLong } from '../src/diagnostics/format.js';
import { FRAME_WIDTH, frameWindow } from '../src/diagnostics/frame-window.js';

const long = 'Lees samen. '.repeat(500); // 6,000 characters
const text = `---\nkind: tips\n---\n\n${long}📚 en nog meer ${long}\n\nEinde.\n`;
const column = long.length + 1;

describe('a code frame in a long line', () => {
  it('shows a window around the column, with the caret under the character', () => {
    const d = diag('GlyphMissing', { lang: 'nl', fonts: 'Noto Sans', chars: '"📚" (U+1F4DA)' }, { file: 'content/tips/a.nl.md', span: { start: { line: 5, column }, end: { line: 5, column: column + 2 } } });
    const out = formatLong(d, () => text);
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('> 5 |'));
    expect(lines[at]!.length).toBeLessThan(FRAME_WIDTH + 20);
    expect(lines[at]).toMatch(/\| …[a-zA-Z .]*📚 en nog meer [a-zA-Z .]*…$/);
    // The caret stands under the book.
    const caret = lines[at + 1]!.indexOf('^');
    expect(lines[at]!.slice(caret, caret + 2)).toBe('📚');
    expect(out.length).toBeLessThan(1000);
  });

  it('leaves short lines and their columns as they are', () => {
    const short = 'kind: tips\ntitle: Kort\n';
    expect(frameWindow(short, { start: { line: 2, column: 8 } })).toEqual({ text: short, span: { start: { line: 2, column: 8 } } });
  });
});
