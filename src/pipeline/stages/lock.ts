/**
 * Stage `lock`: one build at a time per output folder. Takes the lock (released when the
 * build ends), removes the temporary files of a build that was killed, and with `--clean`
 * empties the output folder.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { diag } from '../../diagnostics/errors.js';
import { acquireLock } from '../../output/lock.js';
import { STOP, type BuildStage } from './stage.js';

/** Delete `*.tmp-*` files under the output folder (we hold the lock, so none is being written). */
function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.tmp-\d+-[a-z0-9]+$/.test(entry.name)) rmSync(resolve(entry.parentPath, entry.name), { force: true });
  }
}

/** Empty the output folder but for the lock (`--clean`). */
function cleanOutput(dir: string): void {
  for (const entry of ['manifest.json', 'index.html']) rmSync(resolve(dir, entry), { force: true });
  for (const entry of existsSync(dir) ? readdirSync(dir) : []) {
    if (entry !== '.drukklaar.lock') rmSync(resolve(dir, entry), { recursive: true, force: true });
  }
}

/** Take the output folder's lock, or stop with BuildLocked when another build holds it. */
export const lockOutput: BuildStage<object, object> = {
  name: 'lock',
  inCheck: false,
  run(_input, session) {
    const { paths, report } = session;
    const taken = acquireLock(paths.output);
    if ('heldBy' in taken) {
      report.diagnostics.push(diag('BuildLocked', { pid: taken.heldBy, dir: paths.output, lock: taken.path }));
      report.locked = true;
      return STOP;
    }
    session.atBuildEnd(() => taken.lock.release());
    // Temporary files left by a build that was killed are never complete outputs: remove them.
    removeLeftovers(paths.output);
    if (session.options.clean) cleanOutput(paths.output);
    return {};
  },
};
