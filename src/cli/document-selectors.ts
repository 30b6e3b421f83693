/**
 * What names a document on the command line: a slug (`goed-slapen`), a slug and language
 * (`goed-slapen.fr`), or a path to its file, relative (`./content/<folder>/x.fr.md`), absolute
 * or written the Windows way (`content\<folder>\x.fr.md`). Paths become project-relative with
 * forward slashes, the form the build matches.
 */
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
 */
export function documentSelectors(root: string, values: readonly string[]): string[] | undefined {
  const out = values.flatMap((v) => v.split(',')).map((v) => normaliseDocumentSelector(root, v)).filter(Boolean);
  return out.length ? out : undefined;
}
