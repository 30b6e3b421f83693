/**
 * Resolve a path named in content (a logo, an icon) and make sure it stays inside
 * the project's content/ or assets/ folders, symbolic links included.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag, type Location } from '../diagnostics/errors.js';

export type Resolved = { ok: true; absolute: string; relative: string; url?: undefined } | { ok: true; url: string } | { ok: false; diagnostic: Diagnostic };

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * @param root absolute project root
 * @param fromFile project-relative file that names the path
 * @param target the path as written
 * @param what words for messages ("the logo")
 * @param at location of the reference, for diagnostics
 * @param allowHosts hosts the project allows remote images from (drukklaar.yml)
 */
export function resolveAsset(root: string, fromFile: string, target: string, what: string, at: Location, allowHosts: readonly string[] = []): Resolved {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target)) {
    let host: string | undefined;
    try {
      const u = new URL(target);
      if (u.protocol === 'https:' || u.protocol === 'http:') host = u.host;
    } catch {
      host = undefined;
    }
    if (host && allowHosts.includes(host)) return { ok: true, url: target };
    return { ok: false, diagnostic: diag('AssetRemote', { path: target, host }, at) };
  }
  const allowed = ['content', 'assets'].map((d) => resolve(root, d));
  const absolute = isAbsolute(target) ? target : resolve(root, dirname(fromFile), target);
  if (!allowed.some((a) => inside(a, absolute))) return { ok: false, diagnostic: diag('AssetOutsideProject', { path: target }, at) };
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return { ok: false, diagnostic: diag('AssetMissing', { what, path: target }, at) };
  }
  const realAllowed = allowed.map((a) => {
    try {
      return realpathSync(a);
    } catch {
      return a;
    }
  });
  if (!realAllowed.some((a) => inside(a, real))) return { ok: false, diagnostic: diag('AssetOutsideProject', { path: target }, at) };
  return { ok: true, absolute: real, relative: relative(root, absolute).split(sep).join('/') };
}
