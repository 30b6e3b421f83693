/**
 * A pool of worker threads that render tasks; fonts and layouts are loaded once per
 * worker. Needs the compiled worker (dist/render-worker.mjs, made by `npm run compile`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DiagnosticsError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rendered } from '../kinds/kind.js';
import type { RenderTask } from '../render/render-task.js';
import { toolRoot } from '../tool-root.js';

export interface WorkerPool {
  /** Render on the worker with the least to do. */
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

/**
 * A render worker's young generation: V8's default (34 MB of new space per thread here)
 * is kept by every worker for the whole build. 16 MB took the peak memory of a cold
 * sample build on 2 workers from 541-551 MB to 518 MB at the same CPU time; 8 MB cost a
 * third more CPU (objects promoted before they die). The old generation has no cap: a
 * long document needs what it needs (800 MB at 10,000 questions).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not answered yet. */
  pending: Map<number, Pending>;
}

type Reply = { id: number; ok: boolean; rendered?: Rendered; error?: { message: string; diagnostics?: Diagnostic[] } };

/**
 * Worker threads that render tasks (render-worker.ts); each task carries the folders it reads.
 * @param size the number of workers
 */
export function createWorkerPool(size: number): WorkerPool {
  const script = workerScript();
  if (!existsSync(script)) throw new Error('the worker pool needs the compiled worker: run `npm run compile` first');
  let seq = 0;
  let closing = false;
  const slots: Slot[] = [];

  // A worker that dies (a crash, out of memory) fails only its own tasks, and a new one
  // takes its place, so the build goes on and never waits for an answer that cannot come.
  const spawn = (index: number): Slot => {
    const worker = new Worker(script, { env: { ...process.env, NODE_ENV: 'production' }, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (msg: Reply) => {
      const p = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      if (!p) return;
      if (msg.ok && msg.rendered) p.resolve(msg.rendered);
      else p.reject(msg.error?.diagnostics ? new DiagnosticsError(msg.error.diagnostics) : new Error(msg.error?.message ?? 'worker failed'));
    });
    let failure: Error | undefined;
    worker.on('error', (e: Error) => (failure = e));
    worker.on('exit', (code) => {
      if (closing) return;
      const cause = failure ?? new Error(`the render worker stopped (exit code ${code})`);
      for (const p of slot.pending.values()) p.reject(cause);
      slot.pending.clear();
      if (slots[index] === slot) slots[index] = spawn(index);
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn(i));

  const send = (slot: Slot, task: RenderTask) => {
    const id = ++seq;
    return new Promise<Rendered>((res, rej) => {
      slot.pending.set(id, { resolve: res, reject: rej });
      slot.worker.postMessage({ id, task });
    });
  };
  return {
    async render(task) {
      // The worker with the least to do; a worker takes its messages in order.
      return send(slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)), task);
    },
    async renderOn(index, task) {
      return send(slots[index % slots.length]!, task);
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
