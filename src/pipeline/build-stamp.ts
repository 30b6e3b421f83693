/**
 * The no-op fast path: a stamp of everything a build reads (content/, assets/,
 * drukklaar's own code and the options). When the stamp of the last clean build
 * matches and its outputs are all there, nothing can have changed: the build reports
 * every output as skipped without parsing a single document. Like make's or ninja's
 * stamps; the per-output digests still decide what to rebuild when anything changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { ProjectPaths } from '../project.js';
import type { CodeDigest } from './code-digest.js';

export interface Stamp {
  digest: string;
  outputs: { out: string; document: string; pages: number; bytes: number }[];
  /** Warnings of the build that made the stamp, repeated on every no-op. */
  warnings: Diagnostic[];
  sources: Record<string, string>;
}

function stampPath(paths: ProjectPaths): string {
  const key = createHash('sha1').update(paths.output).digest('hex').slice(0, 12);
  return resolve(paths.cache, `stamp-${key}.json`);
}

/**
 * Digest of all inputs of a build.
 * @param code digests of drukklaar's own folder and of the project
 * @param options the selection and flags that change what is built
 */
export function inputsDigest(code: { tool: CodeDigest; project: CodeDigest }, version: string, options: object): string {
  const { tool, project } = code;
  return createHash('sha256')
    .update(version)
    .update(JSON.stringify(options))
    .update(project.of(['content', 'assets', 'drukklaar.yml']))
    .update(tool.of(['src', 'layouts', 'package-lock.json', 'patches']))
    .digest('hex');
}

/** The stamp of the last clean build, if it matches and all its outputs exist. */
export function matchingStamp(paths: ProjectPaths, digest: string): Stamp | undefined {
  const file = stampPath(paths);
  if (!existsSync(file)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    if (stamp.digest !== digest) return undefined;
    if (!existsSync(resolve(paths.output, 'manifest.json'))) return undefined;
    if (!stamp.outputs.every((o) => existsSync(resolve(paths.output, o.out)))) return undefined;
    return stamp;
  } catch {
    return undefined;
  }
}

/** Leave the stamp of a clean, complete build for the next one (stages/remember.ts). */
export function writeStamp(paths: ProjectPaths, stamp: Stamp): void {
  writeAtomic(stampPath(paths), JSON.stringify(stamp));
}

/** Forget the last stamp: something changed, so the next build must not be a no-op until this one completes. */
export function forgetStamp(paths: ProjectPaths): void {
  const file = stampPath(paths);
  if (existsSync(file)) writeAtomic(file, '{}');
}
