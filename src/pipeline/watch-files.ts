/**
 * Watch folders for changes and call back once per burst of saves (debounced).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';

export interface Watcher {
  close(): void;
}

/**
 * @param root project folder
 * @param dirs folders under root to watch, recursively
 * @param onChange called with the changed paths (project-relative) after `debounceMs` of quiet
 */
export function watchFiles(root: string, dirs: string[], onChange: (paths: string[]) => void, debounceMs = 40): Watcher {
  const watchers: FSWatcher[] = [];
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  for (const dir of dirs) {
    const abs = resolve(root, dir);
    if (!existsSync(abs)) continue;
    watchers.push(
      watch(abs, { recursive: true }, (_event, name) => {
        if (!name || /(^|\/)\.|~$|\.swp$|\.tmp-/.test(String(name))) return;
        pending.add(`${dir}/${String(name)}`);
        clearTimeout(timer);
        timer = setTimeout(() => {
          const changed = [...pending];
          pending = new Set();
          onChange(changed);
        }, debounceMs);
      }),
    );
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
