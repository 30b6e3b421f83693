/**
 * Render the first page of PDFs to small WebP images with pdfjs-dist and @napi-rs/canvas
 * (pure npm packages: no system libraries, no browser). Several PDFs are drawn at once on
 * worker threads, one per core; without workers (or if one cannot start) they are drawn
 * in this thread. pdfjs is loaded lazily, so builds with nothing to draw never load it.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { toolRoot } from '../tool-root.js';
import { renderFirstPage } from './render-first-page.mjs';

/** Width in pixels of a thumbnail (shown at about half that, sharp on high-dpi screens). */
export const THUMB_WIDTH = 320;

/** A rendered thumbnail: image bytes and pixel size. */
export interface Thumbnail {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Render page 1 of `pdf` scaled to `width` pixels wide, in this thread.
 * @param pdf the PDF file's bytes (not modified)
 */
export function renderThumbnail(pdf: Uint8Array, width = THUMB_WIDTH): Promise<Thumbnail> {
  return renderFirstPage(pdf, width);
}

type Reply = { id: number; data: Uint8Array; width: number; height: number } | { id: number; error: string };

/**
 * Render the first page of each file, calling `done` as each finishes (in any order).
 * @param files absolute paths of PDFs
 * @param done receives a thumbnail or the error for one file
 */
export async function renderThumbnails(
  files: string[],
  done: (file: string, result: Thumbnail | Error) => void,
  options: { width?: number; threads?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const width = options.width ?? THUMB_WIDTH;
  const queue = [...files];
  const inThread = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (options.signal?.aborted) return;
      try {
        done(file, await renderThumbnail(readFileSync(file), width));
      } catch (e) {
        done(file, e instanceof Error ? e : new Error(String(e)));
      }
    }
  };
  const threads = Math.min(options.threads ?? Math.min(4, availableParallelism()), files.length);
  if (threads < 2) return inThread();

  const script = resolve(toolRoot(), 'src/catalogue/thumbnail-worker.mjs');
  const lane = async (): Promise<void> => {
    let worker: Worker;
    try {
      worker = new Worker(script);
    } catch {
      return inThread();
    }
    try {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        if (options.signal?.aborted) return;
        const f = file;
        const reply = await new Promise<Reply | 'dead'>((ok) => {
          const onMessage = (m: Reply) => (cleanup(), ok(m));
          const onError = () => (cleanup(), ok('dead'));
          const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onError);
          };
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', onError);
          worker.postMessage({ id: 0, file: f, width });
        });
        if (reply === 'dead') {
          queue.unshift(f); // the worker could not run: draw the rest here
          return inThread();
        }
        done(f, 'error' in reply ? new Error(reply.error) : { data: Buffer.from(reply.data), width: reply.width, height: reply.height });
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
}
