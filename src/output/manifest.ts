/**
 * output/manifest.json: for each output file its inputs and their hashes, the digest
 * used to skip unchanged work, pages, bytes and render time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeAtomic } from './write-atomic.js';

export interface ManifestEntry {
  document: string;
  kind: string;
  slug: string;
  title: string;
  brand: string;
  lang: string;
  /** Languages printed in the file (a translation is printed with its Dutch source). */
  languages: string[];
  dir: 'ltr' | 'rtl';
  variant: string;
  /** The variant in words from its kind ("alleen ouderbril", "invulbaar op scherm"), for the catalogue. */
  variantLabel?: string;
  /** Which edge a double-sided sheet turns on, as the document says (card decks). */
  duplex?: string;
  paper: string;
  status?: 'draft' | 'reviewed';
  inputs: Record<string, string>;
  digest: string;
  pages: number;
  bytes: number;
  ms: number;
  /** A tagged PDF with PDF/UA-1 metadata (README, Accessibility); absent for the others. */
  accessible?: 'PDF/UA-1';
  /** The last build of this output failed; the file is the previous good one. */
  stale?: boolean;
  /** Companion files (e.g. single cards), paths relative to the output folder. */
  extras?: { path: string; pages: number; bytes: number; accessible?: 'PDF/UA-1' }[];
}

export interface Manifest {
  tool: string;
  version: string;
  /** A shard's part of the split (`build --shard k/n`): which part, and how the split was made (shard-split.ts splitBasis). */
  shard?: { k: number; n: number; split: string };
  outputs: Record<string, ManifestEntry>;
}

export const MANIFEST = 'manifest.json';

/** The manifest of an output folder, or undefined when there is none or it cannot be read (the build then starts afresh). */
export function readManifest(outputDir: string): Manifest | undefined {
  const p = resolve(outputDir, MANIFEST);
  if (!existsSync(p)) return undefined;
  try {
    const m = JSON.parse(readFileSync(p, 'utf8')) as Manifest;
    return m && typeof m.outputs === 'object' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Write an output folder's manifest, its outputs sorted by path, atomically. */
export function writeManifest(outputDir: string, manifest: Manifest): void {
  const sorted: Manifest = { ...manifest, outputs: Object.fromEntries(Object.entries(manifest.outputs).sort(([a], [b]) => a.localeCompare(b))) };
  writeAtomic(resolve(outputDir, MANIFEST), JSON.stringify(sorted, null, 2) + '\n');
}
