/**
 * Runs render tasks: in this thread (workers = 0) or on a pool of worker threads.
 */
import { availableParallelism } from 'node:os';
import type { Rendered } from '../kinds/kind.js';
import type { RenderTask } from '../render/render-task.js';
import { renderOutput } from './render-output.js';

export type Render = (task: RenderTask) => Promise<Rendered>;

export interface Renderer {
  render: Render;
  /**
   * Run `fn` over groups of items with this renderer's concurrency. A group stays on one
   * lane, and a lane renders on one worker (the `render` it is given), so the caches of
   * that worker (fonts, shaped text) serve the whole group: give the outputs of one
   * document as one group. Groups are taken in order: put the longest first. Stops
   * taking new items when aborted.
   */
  runAll<T>(groups: T[][], fn: (item: T, render: Render) => Promise<void>, signal?: AbortSignal): Promise<void>;
  /** The worker threads runAll would use for these groups (0: this thread). */
  threads(groups: unknown[][]): number;
  close(): Promise<void>;
}

/** Fewer outputs than this render in this thread: starting workers would cost more than it saves. */
const AUTO_MIN_OUTPUTS = 4;

/**
 * @param workers worker threads; 0 renders in this thread; 'auto' decides by the cores
 *   and the outputs (autoWorkers)
 */
export function createRenderer(workers: number | 'auto'): Renderer {
  if (workers === 'auto') return createAutoRenderer();
  if (workers > 0) {
    // Loaded lazily: the pool needs compiled workers (see worker-pool.ts).
    return createPooledRenderer(workers);
  }
  const render: Render = renderOutput;
  return {
    render,
    async runAll(groups, fn, signal) {
      for (const item of groups.flat()) {
        if (signal?.aborted) break;
        await fn(item, render);
      }
    },
    threads: () => 0,
    async close() {},
  };
}

/**
 * The worker threads `auto` uses for these groups of outputs (0: this thread). One core
 * is left to the catalogue's thumbnails, drawn while the PDFs render (build.ts): on 2
 * cores, rendering in this thread beside the thumbnail thread finished the sample
 * catalogue in 32 s, against 35 s for 2 render workers with the thumbnails after them
 * (with two render threads in one process each output takes ~50% longer; the cause is
 * not found yet, see the benchmark in the README).
 */
function autoWorkers(groups: unknown[][]): number {
  const cores = availableParallelism();
  const outputs = groups.reduce((n, g) => n + g.length, 0);
  return cores <= 2 || outputs < AUTO_MIN_OUTPUTS ? 0 : Math.min(cores - 1, groups.length);
}

function createAutoRenderer(): Renderer {
  const inThread = createRenderer(0);
  let pooled: Renderer | undefined;
  return {
    render: inThread.render,
    runAll(groups, fn, signal) {
      const workers = autoWorkers(groups);
      if (!workers) return inThread.runAll(groups, fn, signal);
      pooled ??= createPooledRenderer(workers);
      return pooled.runAll(groups, fn, signal);
    },
    threads: autoWorkers,
    async close() {
      await pooled?.close();
    },
  };
}

function createPooledRenderer(workers: number): Renderer {
  let pool: Promise<import('./worker-pool.js').WorkerPool> | undefined;
  const getPool = () => (pool ??= import('./worker-pool.js').then((m) => m.createWorkerPool(workers)));
  return {
    render: async (task) => (await getPool()).render(task),
    async runAll(groups, fn, signal) {
      let next = 0;
      const lane = async (index: number) => {
        const render: Render = async (task) => (await getPool()).renderOn(index, task);
        while (next < groups.length && !signal?.aborted) {
          for (const item of groups[next++]!) {
            if (signal?.aborted) break;
            await fn(item, render);
          }
        }
      };
      await Promise.all(Array.from({ length: workers }, (_, i) => lane(i)));
    },
    threads: () => workers,
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
