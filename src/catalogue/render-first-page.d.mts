/** Render page 1 of a PDF to a WebP image `width` pixels wide. */
export function renderFirstPage(pdf: Uint8Array, width: number): Promise<{ data: Buffer; width: number; height: number }>;
