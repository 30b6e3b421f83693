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
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.includes('/StructTreeRoot') && /\/Marked\s+true/.test(text) && /<pdfuaid:part>\s*1\s*<\/pdfuaid:part>/.test(text);
}
