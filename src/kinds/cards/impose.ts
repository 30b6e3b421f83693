/**
 * Imposition of a card deck with pdf-lib: the card faces placed on press sheets by the
 * plan of sheet-layout.ts, with crop marks, a slug line, and TrimBox and BleedBox set.
 */
import type { PDFArray, PDFPage } from 'pdf-lib';

/** pdf-lib loads only when a deck is imposed: it costs a quarter second at start-up. */
const pdfLib = () => import('pdf-lib');
import { MARK_WIDTH, mirrorMark, mirrorRect, PT_PER_MM, type Rect, type SheetLayout, type SheetSide, type Size } from './sheet-layout.js';

/** Set TrimBox and BleedBox (and CropBox = MediaBox) on a page, rectangles in mm. */
export function setBoxes(lib: Awaited<ReturnType<typeof pdfLib>>, page: PDFPage, trim: Rect, bleed: Rect): void {
  const { PDFName, PDFNumber } = lib;
  const arr = (r: Rect) => page.doc.context.obj([r.x, r.y, r.x + r.width, r.y + r.height].map((v) => PDFNumber.of(Math.round(v * PT_PER_MM * 1000) / 1000)));
  page.node.set(PDFName.of('TrimBox'), arr(trim) as PDFArray);
  page.node.set(PDFName.of('BleedBox'), arr(bleed) as PDFArray);
}

/**
 * Set the boxes of every page of a single-card PDF (each page = trim + bleed).
 * @returns the PDF with TrimBox inset by the bleed and BleedBox = the page
 */
export async function setCardBoxes(pdf: Uint8Array, card: Size, bleed: number, meta: { title: string; author: string; date: Date }): Promise<Uint8Array> {
  const lib = await pdfLib();
  const doc = await lib.PDFDocument.load(pdf, { updateMetadata: false });
  for (const page of doc.getPages()) {
    setBoxes(lib, page, { x: bleed, y: bleed, width: card.width, height: card.height }, { x: 0, y: 0, width: card.width + 2 * bleed, height: card.height + 2 * bleed });
  }
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator('drukklaar');
  doc.setProducer('drukklaar');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc.save();
}

export interface ImposeInput {
  /** Rendered faces: page 2k is the front of card k, page 2k+1 its back (trim + bleed). */
  faces: Uint8Array;
  /** Rendered slug pages, one per sheet side in the order of `sides` (sheet size), drawn under the cards. */
  chrome?: Uint8Array;
  layout: SheetLayout;
  sides: SheetSide[];
  meta: { title: string; author: string; subject?: string; date: Date; lang?: string };
}

/**
 * Impose rendered card faces on press sheets with crop marks, TrimBox (union of the card
 * trims) and BleedBox (union of the card bleeds) on every sheet side.
 */
export async function imposeSheets({ faces, chrome, layout, sides, meta }: ImposeInput): Promise<Uint8Array> {
  const lib = await pdfLib();
  const { PDFDocument, rgb } = lib;
  const out = await PDFDocument.create({ updateMetadata: false });
  const src = await PDFDocument.load(faces, { updateMetadata: false });
  const embedded = await out.embedPages(src.getPages());
  const chromeDoc = chrome ? await PDFDocument.load(chrome, { updateMetadata: false }) : undefined;
  const chromePages = chromeDoc ? await out.embedPages(chromeDoc.getPages()) : [];
  const pt = (v: number) => v * PT_PER_MM;
  const { sheet } = layout;
  sides.forEach((side, i) => {
    const page = out.addPage([pt(sheet.width), pt(sheet.height)]);
    const bg = chromePages[i];
    if (bg) page.drawPage(bg, { x: 0, y: 0, width: pt(sheet.width), height: pt(sheet.height) });
    for (const p of side.placements) {
      const face = embedded[2 * p.card + (p.face === 'back' ? 1 : 0)];
      if (!face) throw new Error(`no rendered ${p.face} for card ${p.card + 1}`);
      const b = p.slot.bleed;
      page.drawPage(face, { x: pt(b.x), y: pt(b.y), width: pt(b.width), height: pt(b.height) });
    }
    const marks = side.side === 'back' ? layout.marks.map((m) => mirrorMark(m, sheet, layout.flip)) : layout.marks;
    for (const m of marks) {
      page.drawLine({ start: { x: pt(m.x1), y: pt(m.y1) }, end: { x: pt(m.x2), y: pt(m.y2) }, thickness: MARK_WIDTH, color: rgb(0, 0, 0) });
    }
    const grid = side.side === 'back' ? mirrorRect(layout.gridTrim, sheet, layout.flip) : layout.gridTrim;
    const gridBleed = side.side === 'back' ? mirrorRect(layout.gridBleed, sheet, layout.flip) : layout.gridBleed;
    setBoxes(lib, page, grid, gridBleed);
  });
  out.setTitle(meta.title);
  out.setAuthor(meta.author);
  if (meta.subject) out.setSubject(meta.subject);
  if (meta.lang) out.setLanguage(meta.lang);
  out.setCreator('drukklaar');
  out.setProducer('drukklaar');
  out.setCreationDate(meta.date);
  out.setModificationDate(meta.date);
  return out.save();
}
