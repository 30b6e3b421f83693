/**
 * The thumbnail cache under output/.thumbs/: one JPEG per output PDF, named after the
 * output's manifest digest, so a thumbnail is rendered again only when its PDF was.
 * `.thumbs/index.json` remembers each image's pixel size for the <img> attributes.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { ManifestEntry } from '../output/manifest.js';
import { writeAtomic } from '../output/write-atomic.js';
import { drawAll, renderThumbnails, THUMB_WIDTH, type Thumbnail, type Thumbnailer } from './thumbnail.js';

/** Folder of the thumbnails, relative to the output folder. */
export const THUMBS_DIR = '.thumbs';
const INDEX = 'index.json';

/** A thumbnail on disk: path relative to the output folder and its pixel size. */
export interface ThumbRef {
  path: string;
  width: number;
  height: number;
}

export interface ThumbnailsResult {
  /** Output path (manifest key) → its thumbnail; missing when rendering failed. */
  thumbs: Map<string, ThumbRef>;
  /** How many thumbnails were rendered in this run (the rest were reused). */
  rendered: number;
  diagnostics: Diagnostic[];
}

type Index = Record<string, { width: number; height: number; v: number }>;

/** Bumped when the rendering changes, so old images are replaced. */
const RENDER_VERSION = 2;

const nameFor = (digest: string) => `${digest.slice(0, 32)}.jpg`;

/**
 * Whether the output with a manifest digest still needs a thumbnail (so the build can
 * start drawing it as soon as the PDF is written). Reads the index once.
 */
export function thumbnailsMissing(outDir: string): (digest: string) => boolean {
  const index = readIndex(resolve(outDir, THUMBS_DIR));
  return (digest) => {
    const name = nameFor(digest);
    const known = index[name];
    return !(known && known.v === RENDER_VERSION && existsSync(resolve(outDir, THUMBS_DIR, name)));
  };
}

export interface EnsureOptions {
  /** Stop rendering new thumbnails when aborted. */
  signal?: AbortSignal;
  /** Draw with this (already running) thumbnailer instead of starting one. */
  thumbnailer?: Thumbnailer;
  /** PDF file → its thumbnail, already being drawn (started while the build rendered). */
  startedWhileRendering?: Map<string, Promise<Thumbnail>>;
}

function readIndex(dir: string): Index {
  try {
    const data = JSON.parse(readFileSync(resolve(dir, INDEX), 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Index) : {};
  } catch {
    return {};
  }
}

/**
 * Make sure every output in the manifest has a current thumbnail; render only the
 * missing ones and delete images no output refers to any more.
 * @param outDir the output folder
 * @param outputs the manifest's outputs
 */
export async function ensureThumbnails(outDir: string, outputs: Record<string, ManifestEntry>, options: EnsureOptions = {}): Promise<ThumbnailsResult> {
  const { signal } = options;
  const dir = resolve(outDir, THUMBS_DIR);
  const index = readIndex(dir);
  const next: Index = {};
  const result: ThumbnailsResult = { thumbs: new Map(), rendered: 0, diagnostics: [] };
  const missing = new Map<string, string[]>(); // PDF file → outputs needing its image
  const nameOf = new Map<string, string>();
  for (const [out, entry] of Object.entries(outputs)) {
    const name = nameFor(entry.digest);
    const known = index[name];
    if (known && known.v === RENDER_VERSION && existsSync(resolve(dir, name))) {
      next[name] = known;
      result.thumbs.set(out, { path: `${THUMBS_DIR}/${name}`, width: known.width, height: known.height });
      continue;
    }
    const file = resolve(outDir, out);
    missing.set(file, [...(missing.get(file) ?? []), out]);
    nameOf.set(file, name);
  }
  if (missing.size && !signal?.aborted) {
    const done = (file: string, thumb: Thumbnail | Error) => {
      const outs = missing.get(file) ?? [];
      const name = nameOf.get(file)!;
      if (thumb instanceof Error) {
        for (const out of outs) result.diagnostics.push(diag('ThumbnailFailed', { output: out, cause: (thumb.message || 'unknown').split('\n')[0]! }));
        return;
      }
      try {
        writeAtomic(resolve(dir, name), thumb.data);
      } catch (e) {
        for (const out of outs) result.diagnostics.push(diag('ThumbnailFailed', { output: out, cause: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
        return;
      }
      next[name] = { width: thumb.width, height: thumb.height, v: RENDER_VERSION };
      for (const out of outs) result.thumbs.set(out, { path: `${THUMBS_DIR}/${name}`, width: thumb.width, height: thumb.height });
      result.rendered++;
    };
    const files = [...missing.keys()];
    const startedWhileRendering = options.startedWhileRendering ?? new Map<string, Promise<Thumbnail>>();
    const waiting = files.filter((f) => startedWhileRendering.has(f));
    const rest = files.filter((f) => !startedWhileRendering.has(f));
    const settle = async (file: string) => {
      let thumb: Thumbnail | Error;
      try {
        thumb = await startedWhileRendering.get(file)!;
      } catch (e) {
        thumb = e instanceof Error ? e : new Error(String(e));
      }
      if (!signal?.aborted) done(file, thumb);
    };
    const others = !rest.length
      ? undefined
      : options.thumbnailer
        ? drawAll(options.thumbnailer, rest, done, signal)
        : renderThumbnails(rest, done, { width: THUMB_WIDTH, ...(signal ? { signal } : {}) });
    await Promise.all([...waiting.map(settle), others]);
  }
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) if (f !== INDEX && !next[f]) rmSync(resolve(dir, f), { force: true });
  }
  if (Object.keys(next).length || existsSync(dir)) writeAtomic(resolve(dir, INDEX), JSON.stringify(Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b))), null, 1) + '\n');
  return result;
}
