/**
 * Font files opened with fontkit for checks outside react-pdf (glyph coverage, text
 * widths), each once per process: opening parses the whole file (~0.5 MB per face).
 * Fonts do not change while a process runs; react-pdf keeps its own copies.
 */
import * as fontkit from 'fontkit';
import { memo } from '../memos.js';

/** What the checks use of a fontkit font. */
export interface OpenFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  layout(text: string): { advanceWidth: number };
}

const opened = memo<string, OpenFont>('render/open-font');

/** @param path absolute path of a font file */
export function openFont(path: string): OpenFont {
  let f = opened.get(path);
  if (!f) {
    f = fontkit.openSync(path) as unknown as OpenFont;
    opened.set(path, f);
  }
  return f;
}
