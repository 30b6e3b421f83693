/**
 * A project's own fonts and pictograms add to drukklaar's and replace them by file name:
 * `assets/icons/boek.svg` of the project is the `boek` pictogram, the other pictograms stay
 * drukklaar's. The renderer and the checks read one folder, so the two are laid over each
 * other in `.cache/assets/<fonts|icons>` of the project: a hard link to each file (a copy
 * where links are not possible, e.g. across drives), refreshed when a file changes.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';

/** The files of a folder by name; none when it does not exist. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) out.set(e.name, resolve(dir, e.name));
  return out;
}

/** True when `target` holds `source` as it is now (the same file, or a copy of the same size and time). */
function current(target: Stats | undefined, source: Stats): boolean {
  if (!target) return false;
  return (target.ino === source.ino && target.dev === source.dev) || (target.size === source.size && Math.trunc(target.mtimeMs) === Math.trunc(source.mtimeMs));
}

/** Put `source` at `target` by way of a temporary name, so a reader never sees half a file. */
function place(source: string, target: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  try {
    linkSync(source, temp);
  } catch {
    copyFileSync(source, temp);
    const s = statSync(source);
    utimesSync(temp, s.atime, s.mtime);
  }
  renameSync(temp, target);
}

/** Lay `own` over `bundled` in `merged` (see the module comment); `own` may not exist. */
function fill(own: string, bundled: string, merged: string): string {
  const wanted = new Map([...filesOf(bundled), ...filesOf(own)]);
  mkdirSync(merged, { recursive: true });
  for (const [name, source] of wanted) {
    const target = resolve(merged, name);
    const t = existsSync(target) ? statSync(target) : undefined;
    if (!current(t, statSync(source))) place(source, target);
  }
  // A file the project removed is no longer offered (another process's temporary file stays).
  for (const name of filesOf(merged).keys()) if (!wanted.has(name) && !name.endsWith('.tmp')) rmSync(resolve(merged, name), { force: true });
  return merged;
}

/**
 * The folders to read fonts and pictograms from.
 * @param root the project folder (its own files in `assets/fonts`, `assets/icons`, both optional)
 * @param tool drukklaar's installation folder (the bundled files in the same places)
 * @returns drukklaar's folders when the project has neither folder, else both laid over in
 *   `<root>/.cache/assets/` (both, because a render finds the pictograms beside the fonts)
 */
export function assetFolders(root: string, tool: string): { fonts: string; icons: string } {
  const own = { fonts: resolve(root, 'assets/fonts'), icons: resolve(root, 'assets/icons') };
  const bundled = { fonts: resolve(tool, 'assets/fonts'), icons: resolve(tool, 'assets/icons') };
  const sameFolder = resolve(root) === resolve(tool);
  if (sameFolder || (!existsSync(own.fonts) && !existsSync(own.icons))) return bundled;
  const merged = resolve(root, '.cache/assets');
  return { fonts: fill(own.fonts, bundled.fonts, resolve(merged, 'fonts')), icons: fill(own.icons, bundled.icons, resolve(merged, 'icons')) };
}
