/**
 * Whether a PDF written by drukklaar is a tagged PDF that claims PDF/UA-1: a quick look at
 * the bytes (pdfkit writes the catalog and the XMP packet uncompressed; pdf-lib, which
 * finishes the single cards, may put the catalog in an object stream, which is inflated),
 * for the manifest and the catalogue. The full check is check-pdf.ts.
 */
import { constants, inflateSync } from 'node:zlib';

/**
 * @param pdf the file's bytes
 * @returns true when it has a structure tree, is marked, and its XMP says pdfuaid:part 1
 */
export function claimsPdfUa(pdf: Uint8Array): boolean {
  const text = latin1(pdf);
  return isTagged(text) && PDFUA_ID.test(text);
}

/**
 * Whether a PDF claims PDF/UA without being tagged: react-pdf's `conformance: 'PDF/UA'`
 * alone writes the claim. A false claim, which no output may carry.
 * @param pdf the file's bytes
 */
export function falsePdfUaClaim(pdf: Uint8Array): boolean {
  const text = latin1(pdf);
  return PDFUA_ID.test(text) && !isTagged(text);
}

const PDFUA_ID = /<pdfuaid:part>\s*1\s*<\/pdfuaid:part>/;
/** The file as text, with the contents of its object streams (where a catalog can be) appended. */
function latin1(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString('latin1');
  const inner: string[] = [];
  for (const m of text.matchAll(/\/Type\s*\/ObjStm[^]*?stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      inner.push(inflateSync(bytes.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      // not a deflated stream: nothing to read in it
    }
  }
  return inner.length ? `${text}\n${inner.join('\n')}` : text;
}
const isTagged = (text: string) => text.includes('/StructTreeRoot') && /\/Marked\s+true/.test(text);
