/**
 * Small helpers on the PDFs react-pdf writes: dating a document by the build and counting
 * its pages. A leaf module (react-pdf and react only), so that kinds and the renderer can
 * share it without importing each other.
 */
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { cloneElement, type ReactElement } from 'react';

/** Number of pages in a PDF written by react-pdf (pdfkit writes one `/Type /Page` per page). */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Render a react-pdf Document dated by the build, not the clock: pdfkit derives the file's
 * /ID from the date, so the same inputs give the same bytes.
 * @param element a react-pdf `<Document>` element
 * @param date the build's date (SOURCE_DATE_EPOCH for reproducible builds)
 */
export function renderDated(element: ReactElement, date: Date): Promise<Uint8Array> {
  const dated = cloneElement(element as ReactElement<DocumentProps>, { creationDate: date, modificationDate: date } as Partial<DocumentProps>);
  return renderToBuffer(dated);
}
