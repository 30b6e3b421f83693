/**
 * Tagged PDF: the render patch (roles, artifacts, languages, nothing drawn unmarked, the
 * print unchanged), the checker failing on a case for every condition it checks, and the
 * structure of a bilingual Arabic tip sheet read aloud against a reviewed golden file
 * (UPDATE_GOLDEN=1 writes it again).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { cloneElement, createElement as h, type ReactElement, type ReactNode } from 'react';
import { Document, Link, Note, Page, Path, renderToBuffer, Svg, Text, View } from '@react-pdf/renderer';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTaggedPdf, type Finding } from '../src/accessibility/check-pdf.js';
import { claimsPdfUa, falsePdfUaClaim } from '../src/accessibility/claims-pdf-ua.js';
import { formatReadAloud, readAloud } from '../src/accessibility/read-aloud.js';
import { readStructure, textOf, type StructElement } from '../src/accessibility/read-structure.js';
import { registerFonts } from '../src/render/fonts.js';
import { tag } from '../layouts/components/tags.js';
import { setIconsDir } from '../layouts/components/icon.js';
import { loadBrands } from '../src/brands/load-brands.js';
import { kinds } from '../src/kinds/registry.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { loadDocuments } from '../src/pipeline/load-documents.js';
import { projectPaths } from '../src/project.js';
import { makeProject, repoRoot, runCli } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';
const GOLDEN = resolve(repoRoot, 'tests/fixtures/accessibility/contact-met-school.ar.read.txt');
const rules = (f: Finding[]) => [...new Set(f.map((x) => x.rule))].sort();

registerFonts(resolve(repoRoot, 'assets/fonts'));

/** A page of a small sheet: a band with a background, a heading, a list, a pictogram, a fixed footer. */
function sheet(body: ReactNode, doc: Record<string, unknown> = {}): ReactElement {
  return h(
    Document,
    { title: 'Proefblad', language: 'nl', tagged: true, conformance: 'PDF/UA', ...doc } as never,
    h(
      Page,
      { size: 'A6', style: { fontFamily: 'Noto Sans', padding: 20, fontSize: 9 } },
      h(View, { style: { backgroundColor: '#1d4e89', borderRadius: 4, padding: 6 } }, h(Text, { role: 'H1', style: { color: '#ffffff' } } as never, 'Samen lezen')),
      body,
      h(View, { fixed: true, style: { position: 'absolute', bottom: 10, left: 20, right: 20, borderTopWidth: 1 } }, h(Text, { render: ({ pageNumber }: { pageNumber: number }) => `pagina ${pageNumber}` } as never)),
    ),
  );
}

const list = h(
  View,
  { role: 'L' } as never,
  h(View, { role: 'LI', style: { flexDirection: 'row', gap: 6 } } as never, h(Text, { role: 'Lbl' } as never, '1'), h(View, { role: 'LBody' } as never, h(Text, { role: 'P' } as never, 'Lees elke dag samen.'))),
);
const picture = (props: Record<string, unknown>) => h(Svg, { viewBox: '0 0 10 10', style: { width: 20, height: 20 }, ...props } as never, h(Path, { d: 'M0 0 L10 10 L0 10 Z', fill: '#f4a259' }));

const render = async (doc: ReactElement) => new Uint8Array(await renderToBuffer(doc as never));

/** Load, change with pdf-lib, save: a file that lost one thing the checker looks for. */
async function edit(pdf: Uint8Array, change: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  change(doc);
  return doc.save({ useObjectStreams: false });
}


