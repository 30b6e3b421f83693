/**
 * Worker thread entry: renders tasks sent by worker-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderTask, type RenderTask } from '../render/render-task.js';

const { fontsDir, cacheDir } = workerData as { fontsDir: string; cacheDir?: string };

parentPort?.on('message', async ({ id, task }: { id: number; task: RenderTask }) => {
  try {
    const rendered = await renderTask(task, fontsDir, cacheDir);
    parentPort?.postMessage({ id, ok: true, rendered });
  } catch (e) {
    const err = e as Error & { diagnostics?: unknown };
    parentPort?.postMessage({ id, ok: false, error: { message: err.message, diagnostics: err.diagnostics } });
  }
});
