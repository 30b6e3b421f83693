/**
 * The build, as an ordered list of named stages:
 *   1. lock the output folder
 *   2. load brands and languages
 *   3. load documents (decode → front matter → kind → validate → markdown → model → link);
 *      stages 2 and 3 are load-project.ts, shared with `check`
 *   4. plan outputs (document × brand × variant) and skip those whose digest is unchanged
 *   5. preflight: every check that must pass before writing (glyphs, pictograms, text that
 *      must fit), the same stage that `check` ends with
 *   6. render and write each output atomically
 *   7. write the manifest
 *   8. write the catalogue (index.html and thumbnails); its failure is a diagnostic, never a failed PDF
 * One bad document never stops the others; a failed output keeps its last good PDF.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { createThumbnailer, defaultThumbnailThreads, type Thumbnail, type Thumbnailer } from '../catalogue/thumbnail.js';
import { thumbnailsMissing } from '../catalogue/thumbnails.js';
import { writeCatalogue } from '../catalogue/write-catalogue.js';
import { uniqueDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { acquireLock } from '../output/lock.js';
import { MANIFEST, readManifest, writeManifest, type Manifest, type ManifestEntry } from '../output/manifest.js';
import { writeAtomic } from '../output/write-atomic.js';
import { projectPaths, type ProjectPaths } from '../project.js';
import type { RenderTask } from '../render/render-task.js';
import { CodeDigest, loadFileHashes, saveFileHashes } from './code-digest.js';
import { loadProjectConfig } from '../config/project-config.js';
import { isPrintable, preparePrinter, printFileName } from '../print/print-stage.js';
import { forgetStamp, inputsDigest, matchingStamp, writeStamp } from './build-stamp.js';
import { toolRoot } from '../tool-root.js';
import { discoverDocuments } from './load-documents.js';
import { filesFor, unmatchedSelectors } from './select-documents.js';
import { loadProject } from './load-project.js';
import { preflight, taskOf } from './preflight.js';
import { planJobs, TOOL_VERSION, type Job, type Selection } from './plan.js';
import { createRenderer, type Render, type Renderer } from './renderer.js';
import { claimsPdfUa } from '../accessibility/claims-pdf-ua.js';

/** File hashes kept across runs (code-digest.ts), in the project's cache folder. */
const FILE_HASHES = 'file-hashes.json';

export interface BuildOptions extends Selection {
  root: string;
  outDir?: string;
  clean?: boolean;
  /** Rebuild even when the digest is unchanged. */
  force?: boolean;
  /** Worker threads for rendering; 0 renders in this thread. */
  workers?: number | 'auto';
  /** Date printed on outputs (slug lines); fixed for reproducible builds. */
  date?: Date;
  reporter?: BuildReporter;
  signal?: AbortSignal;
  /** Folder whose src/ and layouts/ key the cache (default: drukklaar's own folder; tests point elsewhere). */
  codeRoot?: string;
  /** Reuse a renderer across builds (watch mode). */
  renderer?: Renderer;
  /** Print-shop files beside the PDFs (default: `print.pdfx` of drukklaar.yml). */
  pdfx?: boolean;
  /** Optional: wraps each render that runs in this thread (the CLI lets a stop request end the process during it; see cli.ts). */
  aroundThreadRender?: <T>(render: () => Promise<T>) => Promise<T>;
}

export type OutputStatus = 'built' | 'skipped' | 'failed';

export interface OutputResult {
  out: string;
  document: string;
  status: OutputStatus;
  pages: number;
  bytes: number;
  ms: number;
  /** A previous good file stays in place after a failure. */
  stale?: boolean;
}

