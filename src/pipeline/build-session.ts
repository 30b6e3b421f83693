/**
 * A build session: what one build (or one `watch`/`serve` loop of builds) owns. The
 * options, the project's paths, its configuration (drukklaar.yml, read once per build),
 * the file hashes that key the incremental cache, the renderer, and the report the
 * stages fill in. Nothing a stage needs lives in module state: it is here or in the
 * artifact the stage is given.
 */
import { resolve } from 'node:path';
import { loadProjectConfig, type LoadedConfig } from '../config/project-config.js';
import { projectPaths, type ProjectPaths } from '../project.js';
import { toolRoot } from '../tool-root.js';
import { emptyReport, type BuildReport, type BuildReporter } from './build-report.js';
import { CodeDigest, FileHashes } from './code-digest.js';
import { readModuleGraph, type ModuleGraph } from './code-graph.js';
import type { Selection } from './plan.js';
import type { CheckedLanguage } from '../languages/load-languages.js';
import { ContentMemo } from '../source/content-memo.js';
import type { LoadContext } from './load-project.js';
import type { DocumentStepsResult } from './load-documents.js';
import { createRenderer, type Renderer } from './renderer.js';
import { clearMemos } from '../memos.js';

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
  /**
   * Optional: wraps writing one output (its files, then the manifest), which a stop must not
   * cut in two. The CLI lets a stop request wait for it (src/cli.ts).
   */
  protectWrites?: <T>(write: () => Promise<T>) => Promise<T>;
  /** Folder whose src/ and layouts/ key the cache (default: drukklaar's own folder; tests point elsewhere). */
  codeRoot?: string;
  /** Print-shop files beside the PDFs (default: `print.pdfx` of drukklaar.yml). */
  pdfx?: boolean;
  /** Write the catalogue (index.html and thumbnails); default true. Tests that do not look at it turn it off. */
  catalogue?: boolean;
}

/** File hashes kept across runs (code-digest.ts), in the project's cache folder. */
const FILE_HASHES = 'file-hashes.json';

/**
 * Owns the state of builds of one project into one output folder. Create one per build,
 * or one per `watch`/`serve` loop (then the renderer and file hashes stay warm between
 * rebuilds); `startBuild` begins each build, `close` ends the session.
 */
export class BuildSession {
  readonly paths: ProjectPaths;
  /** Hashes of the files read so far, keyed by path and file identity (source/file-identity.ts). */
  readonly fileHashes = new FileHashes();
  /** drukklaar.yml as read at the start of the current build, with its problems (reported by load-brands.ts) and text. */
  config!: LoadedConfig;
  /** Digests of drukklaar's code and of the project's files, for the current build, and the module graph of drukklaar's code. */
  code!: { tool: CodeDigest; project: CodeDigest; graph?: ModuleGraph };
  /** What the current build found and made. */
  report!: BuildReport;
  /** Checked language files, kept across the builds of the session. */
  readonly languageMemo = new ContentMemo<CheckedLanguage>();
  /** Documents through their steps, kept across the builds of the session. */
  readonly stepMemo = new ContentMemo<DocumentStepsResult>();
  private renderers?: Renderer;
  private startedAt = 0;
  private cleanups: (() => void | Promise<void>)[] = [];

  /**
   * @param options the build's options (a watch loop passes the same ones each time)
   * @param persistent whether the session outlives one build (watch, serve): its renderer
   *   then stays open until `close`, and thumbnails are drawn in the catalogue stage
   */
  constructor(
    public options: BuildOptions,
    readonly persistent = false,
  ) {
    this.paths = projectPaths(options.root, options.outDir);
  }

  /**
   * Begin a build (build.ts and check call it first): an empty report, drukklaar.yml read
   * again, fresh digests over the kept file hashes.
   * @param options optional: this build's options (a rebuild's reporter); same project and output folder
   */
  startBuild(options: BuildOptions = this.options): void {
    this.options = options;
    this.startedAt = performance.now();
    this.report = emptyReport(this.paths.output);
    this.config = loadProjectConfig(this.paths.root);
    this.fileHashes.load(resolve(this.paths.cache, FILE_HASHES));
    const graph = readModuleGraph(toolRoot());
    this.code = {
      tool: new CodeDigest(this.options.codeRoot ?? toolRoot(), this.fileHashes),
      project: new CodeDigest(this.paths.root, this.fileHashes),
      ...(graph ? { graph } : {}),
    };
  }

  /** Milliseconds since this build started. */
  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }

  /** The renderer (made on first use, with the options' worker threads). */
  get renderer(): Renderer {
    return (this.renderers ??= createRenderer(this.options.workers ?? 0));
  }

  /** Close the renderer's workers (a later render makes a new one). */
  async closeRenderer(): Promise<void> {
    const open = this.renderers;
    this.renderers = undefined;
    await open?.close();
  }

  /** Print files beside the PDFs: the option, or drukklaar.yml's `print.pdfx`. */
  get pdfx(): boolean {
    return this.options.pdfx ?? this.config.config.print.pdfx;
  }

  /** Run this when the current build ends, however it ends (a lock to release, a worker to stop); last registered runs first. */
  atBuildEnd(cleanup: () => void | Promise<void>): void {
    this.cleanups.push(cleanup);
  }

  /** The end of a build: run the cleanups, close a renderer this build alone used, keep the file hashes for the next process. */
  async finishBuild(): Promise<void> {
    this.fileHashes.save(resolve(this.paths.cache, FILE_HASHES));
    if (!this.persistent) await this.closeRenderer();
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup();
  }

  /** What loading brands, languages and documents takes from the session (load-project.ts). */
  loadContext(): LoadContext {
    return { config: this.config, languageMemo: this.languageMemo, stepMemo: this.stepMemo };
  }

  /**
   * Forget every cached file hash and memo, the session's and this thread's (src/memos.ts):
   * the next build reads and checks every file again. Render workers start fresh per build.
   */
  reset(): void {
    this.fileHashes.reset();
    this.languageMemo.clear();
    this.stepMemo.clear();
    clearMemos();
  }

  /** End the session: its renderer's workers stop. */
  async close(): Promise<void> {
    await this.closeRenderer();
  }
}
