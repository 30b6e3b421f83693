/**
 * A tagged PDF read the way a screen reader walks it: the structure tree in order, each
 * element with the language it is spoken in (its own /Lang, else its parent's, else the
 * document's) and the text of the content it holds, as pdfjs (Firefox's reader) extracts
 * it. For golden files and for people reviewing the tagging, not for a gate.
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import { readStructure, textOf, type StructElement } from './read-structure.js';

/** One element as read. */
export interface ReadLine {
  /** Nesting under the document root (0 = a child of the root). */
  depth: number;
  role: string;
  /** The language it is read in. */
  lang: string;
  /** Its own text (not its children's), when it holds content: its /ActualText when it has one. */
  text: string;
  alt?: string;
}

/** Marks that shape the layout, not the text (bidi isolates and embeddings, soft hyphen). */
const LAYOUT_MARKS = /[\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text of each marked-content sequence, keyed `page:mcid`, as pdfjs extracts it. */
async function markedText(pdf: Uint8Array): Promise<Map<string, string>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const out = new Map<string, string>();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: (string | undefined)[] = [];
      for (const item of content.items) {
        if ('type' in item && item.type === 'beginMarkedContentProps') {
          const mcid = /_mc(\d+)$/.exec(String(item.id ?? ''))?.[1];
          open.push(mcid === undefined ? undefined : `${n}:${mcid}`);
        } else if ('type' in item && item.type === 'beginMarkedContent') open.push(undefined);
        else if ('type' in item && item.type === 'endMarkedContent') open.pop();
        else if ('str' in item) {
          let key: string | undefined;
          for (let k = open.length - 1; k >= 0 && !key; k--) key = open[k];
          if (key) out.set(key, (out.get(key) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
        }
      }
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/**
 * The structure tree of a tagged PDF in reading order, each element with its language and text.
 * @param pdf the file's bytes
 * @returns the elements in order; empty for an untagged file
 */
export async function readAloud(pdf: Uint8Array): Promise<ReadLine[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const tree = readStructure(doc);
  if (!tree) return [];
  const docLang = textOf(doc.catalog.lookup(PDFName.of('Lang'))) ?? '?';
  const texts = await markedText(pdf);
  const lines: ReadLine[] = [];
  const walk = (e: StructElement, depth: number, lang: string) => {
    const own = e.lang ?? lang;
    // A reader speaks an element's /ActualText instead of its glyphs.
    const text = (e.actualText ?? e.children.map((c) => (c.type === 'content' ? (texts.get(`${c.page}:${c.mcid}`) ?? '') : '')).join(' '))
      .replace(LAYOUT_MARKS, '')
      .replace(/\s+/g, ' ')
      .trim();
    lines.push({ depth, role: e.role, lang: own, text, ...(e.alt ? { alt: e.alt } : {}) });
    for (const c of e.children) if (c.type === 'element') walk(c, depth + 1, own);
  };
  for (const c of tree.children) if (c.type === 'element') walk(c, 0, docLang);
  return lines;
}

/** Read lines as text, one element a line, indented by depth: `H2 [ar] text`. */
export function formatReadAloud(lines: ReadLine[]): string {
  return lines.map((l) => `${'  '.repeat(l.depth)}${l.role} [${l.lang}]${l.alt ? ` (alt: ${l.alt})` : ''}${l.text ? ` ${l.text}` : ''}`).join('\n') + '\n';
}
