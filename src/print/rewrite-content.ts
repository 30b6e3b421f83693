/**
 * Apply a transformation to every content stream a PDF draws with: the pages' contents and
 * the forms they place (card sheets place whole card pages as forms). Fonts, images and
 * other streams are left as they are.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/**
 * @param pdf the PDF
 * @param transform from a decoded content stream (latin1 text) to the new one
 * @returns the rewritten PDF
 */
export async function rewriteContentStreams(pdf: Uint8Array, transform: (content: string) => string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = doc;
  const done = new Set<PDFRef>();
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? context.lookup(o) : o);

  const rewrite = (ref: PDFRef) => {
    if (done.has(ref)) return;
    done.add(ref);
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) return;
    const before = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const after = transform(before);
    const dict = stream.dict.clone(context);
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    dict.delete(PDFName.of('Length'));
    context.assign(ref, context.flateStream(Buffer.from(after, 'latin1'), Object.fromEntries(dict.entries().map(([k, v]) => [k.decodeText(), v]))));
    forms(lookup(stream.dict.get(PDFName.of('Resources'))) as PDFDict | undefined);
  };
  const forms = (resources: PDFDict | undefined) => {
    const xobjects = lookup(resources?.get(PDFName.of('XObject'))) as PDFDict | undefined;
    for (const [, value] of xobjects?.entries() ?? []) {
      if (!(value instanceof PDFRef)) continue;
      const x = context.lookup(value);
      if (x instanceof PDFRawStream && (x.dict.get(PDFName.of('Subtype')) as PDFName | undefined)?.decodeText() === 'Form') rewrite(value);
    }
  };
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const r of refs) if (r instanceof PDFRef) rewrite(r);
    forms(page.node.Resources());
  }
  return doc.save({ useObjectStreams: false });
}
