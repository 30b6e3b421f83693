/** Load pdfjs and the canvas now (once), before the first PDF is drawn. */
export function loadPdfjs(): Promise<unknown>;
/** Render page 1 of a PDF to a WebP image `width` pixels wide. */
export function renderFirstPage(pdf: Uint8Array, width: number): Promise<{ data: Buffer; width: number; height: number }>;
