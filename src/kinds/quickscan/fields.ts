/**
 * Post-processing of a rendered quickscan with pdf-lib: find the marker links the layout
 * put around answer boxes and writing areas, remove them, and (fillable variant) add
 * AcroForm fields exactly over those rectangles: one radio group per item, named by the
 * item id with one option per answer column, and text fields for notes and results.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { MARKER } from '../../../layouts/quickscan.js';

/** A rectangle the layout marked: where a field goes. */
export interface FieldMark {
  kind: 'radio' | 'text';
  /** Radio group (item id) or text field name. */
  name: string;
  /** Option value of a radio button. */
  value?: string;
  page: number;
  rect: { x: number; y: number; width: number; height: number };
}

function uriOf(annot: PDFDict): string | undefined {
  if (annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) return undefined;
  const action = annot.lookup(PDFName.of('A'));
  if (!(action instanceof PDFDict)) return undefined;
  const uri = action.lookup(PDFName.of('URI'));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
}

/** Read and remove the marker links of every page. */
export function takeMarks(doc: PDFDocument): FieldMark[] {
  const marks: FieldMark[] = [];
  doc.getPages().forEach((page, index) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    const keep: (PDFRef | PDFDict)[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const annot = annots.lookup(i);
      const uri = annot instanceof PDFDict ? uriOf(annot) : undefined;
      if (!uri?.startsWith(MARKER)) {
        keep.push(raw as PDFRef | PDFDict);
        continue;
      }
      const [kind, name, value] = uri.slice(MARKER.length).split('/');
      const r = (annot as PDFDict).lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()));
      const [x1, y1, x2, y2] = r as [number, number, number, number];
      marks.push({
        kind: kind === 'radio' ? 'radio' : 'text',
        name: name ?? '',
        ...(value !== undefined ? { value } : {}),
        page: index,
        rect: { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) },
      });
      const action = (annot as PDFDict).get(PDFName.of('A'));
      if (action instanceof PDFRef) doc.context.delete(action);
      if (raw instanceof PDFRef) doc.context.delete(raw);
    }
    if (keep.length) page.node.set(PDFName.of('Annots'), doc.context.obj(keep));
    else page.node.delete(PDFName.of('Annots'));
  });
  return marks;
}

const fieldBackground = rgb(0.91, 0.95, 1);
const fieldBorder = rgb(0.12, 0.14, 0.16);

/** The face form fields print and are typed with (a bundled font: every font in our PDFs is embedded). */
export const FIELD_FONT_FILE = 'NotoSans-Regular.ttf';
const FIELD_FONT_SIZE = 10;

const fontBytes = new Map<string, Uint8Array>();

/** Embed the field font into the document (read once per process and folder). */
async function embedFieldFont(doc: PDFDocument, fontsDir: string): Promise<PDFFont> {
  const file = resolve(fontsDir, FIELD_FONT_FILE);
  let bytes = fontBytes.get(file);
  if (!bytes) {
    bytes = readFileSync(file);
    fontBytes.set(file, bytes);
  }
  doc.registerFontkit(fontkit);
  // The whole font, not a subset: the fields are empty, so a subset would hold only .notdef,
  // and fontkit's subsets have no cmap, so a viewer could not draw what the user types.
  // Costs about 285 kB (compressed) per fillable PDF.
  return doc.embedFont(bytes, { subset: false });
}

function addFields(doc: PDFDocument, marks: FieldMark[], font: PDFFont): void {
  const form = doc.getForm();
  // The form's default appearance (/DA, its font in /DR): what viewers regenerate appearances with.
  const acro = form.acroForm.dict;
  acro.set(PDFName.of('DR'), doc.context.obj({ Font: { [font.name]: font.ref } }));
  acro.set(PDFName.of('DA'), PDFString.of(`/${font.name} ${FIELD_FONT_SIZE} Tf 0 g`));
  const pages: PDFPage[] = doc.getPages();
  const groups = new Map<string, ReturnType<typeof form.createRadioGroup>>();
  for (const m of marks) {
    const page = pages[m.page]!;
    if (m.kind === 'radio') {
      let group = groups.get(m.name);
      if (!group) {
        group = form.createRadioGroup(m.name);
        groups.set(m.name, group);
      }
      // pdf-lib grows a widget by its border width (half on each side): shrink first, so the
      // widget rectangle is exactly the printed box.
      const bw = 0.9;
      const r = { x: m.rect.x + bw / 2, y: m.rect.y + bw / 2, width: m.rect.width - bw, height: m.rect.height - bw };
      group.addOptionToPage(m.value ?? '', page, { ...r, borderWidth: bw, borderColor: fieldBorder, backgroundColor: fieldBackground });
    } else {
      const field = form.createTextField(m.name);
      if (m.rect.height > 30) field.enableMultiline();
      // With our font: without one pdf-lib embeds (unembedded) Helvetica to draw the widget.
      field.addToPage(page, { ...m.rect, borderWidth: 0, backgroundColor: fieldBackground, font });
      // A fixed size: pdf-lib's automatic size fills the whole height of a notes area.
      field.setFontSize(FIELD_FONT_SIZE);
    }
  }
  for (const group of groups.values()) group.enableOffToggling();
  // Appearances of every field with our font; otherwise pdf-lib falls back to (unembedded) Helvetica on save.
  form.updateFieldAppearances(font);
}

/**
 * Finish a rendered quickscan: remove the marker links and, when `fillable`, add form fields.
 * @returns the new PDF bytes and the marks found (for checks and tests)
 */
export async function finishQuickscan(pdf: Uint8Array, fillable: boolean, fontsDir: string): Promise<{ pdf: Uint8Array; marks: FieldMark[] }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const marks = takeMarks(doc);
  if (fillable) addFields(doc, marks, await embedFieldFont(doc, fontsDir));
  // updateFieldAppearances: false, or pdf-lib redraws every field with Helvetica on save.
  return { pdf: await doc.save({ useObjectStreams: false, updateFieldAppearances: false }), marks };
}
