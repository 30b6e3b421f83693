/**
 * Find empty boxes in a rendered PDF: glyph 0 (.notdef) drawn anywhere. A font draws
 * .notdef for a character it has no glyph for; the coverage check of the source text
 * (coverage.ts) cannot see characters that only the layout adds (a break hyphen, a
 * shaping result, a mark), so the drawn PDF is checked too.
 *
 * Reads the content streams of every page and of the forms they draw (imposed sheets place
 * whole pages as forms), follows the font set by `Tf`, and looks at the glyph codes that
 * `Tj`/`TJ` show with a composite (Type0, Identity-H) font: two bytes per glyph, where 0
 * is .notdef in every subset pdfkit writes. The text around a hit is read back through
 * the font's ToUnicode map, so the message can quote it.
 */
import { inflateSync } from 'node:zlib';
import type { PDFDict, PDFName, PDFObject, PDFRawStream } from 'pdf-lib';

/** One .notdef drawn: where, and the text around it as a reader would see it. */
export interface NotdefHit {
  /** 1-based page number. */
  page: number;
  /** Name of the font (its BaseFont, without the subset prefix). */
  font: string;
  /** Text shown around the empty box, with `□` where it is. */
  context: string;
}

interface FontInfo {
  name: string;
  twoByte: boolean;
  toUnicode: Map<number, string>;
}

/**
 * Whether a PDF may draw glyph 0: a fast look at its page content streams for a shown hex
 * string with a `0000` code, without parsing the document (pdf-lib costs a quarter second
 * to load). No means no; yes is confirmed by `findNotdefGlyphs`. A file with object streams
 * gets the full look unless every page's dictionary is outside them (drukklaar's tagged
 * PDFs pack only their structure there; pdf-lib packs pages too).
 */
export function mayDrawNotdef(pdf: Uint8Array): boolean {
  const raw = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = raw.toString('latin1');
  if (text.includes('/ObjStm') && !allPagesInPlainSight(text)) return true;
  for (const m of text.matchAll(/\/Contents\s+(?:(\d+)\s+0\s+R|\[([^\]]*)\])/g)) {
    const refs = m[1] ? [m[1]] : [...m[2]!.matchAll(/(\d+)\s+0\s+R/g)].map((r) => r[1]!);
    for (const ref of refs) {
      const obj = text.search(new RegExp(`(?:^|[\\r\\n])${ref} 0 obj\\b`));
      const start = obj < 0 ? -1 : text.indexOf('stream', obj);
      const end = start < 0 ? -1 : text.indexOf('endstream', start);
      if (end < 0) return true;
      const body = raw.subarray(start + (text[start + 6] === '\r' ? 8 : 7), end);
      let content: string;
      try {
        content = /\/FlateDecode/.test(text.slice(obj, start)) ? inflateSync(body).toString('latin1') : body.toString('latin1');
      } catch {
        return true;
      }
      if (showsGlyphZero(content)) return true;
    }
  }
  return false;
}

/**
 * Whether every page's dictionary can be read without unpacking object streams: as many
 * `/Type /Page` dictionaries in the file's text as the page tree's root counts (a bookmark's
 * `/Count` is not a page count).
 */
function allPagesInPlainSight(text: string): boolean {
  const counts = [...text.matchAll(/\/Type\s*\/Pages(?![a-zA-Z])/g)].map((m) => {
    const dict = text.slice(text.lastIndexOf('<<', m.index), text.indexOf('>>', m.index));
    return Number(/\/Count\s+(\d+)/.exec(dict)?.[1] ?? 0);
  });
  const pages = counts.length ? Math.max(...counts) : 0;
  const seen = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return pages > 0 && seen === pages;
}

/** Whether a content stream has a hex string with a 0000 code (two-byte glyph codes). */
function showsGlyphZero(content: string): boolean {
  let at = content.indexOf('<');
  while (at >= 0) {
    if (content.charCodeAt(at + 1) === 0x3c /* << */) {
      at = content.indexOf('<', at + 2);
      continue;
    }
    const end = content.indexOf('>', at);
    if (end < 0) return false;
    const hex = content.slice(at + 1, end);
    for (let k = 0; k + 4 <= hex.length; k += 4) if (hex.startsWith('0000', k)) return true;
    at = content.indexOf('<', end);
  }
  return false;
}