export interface BuildReport {
  outDir: string;
  outputs: OutputResult[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Documents with errors: their file failed, or some of their outputs did. */
  failedDocuments: string[];
  ms: number;
  interrupted?: boolean;
  locked?: boolean;
  /** When the first PDF was complete, in ms since the process started (performance.now()). */
  firstPdfAt?: number;
  /** Milliseconds spent in each stage, for the benchmark and for profiling a slow build. */
  stages: Record<string, number>;
}

export interface BuildReporter {
  start?(total: number): void;
  output?(result: OutputResult, done: number, total: number): void;
  current?(out: string): void;
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const t0 = performance.now();
  const paths: ProjectPaths = projectPaths(options.root, options.outDir);
  const report: BuildReport = { outDir: paths.output, outputs: [], diagnostics: [], sources: new Map(), failedDocuments: [], ms: 0, stages: {} };
  let stageStart = performance.now();
  const stage = (name: string) => {
    const t = performance.now();
    report.stages[name] = Math.round(t - stageStart);
    stageStart = t;
  };

  // 1. lock
  const got = acquireLock(paths.output);
  if ('heldBy' in got) {
    report.diagnostics.push(diag('BuildLocked', { pid: got.heldBy, dir: paths.output, lock: got.path }));
    report.locked = true;
    return report;
  }
  // Temporary files left by a build that was killed are never complete outputs: remove them.
  removeLeftovers(paths.output);
  const ownsRenderer = !options.renderer;
  const renderer = options.renderer ?? createRenderer(paths, options.workers ?? 0);
  let rendererOpen = true;
  let thumbnailer: Thumbnailer | undefined;
  try {
    if (options.clean) {
      for (const entry of ['manifest.json', 'index.html']) rmSync(resolve(paths.output, entry), { force: true });
      for (const dir of existsSync(paths.output) ? readdirSync(paths.output) : []) {
        if (dir !== '.drukklaar.lock') rmSync(resolve(paths.output, dir), { recursive: true, force: true });
      }
    }

    // 1b. nothing changed since the last clean build: report it and stop (see build-stamp.ts)
    const config = loadProjectConfig(paths.root).config;
    const pdfx = options.pdfx ?? config.print.pdfx;
    const stampOptions = { ...selectionOf(options), force: !!options.force, pdfx };
    // One pair of digests for the whole build: the stamp and the plan share their file hashes.
    loadFileHashes(resolve(paths.cache, FILE_HASHES));
    const code = { tool: new CodeDigest(options.codeRoot ?? toolRoot()), project: new CodeDigest(paths.root) };
    const digest = inputsDigest(code, TOOL_VERSION, stampOptions);
    // Remote logos can change without a file here changing: with allowed hosts, always look.
    const remote = config.remoteImages.allow.length > 0;
    const stamp = options.force || options.clean || remote ? undefined : matchingStamp(paths, digest);
    if (stamp) {
      report.outputs = stamp.outputs.map((o) => ({ ...o, status: 'skipped' as const, ms: 0 }));
      report.diagnostics.push(...stamp.warnings);
      for (const [k, v] of Object.entries(stamp.sources)) report.sources.set(k, v);
      report.ms = Math.round(performance.now() - t0);
      return report;
    }
    forgetStamp(paths);

    // 2–3. brands, languages and documents (shared with `check`); Ghostscript for print files
    const printing = preparePrinter(pdfx, toolRoot());
    report.diagnostics.push(...printing.diagnostics);
    // With --doc, only the files that can matter are read; a selector that names none is an error.
    const allFiles = options.documents?.length ? await discoverDocuments(paths) : undefined;
    if (allFiles && options.documents) report.diagnostics.push(...unmatchedSelectors(allFiles, options.documents));
    const project = await loadProject(paths, options, allFiles && options.documents ? filesFor(allFiles, options.documents) : undefined, stage);
    const { brands: brandsLoaded, languages: langsLoaded, documents: loaded } = project;
    report.diagnostics.push(...project.diagnostics);
    for (const [k, v] of project.sources) report.sources.set(k, v);
    report.failedDocuments = [...loaded.failed].sort();

    // 4. plan
    const jobs = planJobs(loaded.docs, brandsLoaded.brands, langsLoaded.languages, options, code);
    const previous = readManifest(paths.output);
    const manifest: Manifest = { tool: 'drukklaar', version: TOOL_VERSION, outputs: { ...(previous?.outputs ?? {}) } };
    for (const out of Object.keys(manifest.outputs)) if (!existsSync(resolve(paths.output, out))) delete manifest.outputs[out];

    // Outputs of documents that failed keep their previous file, marked stale.
    for (const [out, entry] of Object.entries(manifest.outputs)) {
      if (loaded.failed.has(entry.document) && existsSync(resolve(paths.output, out))) {
        manifest.outputs[out] = { ...entry, stale: true };
        report.outputs.push({ out, document: entry.document, status: 'failed', pages: entry.pages, bytes: entry.bytes, ms: 0, stale: true });
      }
    }

    const todo: Job[] = [];
    for (const job of jobs) {
      const prev = manifest.outputs[job.out];
      const printMissing = !!printing.printer && isPrintable(job.variant, job.doc.meta.status) && !existsSync(resolve(paths.output, printFileName(job.out)));
      if (!options.force && prev && prev.digest === job.digest && !prev.stale && existsSync(resolve(paths.output, job.out)) && !printMissing) {
        report.outputs.push({ out: job.out, document: job.doc.source.path, status: 'skipped', pages: prev.pages, bytes: prev.bytes, ms: 0 });
      } else todo.push(job);
    }

    stage('plan');
    // 5. every check before writing (shared with `check`): glyphs, pictograms, text that must fit
    const checked = await preflight(todo, paths, options.signal);
    report.diagnostics.push(...checked.diagnostics);

    stage('preflight');
    // 6. render and write
    // With a core to spare, each PDF's thumbnail is drawn on a worker as soon as the PDF is
    // written, while the next one renders. The worker starts with the first PDF written, not
    // before: starting it (and loading pdfjs) beside the first render delayed that first PDF
    // by ~140 ms; with a single PDF there is nothing to overlap. Watch and serve (which pass
    // their own renderer) draw the few thumbnails of a rebuild in the catalogue stage.
    const early = new Map<string, Promise<Thumbnail>>();
    const groups = scheduleByDocument(todo, previous);
    const drawEarly = ownsRenderer && todo.length > 1 && renderer.threads(groups) < availableParallelism();
    const needsThumbnail = thumbnailsMissing(paths.output);
    options.reporter?.start?.(jobs.length);
    let done = report.outputs.filter((o) => o.status === 'skipped').length;
    const date = (options.date ?? new Date()).toISOString();
    const inThread = renderer.threads(groups) === 0;
    const runOne = async (job: Job, render: Render) => {
      if (options.signal?.aborted) return;
      const file = resolve(paths.output, job.out);
      const hadFile = existsSync(file);
      const fail = (d?: Diagnostic) => {
        if (d) report.diagnostics.push(d);
        const prev = manifest.outputs[job.out];
        if (prev && hadFile) manifest.outputs[job.out] = { ...prev, stale: true };
        const r: OutputResult = { out: job.out, document: job.doc.source.path, status: 'failed', pages: prev?.pages ?? 0, bytes: prev?.bytes ?? 0, ms: 0, stale: hadFile };
        report.outputs.push(r);
        options.reporter?.output?.(r, ++done, jobs.length);
      };
      if (checked.failed.has(job.out)) return fail();
      options.reporter?.current?.(job.out);
      const t = performance.now();
      const task: RenderTask = {
        ...taskOf(job, date),
        shapingKey: [job.doc.source.path, job.doc.translationOf?.source.path].filter(Boolean).join('\n'),
      };
      let rendered;
      try {
        // Not once the thumbnail worker runs: a signal that arrived while the handlers were off
        // was then lost (seen in tests, cause not found), and the build ran to its end.
        rendered = await (inThread && !thumbnailer && options.aroundThreadRender ? options.aroundThreadRender(() => render(task)) : render(task));
      } catch (e) {
        const d = (e as { diagnostics?: Diagnostic[] }).diagnostics;
        if (d) {
          report.diagnostics.push(...d.map((x) => ({ ...x, file: x.file ?? job.doc.source.path })));
          return fail();
        }
        return fail(diag('RenderFailed', { output: job.out, cause: (e as Error).message.split('\n')[0] }, { file: job.doc.source.path }));
      }
      if (rendered.warnings) report.diagnostics.push(...rendered.warnings.map((x) => ({ ...x, file: x.file ?? job.doc.source.path })));
      try {
        const extras: ManifestEntry['extras'] = [];
        for (const x of rendered.extras ?? []) {
          const xOut = job.out.replace(/\.pdf$/, `${x.suffix}.pdf`);
          writeAtomic(resolve(paths.output, xOut), x.pdf);
          extras.push({ path: xOut, pages: x.pages, bytes: x.pdf.byteLength, ...(claimsPdfUa(x.pdf) ? { accessible: 'PDF/UA-1' as const } : {}) });
        }
        writeAtomic(file, rendered.pdf);
        if (printing.printer && isPrintable(job.variant, job.doc.meta.status)) {
          const printOut = printFileName(job.out);
          try {
            const printed = await printing.printer.print(rendered.pdf, job.doc.meta.title, new Date(date));
            writeAtomic(resolve(paths.output, printOut), printed);
            extras.push({ path: printOut, pages: rendered.pages, bytes: printed.byteLength });
          } catch (e) {
            report.diagnostics.push(diag('PrintFileFailed', { output: printOut, cause: (e as Error).message.split('\n')[0] }, { file: job.doc.source.path }));
          }
        }
        const ms = Math.round(performance.now() - t);
        manifest.outputs[job.out] = {
          document: job.doc.source.path,
          kind: job.doc.kind.name,
          slug: job.doc.slug,
          title: job.doc.meta.title,
          brand: job.brand.id,
          lang: job.doc.meta.lang,
          languages: job.doc.translationOf ? [job.doc.translationOf.meta.lang, job.doc.meta.lang] : [job.doc.meta.lang],
          dir: job.doc.language.dir,
          variant: job.variant.id,
          // What the catalogue says of the file, kept with it: a later partial build plans
          // other outputs and must not lose these.
          ...(job.variant.label ? { variantLabel: job.variant.label } : {}),
          ...(typeof job.doc.meta.duplex === 'string' ? { duplex: job.doc.meta.duplex } : {}),
          paper: String((job.doc.meta as { paper?: string }).paper ?? job.brand.paper ?? 'a4'),
          ...(job.doc.meta.status ? { status: job.doc.meta.status } : {}),
          inputs: job.inputs,
          digest: job.digest,
          pages: rendered.pages,
          bytes: rendered.pdf.byteLength,
          ms,
          ...(claimsPdfUa(rendered.pdf) ? { accessible: 'PDF/UA-1' as const } : {}),
          ...(extras.length ? { extras } : {}),
        };
        report.firstPdfAt ??= Math.round(performance.now());
        if (drawEarly) thumbnailer ??= createThumbnailer({ threads: 1 });
        if (thumbnailer && needsThumbnail(job.digest)) {
          const thumb = thumbnailer.render(file);
          thumb.catch(() => {}); // reported by the catalogue stage
          early.set(file, thumb);
        }
        // Keep the manifest in step with the files, so a build killed midway leaves both in agreement.
        writeManifest(paths.output, manifest);
        const r: OutputResult = { out: job.out, document: job.doc.source.path, status: 'built', pages: rendered.pages, bytes: rendered.pdf.byteLength, ms };
        report.outputs.push(r);
        options.reporter?.output?.(r, ++done, jobs.length);
      } catch (e) {
        fail(diag('OutputWriteFailed', { path: job.out, cause: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
      }
    };
    await renderer.runAll(groups, runOne, options.signal);
    report.interrupted = !!options.signal?.aborted;

    // Drop manifest entries whose file is gone (deleted by hand or by --clean).
    for (const out of Object.keys(manifest.outputs)) if (!existsSync(resolve(paths.output, out))) delete manifest.outputs[out];
    stage('render');
    // 7. manifest
    writeManifest(paths.output, manifest);
    void statSync(resolve(paths.output, MANIFEST));
    stage('manifest');
    // 8. catalogue, with the render workers gone (their memory is freed before the thumbnails
    // take theirs) and every core free for thumbnails
    if (ownsRenderer) {
      rendererOpen = false;
      await renderer.close();
    }
    if (thumbnailer) thumbnailer.threads = defaultThumbnailThreads();
    if (!report.interrupted) {
      const variantLabels = new Map(jobs.flatMap((j): [string, string][] => (j.variant.label ? [[j.out, j.variant.label]] : [])));
      const catalogue = await writeCatalogue({
        outDir: paths.output,
        outputs: manifest.outputs,
        brands: brandsLoaded.brands,
        languages: langsLoaded.languages,
        variantLabels,
        duplex: new Map(jobs.flatMap((j): [string, string][] => {
          const d = (j.doc.meta as { duplex?: unknown }).duplex;
          return typeof d === 'string' ? [[j.out, d]] : [];
        })),
        ...(options.brands ? { selectedBrands: options.brands } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(thumbnailer ? { thumbnailer, early } : {}),
      });
      report.diagnostics.push(...catalogue.diagnostics);
    }
    stage('catalogue');
    // A clean, complete build leaves a stamp for the no-op fast path.
    // Ctrl-C during the catalogue still counts: the caller exits 130 and no stamp is left.
    report.interrupted ||= !!options.signal?.aborted;
    if (!report.interrupted && !report.diagnostics.some((d) => d.severity === 'error')) {
      const warned = new Set(report.diagnostics.map((d) => d.file).filter((f): f is string => !!f));
      writeStamp(paths, {
        digest,
        outputs: report.outputs.map(({ out, document, pages, bytes }) => ({ out, document, pages, bytes })),
        warnings: uniqueDiagnostics(report.diagnostics),
        sources: Object.fromEntries([...report.sources].filter(([f]) => warned.has(f))),
      });
    }
  } finally {
    saveFileHashes(resolve(paths.cache, FILE_HASHES));
    await thumbnailer?.close();
    if (ownsRenderer && rendererOpen) await renderer.close();
    got.lock.release();
  }
  report.outputs.sort((a, b) => a.out.localeCompare(b.out));
  // A document with errors is one whose file failed or any of whose outputs failed.
  report.failedDocuments = [...new Set([...report.failedDocuments, ...report.outputs.filter((o) => o.status === 'failed').map((o) => o.document)])].sort();
  // An error found for every output of a document (each brand) is one error.
  report.diagnostics = uniqueDiagnostics(report.diagnostics);
  report.ms = Math.round(performance.now() - t0);
  return report;
}

/** Delete `*.tmp-*` files under the output folder (we hold the lock, so none is being written). */
function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.tmp-\d+-[a-z0-9]+$/.test(entry.name)) rmSync(resolve(entry.parentPath, entry.name), { force: true });
  }
}

/** The options that decide what a build makes (for the stamp). */
function selectionOf(o: BuildOptions): Selection & { outDir?: string } {
  return { documents: o.documents, brands: o.brands, langs: o.langs, kinds: o.kinds, variants: o.variants, release: o.release, shard: o.shard };
}

/** Rough render cost of an output by kind, in ms, when no earlier build timed it. */
const KIND_COST: Record<string, number> = { quickscan: 600, cards: 800, checklist: 250, tips: 150 };

/**
 * The outputs of one document go together (one worker: its shaped text and fonts are
 * warm for the other brands and variants), and the longest groups go first, so that
 * the workers finish together (longest processing time first). A group's cost is what
 * its outputs took in the last build, or a guess by kind.
 */
export function scheduleByDocument(todo: Job[], previous: Manifest | undefined): Job[][] {
  const groups = new Map<string, { jobs: Job[]; cost: number }>();
  for (const job of todo) {
    const key = job.doc.source.path;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { jobs: [], cost: 0 }));
    g.jobs.push(job);
    g.cost += previous?.outputs[job.out]?.ms ?? KIND_COST[job.doc.kind.name] ?? 300;
  }
  // Stable: equal costs keep the plan's order, so the schedule is deterministic.
  return [...groups.values()].sort((a, b) => b.cost - a.cost).map((g) => g.jobs);
}
