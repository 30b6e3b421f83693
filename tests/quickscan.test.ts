/**
 * Quickscans end to end: the four sample scans built for one brand, read back from the
 * PDFs (text, drawn answer boxes, form fields), plus the model's ids and errors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFRadioGroup, PDFRawStream, PDFTextField, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_BOX } from '../layouts/quickscan.js';
import { allItems, answerColumns, NOT_APPLICABLE, type QuickscanModel } from '../src/kinds/quickscan/model.js';
import { plain } from '../src/markdown/blocks.js';
import { runDocumentSteps } from '../src/pipeline/document-steps.js';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
import { readAloud } from '../src/accessibility/read-aloud.js';
import { makeProject, pageTexts, pdfFonts, runCli } from './helpers.js';

const brand = 'basisschool-de-vlieger';
const scans = ['activiteiten-oudervereniging', 'ouderbetrokkenheid-in-beeld', 'ouders-kort', 'oudervereniging-voor-alle-ouders'];
let root: string;
let build: { code: number; stdout: string; stderr: string };

/** Compare text ignoring white space and hyphens (line breaks and hyphenation differ in PDFs). */
const norm = (s: string) => s.replace(/[\s\-\u00ad]/g, '');

function modelOf(path: string, text?: string): { model?: QuickscanModel; diagnostics: { code: string; message: string; span?: { start: { line: number } } }[] } {
  const bytes = text !== undefined ? new TextEncoder().encode(text) : readFileSync(resolve(root, path));
  const r = runDocumentSteps({ path, bytes });
  return { model: r.doc?.model as QuickscanModel | undefined, diagnostics: r.diagnostics };
}

const out = (slug: string, suffix = '') => resolve(root, `out/${brand}/nl/${slug}${suffix}.pdf`);

/** Decoded content streams of a page, joined. */
function pageContent(page: PDFPage): string {
  const contents = page.node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  return streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
}

type Rect = { x: number; y: number; width: number; height: number };

/**
 * Rectangles of the answer-box size drawn on a page, in page coordinates: the content
 * stream is followed through q/Q/cm so each `re` lands where it is painted.
 */
function drawnBoxes(content: string): Rect[] {
  type M = [number, number, number, number, number, number];
  const mul = (m: M, n: M): M => [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
  const apply = (m: M, x: number, y: number) => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]] as const;
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: M[] = [];
  const out: Rect[] = [];
  for (const line of content.split('\n')) {
    const t = line.trim().split(/\s+/);
    const op = t.at(-1);
    if (op === 'q') stack.push(ctm);
    else if (op === 'Q') ctm = stack.pop() ?? ctm;
    else if (op === 'cm' && t.length === 7) ctm = mul(t.slice(0, 6).map(Number) as M, ctm);
    else if (op === 're' && t.length === 5) {
      const [x, y, w, h] = t.slice(0, 4).map(Number) as [number, number, number, number];
      if (w !== ANSWER_BOX || h !== ANSWER_BOX) continue;
      const [x1, y1] = apply(ctm, x, y);
      const [x2, y2] = apply(ctm, x + w, y + h);
      out.push({ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) });
    }
  }
  return out;
}

/** Answer boxes drawn on each page. */
async function boxesOf(file: string): Promise<Rect[][]> {
  const doc = await PDFDocument.load(readFileSync(file));
  return doc.getPages().map((p) => drawnBoxes(pageContent(p)));
}

async function boxesPerPage(file: string): Promise<number[]> {
  return (await boxesOf(file)).map((b) => b.length);
}

