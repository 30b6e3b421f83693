/**
 * Worker thread entry: renders tasks sent by worker-pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import { DiagnosticsError } from '../diagnostics/diagnostic.js';
import type { RenderTask } from '../render/render-task.js';
import { renderOutput } from './render-output.js';

// Fault injection for tests/faults.test.ts: this worker dies (as on running out of memory)
// when it is given an output of a document whose path contains this text.
const dieOn = process.env.DRUKKLAAR_FAULT_WORKER_EXIT;

parentPort?.on('message', async ({ id, task }: { id: number; task: RenderTask }) => {
  if (dieOn && task.shapingKey?.includes(dieOn)) process.exit(70);
  try {
    const rendered = await renderOutput(task);
    parentPort?.postMessage({ id, ok: true, rendered });
  } catch (e) {
    // Diagnostics cross the thread as data; the pool throws them again as a DiagnosticsError.
    const diagnostics = e instanceof DiagnosticsError ? e.diagnostics : undefined;
    parentPort?.postMessage({ id, ok: false, error: { message: (e as Error).message, diagnostics } });
  }
});
