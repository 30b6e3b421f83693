/**
 * Render the first page of a PDF to a small WebP image with pdfjs-dist and
 * @napi-rs/canvas (both pure npm packages: no system libraries, no browser).
 * Loaded lazily so builds that render no thumbnail never pay for pdfjs.
 */

/** Width in pixels of a thumbnail (shown at about half that, sharp on high-dpi screens). */
export const THUMB_WIDTH = 320;

/** A rendered thumbnail: image bytes and pixel size. */
export interface Thumbnail {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Render page 1 of `pdf` scaled to `width` pixels wide.
 * @param pdf the PDF file's bytes (not modified)
 * @param width target width in pixels
 */
export async function renderThumbnail(pdf: Uint8Array, width = THUMB_WIDTH): Promise<Thumbnail> {
  const [pdfjs, { createCanvas }] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('@napi-rs/canvas')]);
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / base.width });
    const w = Math.max(1, Math.round(viewport.width));
    const h = Math.max(1, Math.round(viewport.height));
    const canvas = createCanvas(w, h);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, w, h);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    page.cleanup();
    const data = await canvas.encode('webp', 82);
    return { data, width: w, height: h };
  } finally {
    await doc.destroy();
  }
}