const key = (r: Rect) => [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(',');

beforeAll(async () => {
  root = makeProject({}, { sampleFolders: ['quickscans'], brands: [brand] });
  build = await runCli(['build', '--no-catalogue', '--kind', 'quickscan', '--out', resolve(root, 'out')], root);
});

describe('quickscan build', () => {
  it('builds a printed and a fillable PDF per scan without diagnostics', () => {
    expect(build.stderr).not.toMatch(/^(error|warning):/m);
    expect(build.code).toBe(0);
    for (const s of scans) for (const suffix of ['', '--invulbaar']) expect(readFileSync(out(s, suffix)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each(scans)('%s: prints every item, tip, section and scale label', async (slug) => {
    const { model } = modelOf(`content/quickscans/${slug}.nl.md`);
    const text = norm((await pageTexts(out(slug))).join('\n'));
    for (const item of allItems(model!)) {
      expect(text, item.id).toContain(norm(plain(item.runs)));
      if (item.tip) expect(text, `${item.id} tip`).toContain(norm(plain(item.tip)));
    }
    for (const s of model!.sections) expect(text).toContain(norm(plain(s.title)));
    for (const c of answerColumns(model!.meta)) expect(text, c.label).toContain(norm(c.label));
    expect(text).toContain(norm('Kies twee acties'));
  });

  it.each(scans)('%s: draws items × answer columns boxes, and repeats the column headings on every page with boxes', async (slug) => {
    const { model } = modelOf(`content/quickscans/${slug}.nl.md`);
    const columns = answerColumns(model!.meta);
    const boxes = await boxesPerPage(out(slug));
    expect(boxes.reduce((a, b) => a + b, 0)).toBe(allItems(model!).length * columns.length);
    const texts = await pageTexts(out(slug));
    boxes.forEach((n, i) => {
      if (n) for (const c of columns) expect(norm(texts[i]!), `page ${i + 1}: ${c.label}`).toContain(norm(c.label));
    });
    // A row never splits: all boxes of an item are on one page.
    boxes.forEach((n, i) => expect(n % columns.length, `page ${i + 1}`).toBe(0));
    // The last page is the result page: no answer boxes, the "what now" block.
    expect(boxes.at(-1)).toBe(0);
  });

  it('repeats the column headings when a section continues on the next page', async () => {
    // Sections of the school-team scan run over page breaks; each page with boxes has the headings
    // (checked above). Here: the headings appear more often than there are sections.
    const texts = await pageTexts(out('ouderbetrokkenheid-in-beeld'));
    const count = texts.join('\n').split('Grotendeels').length - 1;
    const { model } = modelOf('content/quickscans/ouderbetrokkenheid-in-beeld.nl.md');
    expect(count).toBeGreaterThan(model!.sections.length);
  });

  it('draws the scale pictograms of the parents scan', async () => {
    const doc = await PDFDocument.load(readFileSync(out('ouders-kort')));
    // The face pictograms are circles drawn as Bézier curves with round caps (stroke width 3 in a 48 unit box).
    expect(pageContent(doc.getPage(0))).toMatch(/(^|\n)3 w\n/);
  });

  it.each(scans)('%s: the fillable variant embeds every font, the fields print with Noto Sans', async (slug) => {
    const fonts = await pdfFonts(out(slug, '--invulbaar'));
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const doc = await PDFDocument.load(readFileSync(out(slug, '--invulbaar')));
    expect(String(doc.getForm().acroForm.dict.get(PDFName.of('DA')))).toMatch(/^\(\/NotoSans-Regular [\d.]+ Tf/);
  });

  it('leaves no marker links in the printed variant', () => {
    for (const s of scans) expect(readFileSync(out(s)).includes('drukklaar:')).toBe(false);
  });

  it.each(scans)('%s: the fillable variant has one radio group per item with the right options over the printed boxes', async (slug) => {
    const { model } = modelOf(`content/quickscans/${slug}.nl.md`);
    const columns = answerColumns(model!.meta);
    const doc = await PDFDocument.load(readFileSync(out(slug, '--invulbaar')));
    const form = doc.getForm();
    const radios = form.getFields().filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup);
    expect(radios.map((r) => r.getName()).sort()).toEqual(allItems(model!).map((i) => i.id).sort());
    const expected = columns.map((c) => c.value);
    if (model!.meta.notApplicable) expect(expected).toContain(NOT_APPLICABLE);
    for (const r of radios) {
      expect(r.getOptions(), r.getName()).toEqual(expected);
      for (const w of r.acroField.getWidgets()) {
        const rect = w.getRectangle();
        expect(rect.width).toBeCloseTo(ANSWER_BOX, 1);
        expect(rect.height).toBeCloseTo(ANSWER_BOX, 1);
      }
    }
    // Same page content as the printed variant: the fields sit on the same boxes.
    expect(await boxesPerPage(out(slug, '--invulbaar'))).toEqual(await boxesPerPage(out(slug)));
    const texts = form.getFields().filter((f): f is PDFTextField => f instanceof PDFTextField).map((f) => f.getName());
    for (const s of model!.sections) {
      expect(texts).toContain(`notities-${s.id}`);
      expect(texts).toContain(`totaal-${s.id}`);
    }
    expect(texts).toEqual(expect.arrayContaining(['actie-1', 'actie-2', 'datum']));
  });

  it.each(scans)('%s: places each radio button exactly on a printed box', async (slug) => {
    // Box positions read from the printed page content; widget rectangles from the fillable form.
    const printed = await boxesOf(out(slug));
    const doc = await PDFDocument.load(readFileSync(out(slug, '--invulbaar')));
    const pages = doc.getPages();
    const widgets: string[][] = pages.map(() => []);
    for (const r of doc.getForm().getFields().filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup)) {
      for (const w of r.acroField.getWidgets()) {
        const page = pages.findIndex((p) => p.ref === w.P());
        widgets[page]!.push(key(w.getRectangle()));
      }
    }
    expect(widgets.map((w) => w.sort())).toEqual(printed.map((b) => b.map(key).sort()));
  });
});

describe('quickscan for a screen reader', () => {
  it.each(scans)('%s: both variants pass the accessibility checker', async (slug) => {
    for (const suffix of ['', '--invulbaar']) expect(await checkTaggedPdf(new Uint8Array(readFileSync(out(slug, suffix)))), `${slug}${suffix}`).toEqual([]);
  });

  it.each(scans)('%s: reads each section as a table: the scale labels head the columns, the items the rows', async (slug) => {
    const { model } = modelOf(`content/quickscans/${slug}.nl.md`);
    const labels = answerColumns(model!.meta).map((c) => c.label);
    for (const suffix of ['', '--invulbaar']) {
      const lines = await readAloud(new Uint8Array(readFileSync(out(slug, suffix))));
      const tables = lines.filter((l) => l.role === 'Table');
      // One per section and the result table.
      expect(tables.length, suffix).toBe(model!.sections.length + 1);
      const columnHeads = lines.filter((l) => l.role === 'TH' && l.depth === 3 && labels.includes(l.text)).map((l) => l.text);
      expect(columnHeads, suffix).toEqual(model!.sections.flatMap(() => labels));
      const items = allItems(model!);
      const rowHeads = lines.flatMap((l, i) => (l.role === 'TH' && /^\d+\.\d+$/.test(l.text) ? [`${l.text} ${lines[i + 1]!.text}`] : []));
      expect(rowHeads.map(norm), suffix).toEqual(model!.sections.flatMap((sec, k) => sec.items.map((it, j) => norm(`${k + 1}.${j + 1} ${plain(it.runs)}`))));
      expect(items.length).toBe(rowHeads.length);
    }
  });

  it('puts every field of the fillable variant in a Form element where it is printed, described by the item and the scale value', async () => {
    const file = out('ouders-kort', '--invulbaar');
    const lines = await readAloud(new Uint8Array(readFileSync(file)));
    const doc = await PDFDocument.load(readFileSync(file));
    const fields = doc.getForm().getFields();
    const widgets = fields.flatMap((f) => f.acroField.getWidgets());
    expect(lines.filter((l) => l.role === 'Form')).toHaveLength(widgets.length);
    // An answer is a Form element in its table cell.
    const first = lines.findIndex((l) => l.role === 'Form');
    expect(lines[first - 1]).toMatchObject({ role: 'TD', depth: lines[first]!.depth - 1 });
    expect(lines[first]!.alt).toBe('1.1 Ik begrijp de brieven en berichten van de school. — Ja');
    const group = fields.find((f): f is PDFRadioGroup => f instanceof PDFRadioGroup && f.getName() === allItems(modelOf('content/quickscans/ouders-kort.nl.md').model!)[0]!.id)!;
    const tu = (d: { get(n: PDFName): unknown }) => (d.get(PDFName.of('TU')) as { decodeText(): string } | undefined)?.decodeText();
    expect(tu(group.acroField.dict)).toBe('1.1 Ik begrijp de brieven en berichten van de school.');
    expect(group.acroField.getWidgets().map((w) => tu(w.dict))).toEqual(['Ja', 'Een beetje', 'Nee'].map((v) => `1.1 Ik begrijp de brieven en berichten van de school. — ${v}`));
    const notes = fields.find((f) => f.getName().startsWith('notities-'))!;
    expect(tu(notes.acroField.dict)).toBe('Notities: 1. Berichten van de school');
    // The printed variant keeps the table and drops the marker links: no Link, no Form.
    const printed = await readAloud(new Uint8Array(readFileSync(out('ouders-kort'))));
    expect(printed.filter((l) => l.role === 'Form' || l.role === 'Link')).toEqual([]);
    expect(printed.filter((l) => l.role === 'TD').length).toBe(lines.filter((l) => l.role === 'TD').length);
  });
});

describe('quickscan model', () => {
  const doc = (body: string, fm = '') => `---
kind: quickscan
title: Test
lang: nl
audience: schoolteam
instruction: Vul in.
scale:
  - { label: "Nee", value: 1 }
  - { label: "Ja", value: 2 }
${fm}---

${body}
`;
  beforeAll(() => {
    root ??= makeProject();
  });

  it('derives ids from the section and position, keeps explicit ids, and reads tips', () => {
    const { model, diagnostics } = modelOf('content/quickscans/t.nl.md', doc('## Onthaal {#onthaal}\n\n- Een.\n  - Tip: Doe dit.\n- Twee. {#eigen}\n- Drie.\n'));
    expect(diagnostics).toEqual([]);
    expect(allItems(model!).map((i) => i.id)).toEqual(['onthaal-1', 'eigen', 'onthaal-3']);
    expect(plain(allItems(model!)[0]!.tip!)).toBe('Doe dit.');
  });

  it('reports a duplicate id with the line of both', () => {
    const { diagnostics } = modelOf('content/quickscans/t.nl.md', doc('## A {#a}\n\n- Een. {#x}\n- Twee. {#x}\n'));
    const d = diagnostics.find((x) => x.code === 'DuplicateId');
    expect(d?.message).toMatch(/`x` is used twice \(also on line 14\)/);
    expect(d?.span?.start.line).toBe(15);
  });

  it('reports an explicit id that collides with a derived one', () => {
    const { diagnostics } = modelOf('content/quickscans/t.nl.md', doc('## A {#a}\n\n- Een. {#a-2}\n- Twee.\n'));
    expect(diagnostics.map((x) => x.code)).toContain('DuplicateId');
  });

  it('refuses a section without items and a scale with a repeated label', () => {
    expect(modelOf('content/quickscans/t.nl.md', doc('## Leeg\n\nAlleen tekst.\n')).diagnostics.map((d) => d.code)).toContain('StructureInvalid');
    const dup = modelOf('content/quickscans/t.nl.md', doc('## A\n\n- Een.\n').replace('label: "Ja"', 'label: "Nee"'));
    expect(dup.diagnostics.map((d) => d.message).join('\n')).toMatch(/label "Nee" is also used by point 1/);
  });
});
