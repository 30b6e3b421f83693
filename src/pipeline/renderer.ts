/**
 * Runs render tasks: in this thread (workers = 0) or on a pool of worker threads.
 */
import type { Rendered } from '../kinds/kind.js';
import type { ProjectPaths } from '../project.js';
import { renderTask, type RenderTask } from '../render/render-task.js';

export interface Renderer {
  render(task: RenderTask): Promise<Rendered>;
  /** Run `fn` over items with this renderer's concurrency; stops taking new items when aborted. */
  runAll<T>(items: T[], fn: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export function createRenderer(paths: ProjectPaths, workers: number): Renderer {
  if (workers > 0) {
    // Loaded lazily: the pool needs compiled workers (see worker-pool.ts).
    return createPooledRenderer(paths, workers);
  }
  return {
    render: (task) => renderTask(task, paths.fonts, paths.cache),
    async runAll(items, fn, signal) {
      for (const item of items) {
        if (signal?.aborted) break;
        await fn(item);
      }
    },
    async close() {},
  };
}

function createPooledRenderer(paths: ProjectPaths, workers: number): Renderer {
  let pool: Promise<import('./worker-pool.js').WorkerPool> | undefined;
  const getPool = () => (pool ??= import('./worker-pool.js').then((m) => m.createWorkerPool(paths, workers)));
  return {
    render: async (task) => (await getPool()).render(task),
    async runAll(items, fn, signal) {
      let next = 0;
      const lane = async () => {
        while (next < items.length && !signal?.aborted) await fn(items[next++]!);
      };
      await Promise.all(Array.from({ length: workers }, lane));
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
