// Worker thread for thumbnails: receives { id, file, width }, answers { id, data, width,
// height } or { id, error }. Started by thumbnail.ts; plain JavaScript, no loader needed.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadPdfjs, renderFirstPage } from './render-first-page.mjs';

// Load pdfjs while waiting for the first file (a failure shows when a file is drawn).
loadPdfjs().catch(() => {});

// Files arrive while one is being drawn: draw them one after another, in order.
let drawing = Promise.resolve();
parentPort?.on('message', (msg) => {
  drawing = drawing.then(() => draw(msg));
});

async function draw(msg) {
  try {
    const t = await renderFirstPage(readFileSync(msg.file), msg.width);
    parentPort?.postMessage({ id: msg.id, data: t.data, width: t.width, height: t.height });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: String((e && e.message) || e).split('\n')[0] });
  }
}
