/**
 * Watch folders for changes and call back once per burst of saves (debounced).
 *
 * Every folder is watched by itself, never a file: editors that save safely (vim,
 * JetBrains, `sed -i`) write a temporary file and rename it over the original, which
 * gives the name a new inode. A watch on the old inode (what Node 20's recursive watch
 * does on Linux for files) hears the first such save and then nothing; a watch on the
 * folder hears every name that changes in it. Folders created later are watched as they
 * appear.
 */
import { existsSync, readdirSync, statSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';

export interface Watcher {
  close(): void;
}

/** Names that are never content: dot files, editor backups and swap files, our own temporary files. */
const ignored = (name: string) => /(^|\/)\.|~$|\.swp$|\.tmp-/.test(name);

/**
 * @param root project folder
 * @param dirs folders under root to watch, with every folder below them
 * @param onChange called with the changed paths (project-relative) after `debounceMs` of quiet
 */
export function watchFiles(root: string, dirs: string[], onChange: (paths: string[]) => void, debounceMs = 40): Watcher {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  // Names known to exist (listed at the start or seen since). A changed name that is gone
  // at the end of a burst counts only if it was known: a deleted file. One never known was
  // an editor's temporary file, renamed over the original before we could look at it.
  const known = new Set<string>();
  let pending = new Set<string>();
  const changed = (rel: string, exists: boolean) => {
    if (exists) known.add(rel);
    pending.add(rel);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].filter((p) => existsSync(resolve(root, p)) || known.has(p));
      for (const p of pending) if (!existsSync(resolve(root, p))) known.delete(p);
      pending = new Set();
      if (paths.length) onChange(paths);
    }, debounceMs);
  };

  /** Watch a folder and the folders below it; `rel` is its project-relative path. */
  const add = (rel: string) => {
    const abs = resolve(root, rel);
    if (closed || watchers.has(abs)) return;
    let w: FSWatcher;
    try {
      w = watch(abs, (_event, name) => {
        if (!name || ignored(String(name))) return;
        const child = `${rel}/${String(name)}`;
        const childAbs = resolve(root, child);
        const exists = existsSync(childAbs);
        if (!exists) {
          // Gone: a deleted file or folder (stop watching the folder, if it was one).
          for (const [p, fw] of watchers) if (p === childAbs || p.startsWith(`${childAbs}/`)) (fw.close(), watchers.delete(p));
        } else if (isDirectory(childAbs)) add(child);
        changed(child, exists);
      });
    } catch {
      return; // vanished before we could watch it
    }
    w.on('error', () => {
      w.close();
      watchers.delete(abs);
    });
    watchers.set(abs, w);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(abs, { withFileTypes: true }).filter((e) => !ignored(e.name));
    } catch {
      entries = [];
    }
    for (const e of entries) {
      if (e.isDirectory()) add(`${rel}/${e.name}`);
      else known.add(`${rel}/${e.name}`);
    }
  };

  for (const dir of dirs) if (existsSync(resolve(root, dir))) add(dir);
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