/** A read-aloud must equal its reviewed golden file (UPDATE_GOLDEN=1 writes it, to be reviewed). */
function expectGoldenRead(read: string, golden: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, read);
  expect(existsSync(golden), `${golden} is missing: UPDATE_GOLDEN=1 writes it, then review it`).toBe(true);
  expect(read).toBe(readFileSync(golden, 'utf8'));
}
describe('the render patch', () => {
  it('tags what has a role, marks everything else as an artifact, and passes the checker', async () => {
    const pdf = await render(sheet([list, h(View, { key: 'f', role: 'Figure', alt: 'Een open boek' } as never, picture({}))]));
    expect(await checkTaggedPdf(pdf)).toEqual([]);
    const read = formatReadAloud(await readAloud(pdf));
    expect(read).toBe(
      ['Document [nl]', '  H1 [nl] Samen lezen', '  L [nl]', '    LI [nl]', '      Lbl [nl] 1', '      LBody [nl]', '        P [nl] Lees elke dag samen.', '  Figure [nl] (alt: Een open boek)', ''].join('\n'),
    );
  });

  it('keeps a list split over two pages one element (by the structKey of tag()), and a fixed block with a role tagged once', async () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      h(View, { key: i, ...tag('LI'), wrap: false } as never, h(Text, { role: 'Lbl' } as never, String(i + 1)), h(View, { role: 'LBody' } as never, h(Text, { role: 'P' } as never, `Tip ${i + 1}`))),
    );
    const notice = h(View, { key: 'n', fixed: true, role: 'Div', style: { position: 'absolute', top: 4, left: 20 } } as never, h(Text, { role: 'P', lang: 'fr' } as never, 'Traduction'));
    const pdf = await render(sheet([notice, h(View, { key: 'l', ...tag('L') } as never, items)]));
    expect(await checkTaggedPdf(pdf)).toEqual([]);
    const lines = await readAloud(pdf);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    expect(lines.filter((l) => l.role === 'L')).toHaveLength(1);
    expect(lines.filter((l) => l.role === 'Lbl').map((l) => l.text)).toEqual(items.map((_, i) => String(i + 1)));
    expect(lines.filter((l) => l.text === 'Traduction')).toEqual([expect.objectContaining({ role: 'P', lang: 'fr' })]);
  });

  it('puts a link in a Link element with its annotation, described by its address', async () => {
    const linked = await render(sheet(h(View, { role: 'P' } as never, h(Link, { src: 'https://example.org/lezen' } as never, h(Text, null, 'example.org/lezen')))));
    expect(await checkTaggedPdf(linked)).toEqual([]);
    expect(formatReadAloud(await readAloud(linked))).toContain('  P [nl]\n    Link [nl] example.org/lezen\n');
    const doc = await PDFDocument.load(linked);
    const annot = doc.getPage(0).node.Annots()!.lookup(0, PDFDict);
    expect(annot.get(PDFName.of('StructParent'))).toBeDefined();
    expect(textOf(annot.lookup(PDFName.of('Contents')))).toBe('https://example.org/lezen');
  });

  it('tags a link inside a paragraph as a Link element in its place, with its annotations, and a language change as a Span with /Lang', async () => {
    const address = 'example.org/lezen';
    const label = 'lezen met je kind in de bibliotheek';
    const pdf = await render(
      sheet(h(Text, { role: 'P', style: { width: 120 } } as never, 'Lees meer over ', h(Link, { src: `https://${address}` } as never, label), ' of vraag het aan de juf. Zeg ', h(Text, { lang: 'fr' } as never, 'bonjour'), ' en ', h(Text, { lang: 'en' } as never, 'hello'), '.')),
    );
    expect(await checkTaggedPdf(pdf)).toEqual([]);
    const doc = await PDFDocument.load(pdf);
    const p = (readStructure(doc)!.children[0] as StructElement).children.find((c): c is StructElement => c.type === 'element' && c.role === 'P')!;
    // In reading order: text, the link, text, the French word, text, the English word, text.
    // (Where the link continues on the next line, an empty piece of the paragraph's content sits between its parts.)
    const order = p.children.map((c) => (c.type === 'element' ? `${c.role}${c.lang ? `:${c.lang}` : ''}` : c.type)).filter((x, i, all) => x !== all[i - 1]);
    expect(order).toEqual(['content', 'Link', 'content', 'Span:fr', 'content', 'Span:en', 'content']);
    const link = p.children[1] as StructElement;
    // The link breaks over two lines: one Link element, an annotation per line, both in it.
    const annots = doc.getPage(0).node.Annots()!.asArray().map((a) => doc.context.lookup(a, PDFDict));
    expect(annots.length).toBe(2);
    expect(link.children.filter((c) => c.type === 'object')).toHaveLength(2);
    for (const a of annots) expect(textOf(a.lookup(PDFName.of('Contents')))).toBe(`https://${address}`);
    const read = await readAloud(pdf);
    expect(read.filter((l) => l.role === 'Span').map((l) => `${l.lang} ${l.text}`)).toEqual(['fr bonjour', 'en hello']);
    expect(read.find((l) => l.role === 'Link')?.text).toBe(label);
  });

  it('writes /ActualText only where the glyphs read differently: right to left, or a hyphenated line', async () => {
    const address = 'Hulp bij huiswerkbegeleiding';
    const syllables = (w: string) => (w === 'huiswerkbegeleiding' ? ['huis', 'werk', 'be', 'ge', 'lei', 'ding'] : [w]);
    const pdf = await render(
      sheet([
        h(Text, { key: 1, role: 'P', actual: 'Lees samen.' } as never, 'Lees samen.'),
        h(Text, { key: 2, role: 'P', actual: address, hyphenationCallback: syllables, style: { width: 60 } } as never, address),
        h(Text, { key: 3, role: 'P', lang: 'ar', actual: 'اقرأوا معًا.', style: { fontFamily: 'Noto Naskh Arabic', direction: 'rtl' } } as never, 'اقرأوا معًا.'),
      ]),
    );
    expect(await checkTaggedPdf(pdf)).toEqual([]);
    const ps = (await readAloud(pdf)).filter((l) => l.role === 'P');
    const doc = await PDFDocument.load(pdf);
    const actual = (readStructure(doc)!.children[0] as StructElement).children.filter((c): c is StructElement => c.type === 'element' && c.role === 'P').map((e) => e.actualText);
    expect(actual).toEqual([undefined, address, 'اقرأوا معًا.']);
    expect(ps.map((p) => p.text)).toEqual(['Lees samen.', address, 'اقرأوا معًا.']);
  });

  it('tells a PDF/UA claim without tags (react-pdf writes one for conformance alone) from a tagged file', async () => {
    const claimOnly = await render(sheet(list, { tagged: false }));
    expect(falsePdfUaClaim(claimOnly)).toBe(true);
    expect(claimsPdfUa(claimOnly)).toBe(false);
    const tagged = await render(sheet(list));
    expect(falsePdfUaClaim(tagged)).toBe(false);
    expect(claimsPdfUa(tagged)).toBe(true);
  });

  it('writes a title and an author with & and < as well-formed XMP (the pdfkit patch)', async () => {
    const pdf = await render(sheet(list, { title: 'Lezen & <schrijven>', author: 'Ouders & School' }));
    expect(await checkTaggedPdf(pdf)).toEqual([]);
    expect(Buffer.from(pdf).toString('latin1')).toContain('Lezen &amp; &lt;schrijven&gt;');
  });

  it('does not change what is printed', async () => {
    const inline = h(Text, { key: 'i', role: 'P' } as never, 'Zie ', h(Link, { src: 'https://example.org' } as never, 'example.org'), ' en zeg ', h(Text, { lang: 'fr' } as never, 'bonjour'), '.');
    const body = [list, h(View, { key: 'f', role: 'Figure', alt: 'Een open boek' } as never, picture({})), inline];
    const dir = mkdtempSync(resolve(tmpdir(), 'drukklaar-tags-'));
    try {
      const tagged = await render(sheet(body));
      const plain = await render(sheet(body, { tagged: false, conformance: undefined }));
      expect(await checkTaggedPdf(plain)).toContainEqual(expect.objectContaining({ rule: 'untagged-content' }));
      writeFileSync(resolve(dir, 'tagged.pdf'), tagged);
      writeFileSync(resolve(dir, 'plain.pdf'), plain);
      for (const f of ['tagged', 'plain']) execFileSync('pdftoppm', ['-r', '100', '-gray', resolve(dir, `${f}.pdf`), resolve(dir, f)]);
      const pages = readdirSync(dir).filter((f) => f.startsWith('tagged-'));
      expect(pages.length).toBeGreaterThan(0);
      for (const p of pages) expect(readFileSync(resolve(dir, p)).equals(readFileSync(resolve(dir, p.replace('tagged-', 'plain-')))), p).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the checker fails a file for each condition', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await render(sheet([list, h(View, { key: 'f', role: 'Figure', alt: 'Een open boek' } as never, picture({}))]));
  });

  const cases: [string, () => Promise<Uint8Array>, string[]][] = [
    ['an untagged file (01)', () => render(sheet(list, { tagged: false, conformance: undefined })), ['no-structure-tree', 'no-xmp', 'not-marked', 'untagged-content']],
    [
      'a parent tree that leads content to no element (01)',
      () => edit(good, (d) => {
        const tree = d.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('ParentTree'), PDFDict);
        tree.set(PDFName.of('Nums'), d.context.obj([0, []]));
      }),
      ['parent-tree'],
    ],
    ['/Suspects true (01)', () => edit(good, (d) => d.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).set(PDFName.of('Suspects'), PDFBool.True)), ['suspects']],
    ['a structure type without a role map (02)', () => render(sheet(h(Text, { role: 'Tip' } as never, 'Lees samen.'))), ['non-standard-type']],
    ['no XMP metadata (06)', () => render(sheet(list, { conformance: undefined })), ['no-xmp']],
    ['XMP without the PDF/UA identifier (06)', () => render(sheet(list, { conformance: undefined, pdfVersion: '1.7' })), ['no-pdfua-identifier']],
    ['XMP without a title (06)', () => render(sheet(list, { title: undefined })), ['no-title']],
    [
      'XMP that is not well-formed XML (06)',
      () => edit(good, (d) => d.catalog.set(PDFName.of('Metadata'), d.context.register(d.context.stream('<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:title><rdf:Alt><rdf:li>Lezen & schrijven</rdf:li></rdf:Alt></dc:title><pdfuaid:part>1</pdfuaid:part></x:xmpmeta>', { Type: 'Metadata', Subtype: 'XML' })))),
      ['xmp-not-well-formed'],
    ],
    ['no DisplayDocTitle (07)', () => edit(good, (d) => d.catalog.delete(PDFName.of('ViewerPreferences'))), ['display-doc-title']],
    ['no document language (11)', () => render(sheet(list, { language: undefined })), ['no-document-language']],
    ['an element language that is not a language tag (11)', () => render(sheet(h(Text, { role: 'P', lang: 'Arabisch' } as never, 'Lees samen.'))), ['bad-language']],
    ['a Figure without alt text (13)', () => render(sheet(h(View, { role: 'Figure' } as never, picture({})))), ['figure-without-alt']],
    ['a skipped heading level (14)', () => render(sheet(h(Text, { role: 'H3' } as never, 'Thuis'))), ['skipped-heading-level']],
    ['a first heading that is not H1 (14)', () => render(h(Document, { title: 'x', language: 'nl', tagged: true, conformance: 'PDF/UA' } as never, h(Page, { style: { fontFamily: 'Noto Sans' } }, h(Text, { role: 'H2' } as never, 'Thuis')))), ['first-heading-not-h1']],
    ['a list item outside a list, a list holding a paragraph (16)', () => render(sheet([h(View, { key: 1, role: 'LI' } as never, h(Text, { role: 'LBody' } as never, 'a')), h(View, { key: 2, role: 'L' } as never, h(Text, { role: 'P' } as never, 'b'))])), ['list-child', 'list-item-outside-list']],
    [
      'a row outside a table, a cell outside a row, rows of unequal width (15)',
      () =>
        render(
          sheet([
            h(View, { key: 1, role: 'Table' } as never, h(View, { role: 'TR' } as never, h(Text, { role: 'TH', scope: 'Row' } as never, 'a'), h(Text, { role: 'TD' } as never, 'b')), h(View, { role: 'TR' } as never, h(Text, { role: 'TD' } as never, 'c'))),
            h(View, { key: 2, role: 'TR' } as never, h(Text, { role: 'TD' } as never, 'd')),
            h(Text, { key: 3, role: 'TD' } as never, 'e'),
          ]),
        ),
      ['cell-outside-row', 'irregular-table', 'row-outside-table'],
    ],
    ['a header cell without a scope (15)', () => render(sheet(h(View, { role: 'Table' } as never, h(View, { role: 'TR' } as never, h(Text, { role: 'TH' } as never, 'Gem.'), h(Text, { role: 'TD' } as never, '2,5'))))), ['th-without-scope']],
    ['a table holding a paragraph (15)', () => render(sheet(h(View, { role: 'Table' } as never, h(Text, { role: 'P' } as never, 'x')))), ['table-child']],
    ['a list item holding a paragraph (16)', () => render(sheet(h(View, { role: 'L' } as never, h(View, { role: 'LI' } as never, h(Text, { role: 'P' } as never, 'b'))))), ['list-item-child']],
    // The patch puts link annotations in the tree; a note (a comment annotation) it does not.
    ['an annotation outside the tree (28)', () => render(sheet(h(Note, { role: 'P' } as never, 'Opmerking'))), ['annotation-not-tagged']],
    [
      'an annotation the tree places on another page (28)',
      async () => {
        const pdf = await render(h(Document, { title: 'x', language: 'nl', tagged: true, conformance: 'PDF/UA' } as never, h(Page, { style: { fontFamily: 'Noto Sans' } }, h(View, { role: 'P' } as never, h(Link, { src: 'https://example.org' } as never, h(Text, null, 'a')))), h(Page, { style: { fontFamily: 'Noto Sans' } }, h(Text, { role: 'P' } as never, 'b'))));
        expect(await checkTaggedPdf(pdf)).toEqual([]); // the pdfkit patch names the annotation's own page
        return edit(pdf, (d) => {
          const objr = [...d.context.enumerateIndirectObjects()].map(([, o]) => o).find((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('S'))?.toString() === '/Link')!;
          const k = objr.lookup(PDFName.of('K'), PDFArray).lookup(0, PDFDict);
          k.set(PDFName.of('Pg'), d.getPage(1).ref);
        });
      },
      ['annotation-wrong-page'],
    ],
    [
      'a form field outside a Form element, without a description (28)',
      async () => edit(await render(sheet(h(View, { role: 'P' } as never, h(Link, { src: 'https://example.org' } as never, h(Text, null, 'x'))))), (d) => d.getPage(0).node.Annots()!.lookup(0, PDFDict).set(PDFName.of('Subtype'), PDFName.of('Widget'))),
      ['annotation-wrong-element', 'field-without-description'],
    ],
    ['a link without /Contents (28)', async () => edit(await render(sheet(h(View, { role: 'P' } as never, h(Link, { src: 'https://example.org' } as never, h(Text, null, 'x'))))), (d) => d.getPage(0).node.Annots()!.lookup(0, PDFDict).delete(PDFName.of('Contents'))), ['link-without-description']],
    ['a page with annotations without /Tabs /S (28)', async () => edit(await render(sheet(h(Link, { src: 'https://example.org' } as never, h(Text, null, 'x')))), (d) => d.getPage(0).node.delete(PDFName.of('Tabs'))), ['tab-order']],
    ['a font that is not embedded (31)', () => render(sheet(h(Text, { role: 'P', style: { fontFamily: 'Helvetica' } } as never, 'Lees samen.'))), ['font-not-embedded']],
    ['a font without a ToUnicode map (31)', () => edit(good, (d) => { for (const [, ref] of d.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict).entries()) d.context.lookup(ref, PDFDict).delete(PDFName.of('ToUnicode')); }), ['no-unicode-map']],
  ];
  for (const [name, make, expected] of cases) {
    it(name, async () => {
      const findings = await checkTaggedPdf(await make());
      expect(rules(findings)).toEqual(expected);
    });
  }
});

