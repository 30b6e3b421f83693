// Render page 1 of a PDF to JPEG with pdfjs-dist and @napi-rs/canvas. Plain JavaScript so
// a worker thread can load it without a TypeScript loader (thumbnail-worker.mjs); the
// types are in render-first-page.d.mts.

/**
 * `import()` through the compiled CLI's launcher when there is one (see src/external-import.ts).
 * @param {string} specifier
 */
const importExternal = (specifier) => globalThis[Symbol.for('drukklaar.importExternal')]?.(specifier) ?? import(specifier);

/** @type {Promise<[any, typeof import('@napi-rs/canvas')]> | undefined} */
let loading;

/**
 * Load pdfjs, its parser (normally loaded by the first getDocument) and the canvas, once.
 * A worker calls this as it starts, so the loading overlaps with the PDFs being rendered.
 */
export function loadPdfjs() {
  loading ??= Promise.all([
    importExternal('pdfjs-dist/legacy/build/pdf.mjs'),
    importExternal('@napi-rs/canvas'),
    // Sets globalThis.pdfjsWorker, which pdfjs then uses instead of importing it itself.
    importExternal('pdfjs-dist/legacy/build/pdf.worker.mjs').then((w) => ((globalThis.pdfjsWorker ??= w), w)),
  ]).then(([pdfjs, canvas]) => [pdfjs, canvas]);
  return loading;
}

/**
 * @param {Uint8Array} pdf
 * @param {number} width
 * @returns {Promise<{ data: Buffer, width: number, height: number }>}
 */
export async function renderFirstPage(pdf, width) {
  const [pdfjs, { createCanvas }] = await loadPdfjs();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
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
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    page.cleanup();
    // JPEG: as small as WebP for a page, and encoded five times faster (4 against 20 ms).
    return { data: await canvas.encode('jpeg', 85), width: w, height: h };
  } finally {
    await doc.destroy();
  }
}
