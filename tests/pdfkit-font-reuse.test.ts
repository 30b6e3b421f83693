/**
 * pdfkit takes a font object (fontkit, as react-pdf passes it at every text run) given again
 * as the font it gave first, instead of making and dropping a new embedded font and subset
 * at every run (patches/pdfkit+0.20.1.patch); the fonts' resource names stay as unpatched
 * pdfkit numbers them, so PDFs are byte for byte the same. The default font's metrics are
 * read once per process, not once per document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** A font object whose subsets are counted. */
function countedFont(file: string): { font: fontkit.Font; subsets: () => number } {
  const font = fontkit.create(readFileSync(resolve(repoRoot, 'assets/fonts', file))) as fontkit.Font;
  let subsets = 0;
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    subsets++;
    return createSubset();
  };
  return { font, subsets: () => subsets };
}

describe('pdfkit, a font object given again (the pdfkit patch)', () => {
  it('embeds it once and makes one subset, however many text runs use it', () => {
    const doc = new PDFDocument({ autoFirstPage: true });
    const regular = countedFont('NotoSans-Regular.ttf');
    for (let run = 0; run < 50; run++) doc.font(regular.font as never, 10).text('Samen lezen', 10, 10 + run);
    expect(regular.subsets()).toBe(1);
    const fonts = doc as unknown as { _font: { id: string } };
    expect(fonts._font.id).toBe('F2'); // F1 is the default Helvetica
    doc.end();
  });

  it('names a font first used after others as unpatched pdfkit did', () => {
    const doc = new PDFDocument({ autoFirstPage: true });
    const regular = countedFont('NotoSans-Regular.ttf');
    const bold = countedFont('NotoSans-Bold.ttf');
    for (let run = 0; run < 3; run++) doc.font(regular.font as never, 10).text('a', 10, 10);
    doc.font(bold.font as never, 10).text('b', 10, 30);
    // Unpatched pdfkit spent an id on each call (F2, F3, F4 for the regular), so the bold is F5.
    expect((doc as unknown as { _font: { id: string } })._font.id).toBe('F5');
    doc.end();
  });

  it('reads the metrics of the default font (Helvetica) once for all documents', () => {
    const metrics = () => {
      const doc = new PDFDocument({ autoFirstPage: true });
      const font = (doc as unknown as { _font: { name: string; font: object } })._font;
      doc.end();
      return font;
    };
    const first = metrics();
    expect(first.name).toBe('Helvetica');
    expect(metrics().font).toBe(first.font);
  });
});
