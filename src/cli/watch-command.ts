/**
 * `watch`: build once, then rebuild what changed on every save, one result line per
 * rebuild; errors and warnings are printed and watching goes on. Ctrl-C stops.
 */
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatShort } from '../diagnostics/format.js';
import { build, type BuildReport } from '../pipeline/build.js';
import { BuildSession } from '../pipeline/build-session.js';
import { watchFiles } from '../pipeline/watch-files.js';
import type { CliIO } from './io.js';
import { list, projectRoot, typedPath } from './io.js';
import { documentSelectors } from './document-selectors.js';

export interface WatchArgs {
  /** Positional arguments: documents, like `--doc`. */
  _?: string[];
  doc?: string;
  variant?: string;
  brand?: string;
  lang?: string;
  kind?: string;
  out?: string;
}

/** One line that says what a rebuild did. */
export function rebuildLine(report: BuildReport, changed: string[]): string {
  const built = report.outputs.filter((o) => o.status === 'built');
  // Documents, not outputs: one broken file is one failure however many brands it has.
  const failed = new Set([...report.outputs.filter((o) => o.status === 'failed').map((o) => o.document), ...report.failedDocuments]).size;
  const time = new Date().toTimeString().slice(0, 8);
  const what = changed.length <= 3 ? changed.join(', ') : `${changed.length} files`;
  const first = built[0] ? `, first PDF after ${Math.min(...built.map((o) => o.ms))} ms` : '';
  return `${time} ${what}: ${built.length} built, ${failed ? `${failed} failed, ` : ''}${report.ms} ms${first}`;
}

/** `drukklaar watch`: build, then rebuild on every save until Ctrl-C; returns the exit code. */
export async function runWatch(args: WatchArgs, io: CliIO): Promise<number> {
  const options = {
    root: projectRoot(io),
    outDir: typedPath(io, args.out),
    documents: documentSelectors(projectRoot(io), [...(list(args.doc) ?? []), ...(args._ ?? [])], io.cwd),
    variants: list(args.variant),
    brands: list(args.brand),
    langs: list(args.lang),
    kinds: list(args.kind),
  };
  // One session for the whole loop: the renderer (in this thread) and file hashes stay warm.
  const session = new BuildSession(options, true);
  const rebuild = async (changed: string[]) => {
    const report = await build(options, session);
    // Errors and warnings (a stale translation, a low-resolution logo), as `build` prints them.
    for (const d of sortDiagnostics(report.diagnostics)) io.stderr.write(formatShort(d) + '\n');
    io.stderr.write(rebuildLine(report, changed) + '\n');
  };
  // The folders are watched before the first build: a file saved while it runs is built
  // after it, and a save right after "watching" is never lost (the line used to come before
  // the watches were made, so a quick save went unseen until the next one).
  let waiting: string[] = [];
  let queue = Promise.resolve();
  const watcher = watchFiles(projectRoot(io), ['content', 'assets'], (changed) => {
    waiting.push(...changed);
    queue = queue.then(async () => {
      if (!waiting.length) return;
      const batch = [...new Set(waiting)];
      waiting = [];
      await rebuild(batch);
    });
  });
  queue = queue.then(async () => {
    await rebuild(['start']);
    io.stderr.write('watching content/ and assets/ (layouts need a restart); Ctrl-C stops\n');
  });
  await queue;
  await new Promise<void>((resolveStop) => {
    if (io.signal?.aborted) return resolveStop();
    io.signal?.addEventListener('abort', () => resolveStop(), { once: true });
  });
  watcher.close();
  await queue;
  await session.close();
  return 0;
}