describe('a bilingual Arabic tip sheet (and a checklist)', () => {
  let root: string;
  let pdf: Uint8Array;
  beforeAll(async () => {
    root = makeProject({}, { brands: [BRAND], sampleFolders: ['tips', 'quickscans', 'checklists'] });
    const r = await runCli(['build', '--doc', 'contact-met-school,ouders-kort', '--lang', 'ar,nl', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const c = await runCli(['build', '--doc', 'zeven-dimensies', '--variant', 'ouderbril', '--format', 'short'], root);
    expect(c.code, c.stderr).toBe(0);
    pdf = new Uint8Array(readFileSync(resolve(root, 'output', BRAND, 'ar/contact-met-school.pdf')));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes the checker', async () => {
    expect(await checkTaggedPdf(pdf)).toEqual([]);
  });

  it('is marked accessible in the manifest and the catalogue, quickscans (printed and fillable) too', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8')) as { outputs: Record<string, { accessible?: string }> };
    expect(manifest.outputs[`${BRAND}/ar/contact-met-school.pdf`]?.accessible).toBe('PDF/UA-1');
    expect(manifest.outputs[`${BRAND}/nl/ouders-kort.pdf`]?.accessible).toBe('PDF/UA-1');
    expect(manifest.outputs[`${BRAND}/nl/ouders-kort--invulbaar.pdf`]?.accessible).toBe('PDF/UA-1');
    expect(manifest.outputs[`${BRAND}/ar/ouders-kort.pdf`]?.accessible).toBe('PDF/UA-1');
    const html = readFileSync(resolve(root, 'output/index.html'), 'utf8');
    // two tip sheets, the quickscan's two variants in Dutch and in Arabic, the checklist (the card deck's press sheet is the untagged case: cards.test.ts)
    expect(html.match(/<dt>Schermlezer<\/dt><dd>getagde PDF \(PDF\/UA-1\)<\/dd>/g)?.length).toBe(7);
    expect(html).not.toContain('<dt>Schermlezer</dt><dd>niet getagd</dd>');
  });

  it('reads the fillable quickscan for parents aloud as its reviewed golden file', async () => {
    const file = resolve(repoRoot, 'tests/fixtures/accessibility/ouders-kort--invulbaar.read.txt');
    const read = formatReadAloud(await readAloud(new Uint8Array(readFileSync(resolve(root, 'output', BRAND, 'nl/ouders-kort--invulbaar.pdf')))));
    expectGoldenRead(read, file);
  });

  it('reads the Arabic translation of the parents scan aloud as its reviewed golden file', async () => {
    const file = resolve(repoRoot, 'tests/fixtures/accessibility/ouders-kort.ar.read.txt');
    const read = formatReadAloud(await readAloud(new Uint8Array(readFileSync(resolve(root, 'output', BRAND, 'ar/ouders-kort.pdf')))));
    expectGoldenRead(read, file);
  });

  it('prints the same pixels as the same sheet untagged', async () => {
    const paths = projectPaths(root);
    registerFonts(paths.fonts);
    setIconsDir(paths.icons);
    const brands = await loadBrands(paths);
    const { languages } = loadLanguages(paths);
    const { docs } = await loadDocuments(paths, { languages, brandIds: [...brands.brands.keys()] });
    const ar = docs.find((d) => d.slug === 'contact-met-school' && d.language.code === 'ar')!;
    const nl = docs.find((d) => d.slug === 'contact-met-school' && d.language.code === 'nl')!;
    const input = { model: ar.model, source: nl.model, brand: brands.brands.get(BRAND)!, language: ar.language, sourceLanguage: nl.language, variant: { id: 'default', suffix: '' }, date: new Date('2026-01-01') };
    const element = (kinds.tips!.render as { layout: (i: unknown) => ReactElement }).layout(input);
    const dir = mkdtempSync(resolve(tmpdir(), 'drukklaar-tags-'));
    try {
      const tagged = await render(element);
      const plain = await render(cloneElement(element, { tagged: false, conformance: undefined } as never));
      // The structure elements go into a compressed object stream: tagging costs at most 15 % (it was 18 % with them uncompressed).
      expect(tagged.length / plain.length).toBeLessThan(1.15);
      writeFileSync(resolve(dir, 'tagged.pdf'), tagged);
      writeFileSync(resolve(dir, 'plain.pdf'), plain);
      expect(await checkTaggedPdf(new Uint8Array(readFileSync(resolve(dir, 'tagged.pdf'))))).toEqual([]);
      for (const f of ['tagged', 'plain']) execFileSync('pdftoppm', ['-r', '70', resolve(dir, `${f}.pdf`), resolve(dir, f)]);
      const pages = readdirSync(dir).filter((f) => f.startsWith('tagged-'));
      expect(pages.length).toBe(2);
      for (const p of pages) expect(readFileSync(resolve(dir, p)).equals(readFileSync(resolve(dir, p.replace('tagged-', 'plain-')))), p).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads aloud as the reviewed golden file: tip by tip, every block in its language', async () => {
    const read = formatReadAloud(await readAloud(pdf));
    expectGoldenRead(read, GOLDEN);
  });

  it('reads the checklist (parents\' view) aloud as its reviewed golden file', async () => {
    const file = resolve(repoRoot, 'tests/fixtures/accessibility/zeven-dimensies--ouderbril.read.txt');
    const read = formatReadAloud(await readAloud(new Uint8Array(readFileSync(resolve(root, 'output', BRAND, 'nl/zeven-dimensies--ouderbril.pdf')))));
    expectGoldenRead(read, file);
  });

  it('gives every tip as a list item: its number, the Arabic text, then the Dutch text, each in its own voice', async () => {
    const lines = await readAloud(pdf);
    const items = lines.filter((l) => l.role === 'LI');
    expect(items.length).toBe(6);
    const body = lines.filter((l) => l.depth >= 2 && (l.role === 'Lbl' || l.role === 'LBody'));
    expect(body.map((l) => (l.role === 'Lbl' ? l.text : l.lang)).join(' ')).toBe('1 ar nl 2 ar nl 3 ar nl 4 ar nl 5 ar nl 6 ar nl');
    for (const l of lines.filter((x) => x.role === 'H2' || x.role === 'P')) expect(l.lang === 'ar' ? /\p{Script=Arabic}/u.test(l.text) : !/\p{Script=Arabic}/u.test(l.text), `${l.lang}: ${l.text}`).toBe(true);
    expect(lines.find((l) => l.role === 'H2' && l.lang === 'ar')?.text).toBe('اتصلوا بالسكرتارية');
  });

  it('shows Firefox (pdfjs) the languages and the headings', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    try {
      type Node = { role?: string; lang?: string; children?: Node[] };
      const tree = (await (await doc.getPage(1)).getStructTree()) as Node;
      const all: Node[] = [];
      const walk = (n: Node) => (all.push(n), n.children?.forEach(walk));
      walk(tree);
      expect(all.filter((n) => n.role === 'H1').map((n) => n.lang)).toEqual(['nl', 'ar']);
      expect(all.filter((n) => n.role === 'H2').map((n) => n.lang)).toContain('ar');
      expect((await doc.getMetadata()).metadata?.get('pdfuaid:part')).toBe('1');
    } finally {
      await doc.destroy();
    }
  });
});
