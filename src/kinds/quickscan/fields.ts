/**
 * Post-processing of a rendered quickscan with pdf-lib: find the marker links the layout
 * put around answer boxes and writing areas, remove them, and (fillable variant) add
 * AcroForm fields exactly over those rectangles: one radio group per item, named by the
 * item id with one option per answer column, and text fields for notes and results.
 * In a tagged quickscan each field gets the marker link's alt text as its description
 * (`/TU`) and the marker link's place in the structure tree (field-tags.ts).
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFHexString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { MARKER } from '../../../layouts/quickscan.js';
import { dropMarkTags, tagFields, type MarkTag } from './field-tags.js';
import { memo } from '../../memos.js';

/** A rectangle the layout marked: where a field goes. */
export interface FieldMark {
  kind: 'radio' | 'text';
  /** Radio group (item id) or text field name. */
  name: string;
  /** Option value of a radio button. */
  value?: string;
  page: number;
  rect: { x: number; y: number; width: number; height: number };
  /** What the field is for, in words (the marker link's `/Contents`, written in a tagged file). */
  description?: string;
  /** Where the marker link sat in the structure tree of a tagged file. */
  tag?: MarkTag;
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
      const structParent = (annot as PDFDict).lookup(PDFName.of('StructParent'));
      const description = (annot as PDFDict).lookup(PDFName.of('Contents'));
      marks.push({
        kind: kind === 'radio' ? 'radio' : 'text',
        name: name ?? '',
        ...(value !== undefined ? { value } : {}),
        page: index,
        rect: { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) },
        ...(description instanceof PDFString || description instanceof PDFHexString ? { description: description.decodeText() } : {}),
        ...(structParent instanceof PDFNumber && raw instanceof PDFRef ? { tag: { structParent: structParent.asNumber(), annotation: raw } } : {}),
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

/**
 * The field font as pdf-lib needs it, once per process and file: its bytes, the font
 * parsed by fontkit, and the bytes deflated for the embedded font program. Every fillable
 * quickscan embeds the same whole font, and parsing it, measuring all its glyphs (the
 * /W widths) and deflating ~0.5 MB had been done again for every document: about half
 * of the finishing time. pdf-lib only reads a parsed font (glyphs, metrics, layout), so
 * one can serve every document.
 */
interface FieldFace {
  bytes: Uint8Array;
  font: Awaited<ReturnType<typeof fontkit.create>>;
  deflated?: Uint8Array;
}
const faces = memo<string, FieldFace>('quickscan/field-faces');

function fieldFace(file: string): FieldFace {
  let face = faces.get(file);
  if (!face) {
    const bytes = readFileSync(file);
    face = { bytes, font: fontkit.create(bytes) };
    faces.set(file, face);
  }
  return face;
}

/** Embed the field font into the document. */
async function embedFieldFont(doc: PDFDocument, fontsDir: string): Promise<PDFFont> {
  const face = fieldFace(resolve(fontsDir, FIELD_FONT_FILE));
  // pdf-lib asks fontkit to parse the bytes it embeds: hand it the parsed font.
  doc.registerFontkit({ create: (bytes) => (bytes === face.bytes ? face.font : fontkit.create(bytes)) });
  // pdf-lib deflates the font program when the document is saved (context.flateStream of
  // the very bytes given to embedFont): deflate them once, then reuse the result. The
  // stream is made as flateStream makes it, so the bytes written are the same.
  const context = doc.context;
  const flateStream = context.flateStream.bind(context);
  context.flateStream = (contents, dict) => {
    if (contents !== face.bytes) return flateStream(contents, dict);
    face.deflated ??= (flateStream(contents) as PDFRawStream).contents;
    return context.stream(face.deflated, { ...dict, Filter: 'FlateDecode' });
  };
  // The whole font, not a subset: the fields are empty, so a subset would hold only .notdef,
  // and fontkit's subsets have no cmap, so a viewer could not draw what the user types.
  // Costs about 285 kB (compressed) per fillable PDF.
  return doc.embedFont(face.bytes, { subset: false });
}

/**
 * Add a form field over every mark, described by the mark's description (`/TU`: a radio
 * group by its item, each of its buttons by the item and the scale value).
 * @returns each mark's widget annotation
 */
function addFields(doc: PDFDocument, marks: FieldMark[], font: PDFFont): Map<FieldMark, PDFRef> {
  const widgets = new Map<FieldMark, PDFRef>();
  const describe = (dict: PDFDict, text: string | undefined) => text && dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
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
      const widget = group.acroField.getWidgets().at(-1)!;
      widgets.set(m, doc.context.getObjectRef(widget.dict)!);
      // The group says the item (the text before the dash and the scale value); each button the item and its value.
      describe(group.acroField.dict, m.description?.replace(/ — [^—]*$/, ''));
      describe(widget.dict, m.description);
    } else {
      const field = form.createTextField(m.name);
      if (m.rect.height > 30) field.enableMultiline();
      // With our font: without one pdf-lib embeds (unembedded) Helvetica to draw the widget.
      field.addToPage(page, { ...m.rect, borderWidth: 0, backgroundColor: fieldBackground, font });
      widgets.set(m, doc.context.getObjectRef(field.acroField.getWidgets()[0]!.dict)!);
      describe(field.acroField.dict, m.description);
      // A fixed size: pdf-lib's automatic size fills the whole height of a notes area.
      field.setFontSize(FIELD_FONT_SIZE);
    }
  }
  for (const group of groups.values()) group.enableOffToggling();
  // Appearances of every field with our font; otherwise pdf-lib falls back to (unembedded) Helvetica on save.
  form.updateFieldAppearances(font);
  return widgets;
}

/**
 * Deflate each distinct content stream once. pdf-lib draws an appearance stream per state
 * of every widget (four per radio button: on and off, normal and pressed), hundreds per
 * document but only a handful of different ones, and deflates each on save with a fresh
 * zlib state (~0.3 MB of buffers each): a third of the finishing time. Streams whose
 * contents equal an earlier one get its deflated bytes as they are; the file is the same.
 * (pdf-lib's writer could do this itself.)
 */
function deflateSharedStreams(doc: PDFDocument): void {
  const deflated = new Map<string, Uint8Array>();
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFContentStream)) continue;
    const key = `${String(obj.dict.get(PDFName.of('Filter')))}\u0000${Buffer.from(obj.getUnencodedContents()).toString('latin1')}`;
    const done = deflated.get(key);
    if (done) doc.context.assign(ref, PDFRawStream.of(obj.dict, done));
    else deflated.set(key, obj.getContents());
  }
}

/**
 * Finish a rendered quickscan: remove the marker links and, when `fillable`, add form fields.
 * @returns the new PDF bytes and the marks found (for checks and tests)
 */
export async function finishQuickscan(pdf: Uint8Array, fillable: boolean, fontsDir: string): Promise<{ pdf: Uint8Array; marks: FieldMark[] }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const marks = takeMarks(doc);
  if (fillable) {
    const widgets = addFields(doc, marks, await embedFieldFont(doc, fontsDir));
    tagFields(doc, marks.flatMap((m) => (m.tag && widgets.has(m) ? [{ mark: m.tag, widget: widgets.get(m)! }] : [])));
    deflateSharedStreams(doc);
  } else dropMarkTags(doc, marks.flatMap((m) => (m.tag ? [m.tag] : [])));
  // updateFieldAppearances: false, or pdf-lib redraws every field with Helvetica on save.
  return { pdf: await doc.save({ useObjectStreams: false, updateFieldAppearances: false }), marks };
}
