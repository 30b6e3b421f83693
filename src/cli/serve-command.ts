/**
 * `drukklaar serve`: build, serve the output folder (with the catalogue) on localhost,
 * rebuild when content/, assets/ or layouts/ change (the watch mode's watcher) and reload
 * open pages.
 * Build errors are printed and the server keeps running; Ctrl-C stops it cleanly.
 */
import { defineCommand, type CommandDef } from 'citty';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { injectLiveReload, LIVE_RELOAD_PATH } from '../catalogue/live-reload.js';
import { diag } from '../diagnostics/errors.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import type { BuildOptions } from '../pipeline/build.js';
import { watchFiles, type Watcher } from '../pipeline/watch-files.js';
import { projectPaths } from '../project.js';
import { list, projectRoot, typedPath, type CliIO } from './io.js';
import { selectionArgs } from './selection-args.js';
import { documentSelectors } from './document-selectors.js';
import { parseWorkers } from './parse-workers.js';
import { printDiagnostics } from './print-diagnostics.js';
import { summaryTable } from './summary.js';

export interface ServeArgs {
  /** Positional arguments: documents, like `--doc`. */
  _?: string[];
  port?: string;
  host?: string;
  out?: string;
  doc?: string | string[];
  brand?: string | string[];
  lang?: string | string[];
  kind?: string | string[];
  variant?: string | string[];
  workers?: string;
  format?: string;
}

/** Default port of `serve`. */
export const DEFAULT_PORT = 4321;
/** Quiet time after the last change before a rebuild starts. */
export const DEBOUNCE_MS = 250;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A file under `root` for a URL path, or undefined when it leaves the folder. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (p.includes('\0')) return undefined;
  if (p.endsWith('/')) p += 'index.html';
  const abs = resolve(root, '.' + p);
  return abs === root || abs.startsWith(root + sep) ? abs : undefined;
}

/**
 * Run the server until `io.signal` aborts.
 * @returns the exit code (0 after Ctrl-C, 1 when the server cannot start)
 */
export async function runServe(args: ServeArgs, io: CliIO, ready?: (url: string) => void): Promise<number> {
  // Loaded here, not at the top: the CLI's other commands should not pay for react-pdf.
  const { build } = await import('../pipeline/build.js');
  const { BuildSession } = await import('../pipeline/build-session.js');
  const format = (args.format ?? 'short') as DiagnosticFormat;
  const port = args.port === undefined ? DEFAULT_PORT : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    printDiagnostics(io, [diag('UsageInvalid', { detail: `--port takes a number from 1 to 65535, found "${args.port}"` })], format, new Map());
    return 2;
  }
  const host = args.host ?? '127.0.0.1';
  const paths = projectPaths(projectRoot(io), typedPath(io, args.out));
  const outDir = paths.output;
  // Default: render in this thread, kept warm between rebuilds; --workers as for build.
  const workers = args.workers === undefined ? 0 : parseWorkers(args.workers);
  if (typeof workers === 'object') {
    printDiagnostics(io, [workers], format, new Map());
    return 2;
  }
  const signal = io.signal;
  const documents = documentSelectors(projectRoot(io), [...(list(args.doc) ?? []), ...(args._ ?? [])], io.cwd);
  const options: BuildOptions = {
    root: projectRoot(io),
    outDir,
    workers,
    ...(documents ? { documents } : {}),
    ...(list(args.brand) ? { brands: list(args.brand)! } : {}),
    ...(list(args.lang) ? { langs: list(args.lang)! } : {}),
    ...(list(args.kind) ? { kinds: list(args.kind)! } : {}),
    ...(list(args.variant) ? { variants: list(args.variant)! } : {}),
    ...(signal ? { signal } : {}),
  };

  // One session for every rebuild: its renderer (in this thread by default) stays warm.
  const session = new BuildSession(options, true);
  const clients = new Set<ServerResponse>();
  const broadcast = () => {
    for (const c of clients) c.write('event: reload\ndata: now\n\n');
  };

  let building: Promise<void> | undefined;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (building) {
      again = true;
      return building;
    }
    building = (async () => {
      do {
        again = false;
        try {
          const report = await build(options, session);
          printDiagnostics(io, report.diagnostics, format, report.sources);
          if (!report.locked) io.stderr.write(summaryTable(report));
        } catch (e) {
          io.stderr.write(`the build stopped unexpectedly (${(e as Error)?.message?.split('\n')[0] ?? String(e)}); still serving the last good files\n`);
        }
        if (!signal?.aborted) broadcast();
      } while (again && !signal?.aborted);
    })();
    try {
      await building;
    } finally {
      building = undefined;
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === LIVE_RELOAD_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const file = fileFor(outDir, url.pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(file ? 'Niet gevonden. Is de build al klaar?\n' : 'Niet gevonden\n');
      return;
    }
    if (statSync(file).isDirectory()) {
      res.writeHead(301, { location: url.pathname.replace(/\/?$/, '/') }).end();
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (type.startsWith('text/html')) {
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : injectLiveReload(readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });

  const listening = await new Promise<true | Error>((ok) => {
    server.once('error', (e) => ok(e));
    server.listen(port, host, () => ok(true));
  });
  if (listening !== true) {
    const cause = (listening as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'another program is using it' : listening.message;
    printDiagnostics(io, [diag('ServePortInUse', { port, cause })], format, new Map());
    await session.close();
    return 1;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}/`;

  // The watch mode's watcher (debounced bursts of saves); folders that hold the output
  // folder are left out, or every build would trigger the next.
  const dirs = (['content', 'assets', 'layouts'] as const).filter((d) => {
    const abs = resolve(projectRoot(io), d);
    return existsSync(abs) && outDir !== abs && !outDir.startsWith(abs + sep);
  });
  let watcher: Watcher | undefined;
  try {
    watcher = watchFiles(projectRoot(io), [...dirs], () => void rebuild(), DEBOUNCE_MS);
  } catch (e) {
    io.stderr.write(`cannot watch ${dirs.join(', ')} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); rebuild by hand with \`drukklaar build\`\n`);
  }

  io.stderr.write(`serving ${outDir} at ${url}\nwatching content/, assets/ and layouts/; Ctrl-C stops\n`);
  await rebuild();
  if (!signal?.aborted) {
    io.stderr.write(`catalogue: ${url}\n`);
    ready?.(url);
    await new Promise<void>((done) => {
      if (!signal) return; // without a signal the server runs until the process ends
      signal.addEventListener('abort', () => done(), { once: true });
    });
  }

  watcher?.close();
  if (building) await building.catch(() => undefined);
  for (const c of clients) c.end();
  clients.clear();
  await new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
  await session.close();
  io.stderr.write('stopped\n');
  return 0;
}

/** The `serve` command for the CLI (citty), reporting its exit code through `setCode`. */
export function serveCommand(io: CliIO, setCode: (c: number) => void): CommandDef<any> {
  return defineCommand({
    meta: { name: 'serve', description: 'Build, serve the catalogue on localhost and rebuild when content changes' },
    args: async () => ({
      port: { type: 'string', description: `port on localhost (default ${DEFAULT_PORT})` },
      ...(await selectionArgs()),
      brand: { type: 'string', description: 'only these brands; with one brand the catalogue wears its colours and logo' },
      workers: { type: 'string', description: 'render on N worker threads (1 to 64) or auto; default: in this thread' },
      format: { type: 'string', description: 'diagnostics format: long, short or json', default: 'short' },
    } as const),
    async run({ args }) {
      setCode(await runServe(args as ServeArgs, io));
    },
  });
}
