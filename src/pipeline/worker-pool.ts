/**
 * A pool of worker threads that render tasks; fonts and layouts are loaded once per
 * worker. Needs the compiled worker (dist/render-worker.mjs, made by `npm run compile`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Rendered } from '../kinds/kind.js';
import type { ProjectPaths } from '../project.js';
import type { RenderTask } from '../render/render-task.js';
import { toolRoot } from '../tool-root.js';

export interface WorkerPool {
  /** Render on the first idle worker. */
  render(task: RenderTask): Promise<Rendered>;
  /** Render on worker `index` (a lane of Renderer.runAll), after what it is doing. */
  renderOn(index: number, task: RenderTask): Promise<Rendered>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (r: Rendered) => void;
  reject: (e: unknown) => void;
}

/** The compiled worker entry of this installation. */
export function workerScript(): string {
  return resolve(toolRoot(), 'dist/render-worker.mjs');
}

export function createWorkerPool(paths: ProjectPaths, size: number): WorkerPool {
  const script = workerScript();
  if (!existsSync(script)) throw new Error('the worker pool needs the compiled worker: run `npm run compile` first');
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const pending = new Map<number, Pending>();
  let seq = 0;
  const all: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const w = new Worker(script, { workerData: { fontsDir: paths.fonts, cacheDir: paths.cache }, env: { ...process.env, NODE_ENV: 'production' } });
    w.on('message', (msg: { id: number; ok: boolean; rendered?: Rendered; error?: { message: string; diagnostics?: unknown } }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      release(w);
      if (!p) return;
      if (msg.ok && msg.rendered) p.resolve(msg.rendered);
      else p.reject(Object.assign(new Error(msg.error?.message ?? 'worker failed'), msg.error?.diagnostics ? { diagnostics: msg.error.diagnostics } : {}));
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    all.push(w);
    idle.push(w);
  }
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else if (!idle.includes(w)) idle.push(w);
  };
  const acquire = () => new Promise<Worker>((res) => {
    const w = idle.pop();
    if (w) res(w);
    else waiting.push(res);
  });
  const send = (w: Worker, task: RenderTask) => {
    const id = ++seq;
    return new Promise<Rendered>((res, rej) => {
      pending.set(id, { resolve: res, reject: rej });
      w.postMessage({ id, task });
    });
  };
  return {
    async render(task) {
      return send(await acquire(), task);
    },
    async renderOn(index, task) {
      const w = all[index % all.length]!;
      // Taken out of the idle list while it works; the message handler puts it back.
      const at = idle.indexOf(w);
      if (at >= 0) idle.splice(at, 1);
      return send(w, task);
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
