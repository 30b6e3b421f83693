/**
 * `check`, `list` and `status` only read: with the same inputs they give the same answer.
 * Like the build's no-op stamp (src/pipeline/build-stamp.ts), the answer of the last run is
 * kept with a digest of everything it read (the project's content, assets and
 * drukklaar.yml, drukklaar's own code, fonts and language files, the arguments) and given
 * again at once while that digest matches, without loading a document or the renderer.
 * File hashes are remembered by file identity, so an unchanged project costs one stat a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeAtomic } from '../output/write-atomic.js';
import { CodeDigest, FileHashes } from '../pipeline/code-digest.js';
import { TOOL_VERSION } from '../pipeline/plan.js';
import { projectPaths } from '../project.js';
import { toolRoot } from '../tool-root.js';
import { projectRoot, type CliIO } from './io.js';

interface Answer {
  key: string;
  stdout: string;
  stderr: string;
  code: number;
}

/** The file hashes kept between runs (the build keeps them in the same file). */
const FILE_HASHES = 'file-hashes.json';

/**
 * Digest of what a read-only command reads. Tests of the project's own inputs only: a
 * project that fetches logos from the web (remoteImages in drukklaar.yml) is never answered
 * from memory.
 * @returns undefined when the answer may not be remembered
 */
function answerKey(root: string, command: string, args: unknown, io: CliIO, hashes: FileHashes): string | undefined {
  const config = resolve(root, 'drukklaar.yml');
  if (existsSync(config) && /^\s*remoteImages\s*:/m.test(readFileSync(config, 'utf8'))) return undefined;
  const project = new CodeDigest(root, hashes);
  const tool = new CodeDigest(toolRoot(), hashes);
  return createHash('sha256')
    .update(JSON.stringify({ v: TOOL_VERSION, command, args, tty: !!io.stderr.isTTY, color: !io.env.NO_COLOR }))
    .update(project.of(['content', 'assets', 'drukklaar.yml']))
    .update(tool.of(['dist', 'src', 'layouts', 'assets', 'content/languages', 'package-lock.json', 'patches']))
    .digest('hex');
}

/**
 * Run a read-only command, or give its remembered answer when nothing it reads changed.
 * @param io the command's streams and folders
 * @param command the command's name
 * @param args its parsed arguments (part of the key)
 * @param run the command itself, writing to the io it is given
 * @returns the exit code
 */
export async function rememberedAnswer(io: CliIO, command: string, args: object, run: (io: CliIO) => Promise<number>): Promise<number> {
  const paths = projectPaths(projectRoot(io));
  const file = resolve(paths.cache, `answer-${command}-${createHash('sha1').update(JSON.stringify(args)).digest('hex').slice(0, 12)}.json`);
  const hashes = resolve(paths.cache, FILE_HASHES);
  const fileHashes = new FileHashes();
  fileHashes.load(hashes);
  const key = answerKey(paths.root, command, args, io, fileHashes);
  if (key && existsSync(file)) {
    try {
      const known = JSON.parse(readFileSync(file, 'utf8')) as Answer;
      if (known.key === key) {
        io.stdout.write(known.stdout);
        io.stderr.write(known.stderr);
        return known.code;
      }
    } catch {
      // A damaged answer is computed again.
    }
  }
  let stdout = '';
  let stderr = '';
  const code = await run({
    ...io,
    stdout: { isTTY: io.stdout.isTTY, write: (s: string) => ((stdout += s), io.stdout.write(s)) },
    stderr: { isTTY: io.stderr.isTTY, write: (s: string) => ((stderr += s), io.stderr.write(s)) },
  });
  if (key && !io.signal?.aborted) {
    try {
      writeAtomic(file, JSON.stringify({ key, stdout, stderr, code } satisfies Answer));
      fileHashes.save(hashes);
    } catch {
      // An answer that cannot be kept only costs time next run.
    }
  }
  return code;
}
