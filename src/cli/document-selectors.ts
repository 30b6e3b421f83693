/**
 * What names a document on the command line: a slug (`goed-slapen`), a slug and language
 * (`goed-slapen.fr`), or a path to its file, relative (`./content/<folder>/x.fr.md`), absolute
 * or written the Windows way (`content\<folder>\x.fr.md`). Paths become project-relative with
 * forward slashes, the form the build matches.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * @param root absolute project root (commands run in it)
 * @param value a `--doc` value or a positional argument
 */
export function normaliseDocumentSelector(root: string, value: string): string {
  let v = value.trim().replace(/\\/g, '/');
  if (isAbsolute(v)) {
    const rel = relative(root, resolve(v)).split('\\').join('/');
    if (!rel.startsWith('..') && !isAbsolute(rel)) v = rel;
  }
  v = v.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
  return v;
}

/**
 * The documents a command selects: `--doc` values (comma-separated or repeated) and
 * positional arguments alike, normalised.
 * @param root absolute project root
 * @param values the `--doc` values and positional arguments
 * @param cwd the folder the command runs in (optional): a relative path to a file that
 *   exists from there counts, also when the project is elsewhere (`--root`)
 */
export function documentSelectors(root: string, values: readonly string[], cwd?: string): string[] | undefined {
  const fromCwd = (v: string) => (cwd && cwd !== root && /[\\/]/.test(v) && existsSync(resolve(cwd, v)) ? resolve(cwd, v) : v);
  const out = values.flatMap((v) => v.split(',')).map((v) => normaliseDocumentSelector(root, fromCwd(v.trim()))).filter(Boolean);
  return out.length ? out : undefined;
}
