/**
 * A tagged PDF read back as plain data with pdf-lib: the structure tree in its order (each
 * element's type, language, alternative text and what it holds), and per page the marked
 * content of the content streams (what is drawn inside an Artifact, inside tagged content,
 * or outside both). Reading only: the checks are in check-pdf.ts.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { operators } from '../render/find-notdef.js';

/** A structure element. */
export interface StructElement {
  type: 'element';
  /** Structure type (`/S`), e.g. `H1`, `LI`. */
  role: string;
  /** Its own `/Lang`, when it has one. */
  lang?: string;
  alt?: string;
  actualText?: string;
  /** A table cell's `/Scope` attribute (`Row`, `Column`, `Both`). */
  scope?: string;
  children: StructNode[];
}

/** Marked content of a page (1-based) that an element holds. */
export interface ContentRef {
  type: 'content';
  page: number;
  mcid: number;
}

/** An annotation an element holds (`OBJR`). */
export interface ObjectRef {
  type: 'object';
  /** The page the OBJR names (`/Pg`, or its element's). */
  page?: number;
  /** The page whose `/Annots` holds the annotation, if any does. */
  annotationPage?: number;
}

export type StructNode = StructElement | ContentRef | ObjectRef;

/** What the content streams of one page draw, by marking. */
export interface PageMarks {
  page: number;
  /** Marked-content ids (`/MCID`) on the page. */
  mcids: number[];
  /** Painting operators drawn neither in an Artifact nor in tagged content (e.g. `TJ`, `f`, `Do`). */
  unmarked: string[];
  /** Marked-content ids opened inside an Artifact. */
  taggedInArtifact: number[];
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'Do', 'sh', 'BI']);

/** Text of a PDF string or name, or undefined. */
export function textOf(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFName) return o.decodeText();
  return undefined;
}

/**
 * The structure tree in its order, or undefined for an untagged file.
 * @param doc the loaded document
 * @param holders filled, when given, with the element dictionary that holds each `page:mcid`
 */
export function readStructure(doc: PDFDocument, holders?: Map<string, PDFDict>): StructElement | undefined {
  const context = doc.context;
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? context.lookup(o) : o);
  const root = lookup(doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return undefined;
  const pageNumber = new Map<PDFObject, number>();
  doc.getPages().forEach((p, i) => {
    pageNumber.set(p.ref, i + 1);
    pageNumber.set(p.node, i + 1);
  });
  const pageOf = (o: PDFObject | undefined) => (o ? (pageNumber.get(o) ?? pageNumber.get(lookup(o)!)) : undefined);
  const annotationPage = new Map<PDFObject, number>();
  doc.getPages().forEach((p, i) => {
    const annots = lookup(p.node.get(PDFName.of('Annots')));
    if (annots instanceof PDFArray) for (const a of annots.asArray()) annotationPage.set(lookup(a)!, i + 1);
  });

  const kids = (k: PDFObject | undefined, page: number | undefined, seen: Set<PDFObject>, owner?: PDFDict): StructNode[] => {
    const value = lookup(k);
    if (value === undefined) return [];
    if (value instanceof PDFArray) return value.asArray().flatMap((x) => kids(x, page, seen, owner));
    const held = (at: number, mcid: number): ContentRef => {
      if (owner) holders?.set(`${at}:${mcid}`, owner);
      return { type: 'content', page: at, mcid };
    };
    if (value instanceof PDFNumber) return page === undefined ? [] : [held(page, value.asNumber())];
    if (!(value instanceof PDFDict) || seen.has(value)) return [];
    seen.add(value);
    const kind = textOf(value.get(PDFName.of('Type')));
    if (kind === 'MCR') {
      const mcid = lookup(value.get(PDFName.of('MCID')));
      const at = pageOf(value.get(PDFName.of('Pg'))) ?? page;
      return mcid instanceof PDFNumber && at !== undefined ? [held(at, mcid.asNumber())] : [];
    }
    if (kind === 'OBJR') {
      const on = annotationPage.get(lookup(value.get(PDFName.of('Obj')))!);
      return [{ type: 'object', page: pageOf(value.get(PDFName.of('Pg'))) ?? page, ...(on ? { annotationPage: on } : {}) }];
    }
    return [element(value, page, seen)];
  };

  const element = (dict: PDFDict, page: number | undefined, seen: Set<PDFObject>): StructElement => {
    const at = pageOf(dict.get(PDFName.of('Pg'))) ?? page;
    const lang = textOf(lookup(dict.get(PDFName.of('Lang'))));
    const alt = textOf(lookup(dict.get(PDFName.of('Alt'))));
    const actualText = textOf(lookup(dict.get(PDFName.of('ActualText'))));
    const attributes = lookup(dict.get(PDFName.of('A')));
    const owners = attributes instanceof PDFArray ? attributes.asArray().map(lookup) : [attributes];
    const scope = owners.map((a) => (a instanceof PDFDict ? textOf(lookup(a.get(PDFName.of('Scope')))) : undefined)).find((x) => x !== undefined);
    return {
      type: 'element',
      role: textOf(dict.get(PDFName.of('S'))) ?? '?',
      ...(lang !== undefined ? { lang } : {}),
      ...(alt !== undefined ? { alt } : {}),
      ...(actualText !== undefined ? { actualText } : {}),
      ...(scope !== undefined ? { scope } : {}),
      children: kids(dict.get(PDFName.of('K')), at, seen, dict),
    };
  };

  return { type: 'element', role: 'StructTreeRoot', children: kids(root.get(PDFName.of('K')), undefined, new Set()) };
}

/**
 * The marked content of every page's content streams.
 * @param doc the loaded document
 */
export function readPageMarks(doc: PDFDocument): PageMarks[] {
  const context = doc.context;
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? context.lookup(o) : o);
  return doc.getPages().map((p, index) => {
    const contents = lookup(p.node.get(PDFName.of('Contents')));
    const streams = (contents instanceof PDFArray ? contents.asArray().map(lookup) : [contents]).filter((s): s is PDFRawStream => s instanceof PDFRawStream);
    const marks: PageMarks = { page: index + 1, mcids: [], unmarked: [], taggedInArtifact: [] };
    const stack: { artifact: boolean; mcid?: number }[] = [];
    for (const stream of streams) {
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const op of operators(text)) {
        if (op.name === 'BMC' || op.name === 'BDC') {
          const tag = op.operands[0] ?? '';
          const props = op.name === 'BDC' ? (op.operands[1] ?? '') : '';
          const m = /\/MCID\s+(\d+)/.exec(props);
          const mcid = m ? Number(m[1]) : undefined;
          if (mcid !== undefined) {
            marks.mcids.push(mcid);
            if (stack.some((s) => s.artifact)) marks.taggedInArtifact.push(mcid);
          }
          stack.push({ artifact: tag === '/Artifact', ...(mcid !== undefined ? { mcid } : {}) });
        } else if (op.name === 'EMC') stack.pop();
        else if (PAINTING.has(op.name) && !stack.some((s) => s.artifact || s.mcid !== undefined)) marks.unmarked.push(op.name);
      }
    }
    return marks;
  });
}
