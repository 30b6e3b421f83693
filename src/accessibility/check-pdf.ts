/**
 * The machine-checkable conditions of the Matterhorn Protocol 1.1 (PDF/UA-1) that apply to
 * drukklaar's files, checked on the bytes of a PDF: what a veraPDF run would catch for them,
 * as far as a program can tell without judging meaning. Each finding names its Matterhorn
 * checkpoint. A file that passes is not proven accessible: whether an alt text or a reading
 * order makes sense stays for a person (the golden reads in tests/fixtures/accessibility).
 */
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { readPageMarks, readStructure, textOf, type StructElement, type StructNode } from './read-structure.js';

/** One condition a file fails. */
export interface Finding {
  /** Matterhorn checkpoint (`01` content, `06` metadata, `07` dictionary, `11` language, `13` graphics, `14` headings, `15` tables, `16` lists, `28` annotations and form fields, `31` fonts). */
  checkpoint: string;
  /** A short permanent name of the rule, e.g. `untagged-content`. */
  rule: string;
  message: string;
  /** 1-based page, where it has one. */
  page?: number;
}

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

/** A language tag as BCP 47 shapes it (language, then subtags). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Why an XML text is not well-formed (a bare `&`, tags that do not pair up), or undefined. */
function xmlProblem(xml: string): string | undefined {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.exec(body);
  if (amp) return `a bare & at "${body.slice(amp.index, amp.index + 20).trim()}"`;
  const open: string[] = [];
  for (const m of body.matchAll(/<(\/?)([^\s/>]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) open.push(m[2]!);
    else if (open.pop() !== m[2]) return `</${m[2]}> closes nothing open`;
  }
  return open.length ? `<${open.at(-1)}> is never closed` : undefined;
}

/**
 * Check a PDF against the Matterhorn conditions that apply.
 * @param pdf the file's bytes
 * @returns every failed condition; empty when the file passes
 */
export async function checkTaggedPdf(pdf: Uint8Array): Promise<Finding[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? context.lookup(o) : o);
  const catalog = doc.catalog;
  const findings: Finding[] = [];
  const fail = (checkpoint: string, rule: string, message: string, page?: number) => findings.push({ checkpoint, rule, message, ...(page ? { page } : {}) });

  // 01: tagged, and all content either tagged or an artifact.
  const markInfo = lookup(catalog.get(PDFName.of('MarkInfo')));
  const marked = markInfo instanceof PDFDict ? lookup(markInfo.get(PDFName.of('Marked'))) : undefined;
  if (!(marked instanceof PDFBool) || !marked.asBoolean()) fail('01', 'not-marked', 'the catalog has no /MarkInfo << /Marked true >>');
  const suspects = markInfo instanceof PDFDict ? lookup(markInfo.get(PDFName.of('Suspects'))) : undefined;
  if (suspects instanceof PDFBool && suspects.asBoolean()) fail('01', 'suspects', '/MarkInfo has /Suspects true');
  const holders = new Map<string, PDFDict>();
  const tree = readStructure(doc, holders);
  if (!tree) fail('01', 'no-structure-tree', 'the file has no structure tree (StructTreeRoot)');
  const referenced = new Set<string>();
  /** The parent-tree entry of a page (an array of elements by MCID). */
  const parentTreeEntry = (page: number): PDFObject | undefined => parentTreeValue(lookup(doc.getPage(page - 1).node.get(PDFName.of('StructParents'))));
  /** The parent-tree value of a key (a page's `/StructParents`, an annotation's `/StructParent`). */
  const parentTreeValue = (key: PDFObject | undefined): PDFObject | undefined => {
    const root = lookup(catalog.get(PDFName.of('StructTreeRoot')));
    if (!(root instanceof PDFDict) || !(key instanceof PDFNumber)) return undefined;
    const find = (node: PDFObject | undefined): PDFObject | undefined => {
      if (!(node instanceof PDFDict)) return undefined;
      const nums = lookup(node.get(PDFName.of('Nums')));
      if (nums instanceof PDFArray) for (let i = 0; i + 1 < nums.size(); i += 2) if ((lookup(nums.get(i)) as PDFNumber | undefined)?.asNumber?.() === key.asNumber()) return lookup(nums.get(i + 1));
      const kids = lookup(node.get(PDFName.of('Kids')));
      if (kids instanceof PDFArray) for (const k of kids.asArray()) { const hit = find(lookup(k)); if (hit) return hit; }
      return undefined;
    };
    return find(lookup(root.get(PDFName.of('ParentTree'))));
  };
  const walk = (node: StructNode, visit: (e: StructElement, parent: StructElement | undefined) => void, parent?: StructElement) => {
    if (node.type === 'content') referenced.add(`${node.page}:${node.mcid}`);
    if (node.type !== 'element') return;
    visit(node, parent);
    for (const c of node.children) walk(c, visit, node);
  };
  const elements: { e: StructElement; parent: StructElement | undefined }[] = [];
  if (tree) walk(tree, (e, parent) => elements.push({ e, parent }));
  for (const marks of readPageMarks(doc)) {
    if (marks.unmarked.length) {
      const ops = [...new Set(marks.unmarked)].join(', ');
      fail('01', 'untagged-content', `${marks.unmarked.length} drawing operations (${ops}) are neither tagged content nor an artifact`, marks.page);
    }
    for (const mcid of marks.taggedInArtifact) fail('01', 'tagged-in-artifact', `tagged content (MCID ${mcid}) inside an artifact`, marks.page);
    const orphans = marks.mcids.filter((m) => !referenced.has(`${marks.page}:${m}`));
    if (tree && orphans.length) fail('01', 'content-not-in-tree', `marked content (MCID ${orphans.slice(0, 5).join(', ')}) that no structure element holds`, marks.page);
    // Readers go from content to its element through the parent tree: it must agree with the tree.
    if (tree && marks.mcids.length) {
      const entry = parentTreeEntry(marks.page);
      const wrong = marks.mcids.filter((m) => holders.has(`${marks.page}:${m}`) && (!(entry instanceof PDFArray) || lookup(entry.get(m)) !== holders.get(`${marks.page}:${m}`)));
      if (wrong.length) fail('01', 'parent-tree', `the parent tree does not lead marked content (MCID ${wrong.slice(0, 5).join(', ')}) to the element that holds it`, marks.page);
    }
  }
  for (const { e } of elements.slice(1)) if (!STANDARD.has(e.role)) fail('02', 'non-standard-type', `structure type ${e.role} is not a standard type and has no role mapping`);

  // 06: metadata with the PDF/UA identifier and a title.
  const metadata = lookup(catalog.get(PDFName.of('Metadata')));
  const xmp = metadata instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8') : undefined;
  if (!xmp) fail('06', 'no-xmp', 'the catalog has no XMP metadata stream');
  else {
    const broken = xmlProblem(xmp);
    if (broken) fail('06', 'xmp-not-well-formed', `the XMP metadata is not well-formed XML: ${broken}`);
    if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part\s*=\s*["']1["']/.test(xmp)) fail('06', 'no-pdfua-identifier', 'the XMP metadata has no pdfuaid:part 1');
    const title = /<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(xmp)?.[1]?.trim();
    if (!title) fail('06', 'no-title', 'the XMP metadata has no dc:title');
  }

  // 07: the title, not the file name, in the window.
  const prefs = lookup(catalog.get(PDFName.of('ViewerPreferences')));
  const display = prefs instanceof PDFDict ? lookup(prefs.get(PDFName.of('DisplayDocTitle'))) : undefined;
  if (!(display instanceof PDFBool) || !display.asBoolean()) fail('07', 'display-doc-title', 'no /ViewerPreferences << /DisplayDocTitle true >>');

  // 11: the natural language of the document and of every element that says one.
  const docLang = textOf(lookup(catalog.get(PDFName.of('Lang'))));
  if (!docLang) fail('11', 'no-document-language', 'the catalog has no /Lang');
  else if (!LANGUAGE_TAG.test(docLang)) fail('11', 'bad-language', `the document language "${docLang}" is not a language tag`);
  for (const { e } of elements) if (e.lang !== undefined && !LANGUAGE_TAG.test(e.lang)) fail('11', 'bad-language', `${e.role} has language "${e.lang}", not a language tag`);

  // 13: a Figure says what it shows.
  for (const { e } of elements) if (e.role === 'Figure' && !e.alt?.trim() && !e.actualText?.trim()) fail('13', 'figure-without-alt', 'a Figure has no alternative text (/Alt)');

  // 14: headings start at H1 and never skip a level going down.
  const headings = elements.map(({ e }) => /^H([1-6])$/.exec(e.role)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
  if (headings.length && headings[0] !== 1) fail('14', 'first-heading-not-h1', `the first heading is H${headings[0]}, not H1`);
  headings.forEach((level, i) => {
    if (i > 0 && level > headings[i - 1]! + 1) fail('14', 'skipped-heading-level', `H${level} follows H${headings[i - 1]}: a level is skipped`);
  });

  // 16: lists are L > LI > (Lbl, LBody).
  for (const { e, parent } of elements) {
    if (e.role === 'LI' && parent?.role !== 'L') fail('16', 'list-item-outside-list', `an LI is inside ${parent?.role ?? 'nothing'}, not an L`);
    if ((e.role === 'Lbl' || e.role === 'LBody') && parent?.role !== 'LI') fail('16', 'label-outside-list-item', `a ${e.role} is inside ${parent?.role ?? 'nothing'}, not an LI`);
    if (e.role === 'L') {
      const bad = e.children.filter((c) => c.type !== 'element' || !['LI', 'L', 'Caption'].includes(c.role));
      if (bad.length) fail('16', 'list-child', `an L holds ${bad.map((c) => (c.type === 'element' ? c.role : 'content')).join(', ')}, not only LI`);
    }
    if (e.role === 'LI') {
      const bad = e.children.filter((c) => c.type !== 'element' || !['Lbl', 'LBody'].includes(c.role));
      if (bad.length) fail('16', 'list-item-child', `an LI holds ${bad.map((c) => (c.type === 'element' ? c.role : 'content')).join(', ')}, not only Lbl and LBody`);
    }
  }

  // 15: tables are Table > (Caption, THead/TBody/TFoot >) TR > TH/TD, every row with as many cells.
  const SECTIONS = ['THead', 'TBody', 'TFoot'];
  for (const { e, parent } of elements) {
    if (e.role === 'TR' && !['Table', ...SECTIONS].includes(parent?.role ?? '')) fail('15', 'row-outside-table', `a TR is inside ${parent?.role ?? 'nothing'}, not a Table`);
    if ((e.role === 'TH' || e.role === 'TD') && parent?.role !== 'TR') fail('15', 'cell-outside-row', `a ${e.role} is inside ${parent?.role ?? 'nothing'}, not a TR`);
    // 15-003 (drukklaar writes no Headers/ID pairs): a header cell says which cells it heads.
    if (e.role === 'TH' && !['Row', 'Column', 'Both'].includes(e.scope ?? '')) fail('15', 'th-without-scope', 'a TH has no /Scope (Row, Column or Both)');
    if (e.role === 'Table') {
      const rows: StructElement[] = [];
      for (const c of e.children) {
        if (c.type !== 'element' || !['TR', 'Caption', ...SECTIONS].includes(c.role)) fail('15', 'table-child', `a Table holds ${c.type === 'element' ? c.role : 'content'}, not rows`);
        else if (c.role === 'TR') rows.push(c);
        else if (SECTIONS.includes(c.role)) rows.push(...c.children.filter((r): r is StructElement => r.type === 'element' && r.role === 'TR'));
      }
      const widths = new Set(rows.map((r) => r.children.filter((c) => c.type === 'element' && (c.role === 'TH' || c.role === 'TD')).length));
      if (widths.size > 1) fail('15', 'irregular-table', `the rows of a table have ${[...widths].join(' and ')} cells`);
    }
  }

  // 28: an element holding an annotation names the page the annotation is on.
  const objects: StructNode[] = [];
  const collect = (n: StructNode) => (n.type === 'element' ? n.children.forEach(collect) : n.type === 'object' && objects.push(n));
  if (tree) collect(tree);
  for (const o of objects) {
    if (o.type === 'object' && o.annotationPage !== undefined && o.page !== o.annotationPage) fail('28', 'annotation-wrong-page', `the structure tree places an annotation of page ${o.annotationPage} on page ${o.page ?? '?'}`, o.annotationPage);
  }

  // 28 and 31, per page: annotations in the tree and in tab order, fonts embedded with Unicode.
  const fontsSeen = new Set<PDFObject>();
  doc.getPages().forEach((p, index) => {
    const page = index + 1;
    const annots = lookup(p.node.get(PDFName.of('Annots')));
    const list = annots instanceof PDFArray ? annots.asArray().map(lookup) : [];
    const real = list.filter((a): a is PDFDict => a instanceof PDFDict && textOf(a.get(PDFName.of('Subtype'))) !== 'Popup');
    if (real.length && textOf(p.node.get(PDFName.of('Tabs'))) !== 'S') fail('28', 'tab-order', 'a page with annotations has no /Tabs /S', page);
    for (const a of real) {
      const subtype = textOf(a.get(PDFName.of('Subtype')));
      const key = lookup(a.get(PDFName.of('StructParent')));
      if (!(key instanceof PDFNumber)) {
        fail('28', 'annotation-not-tagged', `a ${subtype} annotation is not in the structure tree`, page);
        continue;
      }
      // 28-010, 28-011: a field in a Form element, a link in a Link element.
      const holder = lookup(parentTreeValue(key));
      const role = holder instanceof PDFDict ? textOf(holder.get(PDFName.of('S'))) : undefined;
      const wanted = subtype === 'Widget' ? 'Form' : subtype === 'Link' ? 'Link' : undefined;
      if (wanted && role !== wanted) fail('28', 'annotation-wrong-element', `a ${subtype} annotation is held by ${role ?? 'no element'}, not a ${wanted} element`, page);
      // 28-005: a form field says what it is for (/TU, on the widget or a field above it).
      if (subtype === 'Widget') {
        let field: PDFObject | undefined = a;
        let described = false;
        for (let depth = 0; field instanceof PDFDict && depth < 8 && !described; depth++, field = lookup(field.get(PDFName.of('Parent')))) described = !!textOf(lookup(field.get(PDFName.of('TU'))))?.trim();
        if (!described) fail('28', 'field-without-description', 'a form field has no description (/TU)', page);
      }
      // 28-012: a link says where it goes (/Contents).
      if (subtype === 'Link' && !textOf(lookup(a.get(PDFName.of('Contents'))))?.trim()) fail('28', 'link-without-description', 'a link annotation has no /Contents', page);
    }

    const resources = lookup(p.node.get(PDFName.of('Resources')));
    const fonts = resources instanceof PDFDict ? lookup(resources.get(PDFName.of('Font'))) : undefined;
    if (!(fonts instanceof PDFDict)) return;
    for (const [, ref] of fonts.entries()) {
      if (fontsSeen.has(ref)) continue;
      fontsSeen.add(ref);
      const font = lookup(ref);
      if (!(font instanceof PDFDict)) continue;
      const name = (textOf(font.get(PDFName.of('BaseFont'))) ?? '?').replace(/^[A-Z]{6}\+/, '');
      const subtype = textOf(font.get(PDFName.of('Subtype')));
      const descendants = lookup(font.get(PDFName.of('DescendantFonts')));
      const described = subtype === 'Type0' && descendants instanceof PDFArray ? lookup(descendants.get(0)) : font;
      const descriptor = described instanceof PDFDict ? lookup(described.get(PDFName.of('FontDescriptor'))) : undefined;
      const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
      if (subtype !== 'Type3' && !embedded) fail('31', 'font-not-embedded', `font ${name} is not embedded`, page);
      const named = ['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding'].includes(textOf(lookup(font.get(PDFName.of('Encoding')))) ?? '');
      if (!font.has(PDFName.of('ToUnicode')) && (subtype === 'Type0' || !named)) fail('31', 'no-unicode-map', `font ${name} has no ToUnicode map`, page);
    }
  });
  return findings;
}
