/**
 * Whether a PDF written by drukklaar is a tagged PDF that claims PDF/UA-1: a quick look at
 * the bytes (pdfkit writes the catalog and the XMP packet uncompressed), for the manifest
 * and the catalogue. The full check is check-pdf.ts.
 */

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
const latin1 = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
const isTagged = (text: string) => text.includes('/StructTreeRoot') && /\/Marked\s+true/.test(text);
