/**
 * One build at a time per output folder: a lock file holding the builder's pid,
 * created exclusively; a lock whose process is gone is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Lock {
  path: string;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the lock, or return the pid of the build that holds it. */
export function acquireLock(outputDir: string): { lock: Lock } | { heldBy: number; path: string } {
  mkdirSync(outputDir, { recursive: true });
  const path = resolve(outputDir, '.drukklaar.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      let released = false;
      return {
        lock: {
          path,
          release() {
            if (!released) rmSync(path, { force: true });
            released = true;
          },
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isFinite(pid) && pid > 0 && pid !== process.pid && alive(pid)) return { heldBy: pid, path };
      rmSync(path, { force: true }); // stale: its build is gone
    }
  }
  return { heldBy: -1, path };
}