/** Every .notdef glyph drawn in a PDF, at most `limit` of them. */
export async function findNotdefGlyphs(pdf: Uint8Array, limit = 20): Promise<NotdefHit[]> {
  if (!mayDrawNotdef(pdf)) return [];
  const { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const fontCache = new Map<PDFObject, FontInfo>();
  const hits: NotdefHit[] = [];

  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? context.lookup(o) : o);

  const fontInfo = (ref: PDFObject): FontInfo => {
    let info = fontCache.get(ref);
    if (info) return info;
    const dict = lookup(ref) as PDFDict;
    const base = (dict.get(PDFName.of('BaseFont')) as PDFName | undefined)?.decodeText() ?? '?';
    const subtype = (dict.get(PDFName.of('Subtype')) as PDFName | undefined)?.decodeText();
    const toUnicode = new Map<number, string>();
    const cmap = lookup(dict.get(PDFName.of('ToUnicode')));
    if (cmap instanceof PDFRawStream) parseToUnicode(Buffer.from(decodePDFRawStream(cmap).decode()).toString('latin1'), toUnicode);
    info = { name: base.replace(/^[A-Z]{6}\+/, ''), twoByte: subtype === 'Type0', toUnicode };
    fontCache.set(ref, info);
    return info;
  };

  const visit = (streams: PDFRawStream[], resources: PDFDict | undefined, page: number, seen: Set<PDFObject>) => {
    const fonts = lookup(resources?.get(PDFName.of('Font'))) as PDFDict | undefined;
    const xobjects = lookup(resources?.get(PDFName.of('XObject'))) as PDFDict | undefined;
    let font: FontInfo | undefined;
    const shown: { font: FontInfo; codes: number[] }[] = [];
    for (const stream of streams) {
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const op of operators(text)) {
        if (op.name === 'Tf') {
          const ref = fonts?.get(PDFName.of(op.operands[0]!.replace(/^\//, '')));
          font = ref ? fontInfo(ref) : undefined;
        } else if ((op.name === 'TJ' || op.name === 'Tj' || op.name === "'" || op.name === '"') && font?.twoByte) {
          const codes: number[] = [];
          for (const s of op.strings) for (let i = 0; i + 1 < s.length; i += 2) codes.push((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
          shown.push({ font, codes });
        } else if (op.name === 'Do' && xobjects) {
          const ref = xobjects.get(PDFName.of(op.operands[0]!.replace(/^\//, '')));
          const form = lookup(ref);
          if (!(form instanceof PDFRawStream) || seen.has(form)) continue;
          if ((form.dict.get(PDFName.of('Subtype')) as PDFName | undefined)?.decodeText() !== 'Form') continue;
          seen.add(form);
          visit([form], lookup(form.dict.get(PDFName.of('Resources'))) as PDFDict | undefined, page, seen);
        }
      }
    }
    const textOf = (k: number, from = 0, to?: number) =>
      (shown[k]?.codes.slice(from, to) ?? []).map((c) => (c === 0 ? '□' : (shown[k]!.font.toUnicode.get(c) ?? ''))).join('');
    shown.forEach((s, i) => {
      const j = s.codes.indexOf(0);
      if (j < 0 || hits.length >= limit) return;
      const context = `${(textOf(i - 1) + textOf(i, 0, j)).slice(-30)}${textOf(i, j).slice(0, 30)}${textOf(i + 1)}`.slice(0, 70).trim();
      if (!hits.some((h) => h.page === page && h.context === context)) hits.push({ page, font: s.font.name, context });
    });
  };

  doc.getPages().forEach((p, index) => {
    const contents = lookup(p.node.get(PDFName.of('Contents')));
    const streams = (contents instanceof PDFArray ? contents.asArray().map(lookup) : [contents]).filter((s): s is PDFRawStream => s instanceof PDFRawStream);
    visit(streams, p.node.Resources(), index + 1, new Set());
  });
  return hits;
}

export interface Operator {
  name: string;
  /** Operands as written (an inline dictionary whole, `<<...>>`; strings as `(string)` or `<hex>`). */
  operands: string[];
  /** Bytes of the string operands (literal and hex), as latin1 strings. */
  strings: string[];
}

/** The operators of a content stream with their operands (strings decoded to bytes). */
export function* operators(text: string): Generator<Operator> {
  let operands: string[] = [];
  let strings: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0') i++;
    else if (c === '%') while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === '(') {
      let depth = 1;
      let s = '';
      i++;
      while (i < n && depth > 0) {
        const d = text[i]!;
        if (d === '\\') {
          const e = text[i + 1]!;
          const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
          if (oct) {
            s += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
            i += 1 + oct[0].length;
            continue;
          }
          s += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? (e === '\n' || e === '\r' ? '' : e);
          i += 2;
          continue;
        }
        if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
        s += d;
        i++;
      }
      i++;
      strings.push(s);
      operands.push('(string)');
    } else if (c === '<' && text[i + 1] === '<') {
      // An inline dictionary (marked-content properties): one operand, as written.
      const start = i;
      let depth = 0;
      while (i < n) {
        if (text.startsWith('<<', i)) (depth++, (i += 2));
        else if (text.startsWith('>>', i)) {
          i += 2;
          if (--depth === 0) break;
        } else i++;
      }
      operands.push(text.slice(start, i));
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      const hex = text.slice(i + 1, end).replace(/\s+/g, '');
      let s = '';
      for (let k = 0; k < hex.length; k += 2) s += String.fromCharCode(parseInt(hex.slice(k, k + 2).padEnd(2, '0'), 16));
      strings.push(s);
      operands.push('<hex>');
      i = end + 1;
    } else if (c === '[' || c === ']') i++;
    else {
      let j = i;
      while (j < n && !' \n\r\t\f\0()<>[]{}/%'.includes(text[j]!)) j++;
      if (j === i) j = i + 1; // a lone delimiter
      let token = text.slice(i, j);
      if (c === '/') {
        j = i + 1;
        while (j < n && !' \n\r\t\f\0()<>[]{}/%'.includes(text[j]!)) j++;
        token = text.slice(i, j);
      }
      i = j;
      if (c === '/' || c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) operands.push(token);
      else {
        yield { name: token, operands, strings };
        if (token === 'BI') {
          // Inline image: skip its data up to EI.
          const end = text.indexOf('EI', text.indexOf('ID', i));
          i = end < 0 ? n : end + 2;
        }
        operands = [];
        strings = [];
      }
    }
  }
}

/** Read `bfchar` and `bfrange` entries of a ToUnicode CMap into code → text. */
function parseToUnicode(cmap: string, into: Map<number, string>): void {
  const utf16 = (hex: string) => {
    let s = '';
    for (let k = 0; k + 3 < hex.length; k += 4) s += String.fromCharCode(parseInt(hex.slice(k, k + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) into.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9A-Fa-f]*)>/g)].forEach((d, k) => into.set(lo + k, utf16(d[1]!)));
      } else {
        const base = dst.slice(1, -1);
        const last = parseInt(base.slice(-4), 16);
        for (let code = lo; code <= hi; code++) into.set(code, utf16(base.slice(0, -4) + (last + code - lo).toString(16).padStart(4, '0')));
      }
    }
  }
}
