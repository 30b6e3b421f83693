// Worker thread for thumbnails: receives { id, file, width }, answers { id, data, width,
// height } or { id, error }. Started by thumbnail.ts; plain JavaScript, no loader needed.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderFirstPage } from './render-first-page.mjs';

parentPort?.on('message', async (msg) => {
  try {
    const t = await renderFirstPage(readFileSync(msg.file), msg.width);
    parentPort?.postMessage({ id: msg.id, data: t.data, width: t.width, height: t.height });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: String((e && e.message) || e).split('\n')[0] });
  }
});
