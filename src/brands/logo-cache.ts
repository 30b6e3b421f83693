/**
 * Normalised logos cached in memory and on disk (.cache/logos), keyed by a digest of
 * the logo bytes and the print width: a no-op rebuild never runs sharp. Safe to delete.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { Logo } from './brand.js';
import { normaliseLogo } from './normalise-logo.js';
import { memo } from '../memos.js';

const LOGO_CACHE_VERSION = '2';
const memory = memo<string, { logo?: Logo; diagnostics: Diagnostic[] }>('brands/logos');

/**
 * Normalise a logo, or take it from the cache.
 * @param cacheDir folder for the disk cache (undefined: memory only)
 */
export async function cachedLogo(
  cacheDir: string | undefined,
  path: string,
  bytes: Buffer,
  printWidthMm: number,
): Promise<{ logo?: Logo; diagnostics: Diagnostic[] }> {
  const key = createHash('sha256').update(LOGO_CACHE_VERSION).update(path).update(String(printWidthMm)).update(bytes).digest('hex').slice(0, 32);
  const hit = memory.get(key);
  if (hit) return hit;
  const png = cacheDir ? resolve(cacheDir, 'logos', `${key}.png`) : undefined;
  const meta = png?.replace(/\.png$/, '.json');
  if (png && meta && existsSync(png) && existsSync(meta)) {
    try {
      const m = JSON.parse(readFileSync(meta, 'utf8')) as { width: number; height: number; diagnostics: Diagnostic[] };
      const r = { logo: { png: readFileSync(png), onWhite: readFileSync(png.replace(/\.png$/, '.white.png')), width: m.width, height: m.height }, diagnostics: m.diagnostics };
      memory.set(key, r);
      return r;
    } catch {
      // a damaged cache entry is simply made again
    }
  }
  const r = await normaliseLogo(path, bytes, printWidthMm);
  if (r.logo && png && meta) {
    writeAtomic(png, r.logo.png);
    writeAtomic(png.replace(/\.png$/, '.white.png'), r.logo.onWhite);
    writeAtomic(meta, JSON.stringify({ width: r.logo.width, height: r.logo.height, diagnostics: r.diagnostics }));
  }
  memory.set(key, r);
  return r;
}
