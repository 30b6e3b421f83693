/**
 * Render the first page of PDFs to small JPEG images with pdfjs-dist and @napi-rs/canvas
 * (pure npm packages: no system libraries, no browser). A Thumbnailer draws them on up to
 * `threads` worker threads, started lazily and kept for the next file (pdfjs is loaded once
 * per worker); with 0 threads, or if a worker cannot run, they are drawn in this thread.
 * pdfjs is loaded lazily, so builds with nothing to draw never load it.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { toolRoot } from '../tool-root.js';
import { renderFirstPage } from './render-first-page.mjs';

/** Width in pixels of a thumbnail (shown at about half that, sharp on high-dpi screens). */
export const THUMB_WIDTH = 320;

/**
 * Heap caps of a thumbnail worker. One thumbnail needs a few MB of JavaScript heap; without
 * caps V8 lets each worker's heap grow to hundreds of MB of garbage before collecting.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

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

/** Draws thumbnails of PDF files, first come first served. */
export interface Thumbnailer {
  /** Render page 1 of the PDF at `file`; rejects with the error for that file. */
  render(file: string): Promise<Thumbnail>;
  /** Most workers drawing at once (may be raised, e.g. once the PDF renderers are done). */
  threads: number;
  /** Stop the workers; files still queued are rejected. */
  close(): Promise<void>;
}

type Reply = { id: number; data: Uint8Array; width: number; height: number } | { id: number; error: string };
interface Job {
  file: string;
  ok: (t: Thumbnail) => void;
  fail: (e: Error) => void;
}

/** The default number of thumbnail threads: one per core, at most 4. */
export const defaultThumbnailThreads = () => Math.min(4, availableParallelism());

/**
 * @param options.threads most worker threads (0 draws in this thread)
 * @param options.width thumbnail width in pixels
 */
export function createThumbnailer(options: { threads: number; width?: number }): Thumbnailer {
  const width = options.width ?? THUMB_WIDTH;
  const script = resolve(toolRoot(), 'src/catalogue/thumbnail-worker.mjs');
  const queue: Job[] = [];
  /** Each worker and the files sent to it, by message id. */
  const lanes = new Map<Worker, Map<number, Job>>();
  let useWorkers = options.threads >= 1;
  let inThreadRunning = false;
  let closed = false;

  const runInThread = async () => {
    if (inThreadRunning) return;
    inThreadRunning = true;
    try {
      for (let job = queue.shift(); job && !closed; job = queue.shift()) {
        try {
          job.ok(await renderThumbnail(readFileSync(job.file), width));
        } catch (e) {
          job.fail(e instanceof Error ? e : new Error(String(e)));
        }
      }
    } finally {
      inThreadRunning = false;
    }
  };

  let seq = 0;
  /** Send a job to a worker at once: it queues files itself, so it keeps drawing even while
   * this thread is too busy (rendering PDFs) to hand it the next file. */
  const give = (worker: Worker, job: Job) => {
    const id = ++seq;
    lanes.get(worker)!.set(id, job);
    worker.postMessage({ id, file: job.file, width });
  };

  const startWorker = (): Worker | undefined => {
    let worker: Worker;
    try {
      worker = new Worker(script, { resourceLimits: WORKER_LIMITS });
    } catch {
      return undefined;
    }
    lanes.set(worker, new Map());
    worker.on('message', (m: Reply) => {
      const jobs = lanes.get(worker);
      const job = jobs?.get(m.id);
      if (!job) return;
      jobs!.delete(m.id);
      if ('error' in m) job.fail(new Error(m.error));
      else job.ok({ data: Buffer.from(m.data), width: m.width, height: m.height });
    });
    const dead = () => {
      const jobs = lanes.get(worker);
      if (!jobs) return; // terminated by close()
      lanes.delete(worker);
      queue.unshift(...jobs.values());
      // A worker that cannot run (or ran out of its heap) will not do better next time:
      // draw the rest in this thread.
      useWorkers = false;
      pump();
    };
    worker.on('error', dead);
    worker.on('exit', dead);
    return worker;
  };

  /** Hand queued files to the least busy worker, starting one while under the thread limit. */
  const pump = () => {
    if (closed || !queue.length) return;
    if (!useWorkers) return void runInThread();
    for (let job = queue.shift(); job; job = queue.shift()) {
      let best: Worker | undefined;
      for (const [w, jobs] of lanes) if (!best || jobs.size < lanes.get(best)!.size) best = w;
      if (!best || (lanes.get(best)!.size > 0 && lanes.size < thumbnailer.threads)) {
        const w = startWorker();
        if (!w) {
          queue.unshift(job);
          useWorkers = false;
          return void runInThread();
        }
        best = w;
      }
      give(best, job);
    }
  };

  const thumbnailer: Thumbnailer = {
    threads: options.threads,
    render(file) {
      return new Promise<Thumbnail>((ok, fail) => {
        if (closed) return fail(new Error('thumbnails stopped'));
        queue.push({ file, ok, fail });
        pump();
      });
    },
    async close() {
      closed = true;
      const stopped = [...queue.splice(0), ...[...lanes.values()].flatMap((jobs) => [...jobs.values()])];
      for (const job of stopped) job.fail(new Error('thumbnails stopped'));
      const all = [...lanes.keys()];
      lanes.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
  return thumbnailer;
}

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
  const threads = Math.min(options.threads ?? defaultThumbnailThreads(), files.length);
  // One file is drawn here: starting a worker would cost more than it saves.
  const thumbnailer = createThumbnailer({ threads: threads < 2 ? 0 : threads, ...(options.width ? { width: options.width } : {}) });
  try {
    await drawAll(thumbnailer, files, done, options.signal);
  } finally {
    await thumbnailer.close();
  }
}

/** Draw `files` with `thumbnailer`, calling `done` for each; stops starting new files when aborted. */
export async function drawAll(thumbnailer: Thumbnailer, files: string[], done: (file: string, result: Thumbnail | Error) => void, signal?: AbortSignal): Promise<void> {
  // On Ctrl-C the files still queued are dropped at once.
  const stop = () => void thumbnailer.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    await Promise.all(
      files.map(async (file) => {
        if (signal?.aborted) return;
        let result: Thumbnail | Error;
        try {
          result = await thumbnailer.render(file);
        } catch (e) {
          result = e instanceof Error ? e : new Error(String(e));
        }
        if (!signal?.aborted) done(file, result);
      }),
    );
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
