/**
 * Everything that must hold before an output is written: the last stage of `check` and
 * the stage before rendering in `build`, so that `check` finds what `build` would fail on.
 * A declared list of checks:
 *   per document: glyph coverage (of a translation and the Dutch text printed beside it),
 *   pictograms (a translation's are its source's);
 *   per output: the kind's layout checks (text that must fit its box),
 *   run only for documents whose own checks passed.
 * A problem found for several outputs of one document (every brand) is reported once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPictograms, type IconFolder } from '../checks/pictograms.js';
import { uniqueDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { isKindWord, say, wordsFromDutch, type Language } from '../languages/language.js';
import type { ProjectPaths } from '../project.js';
import { checkCoverage } from '../render/coverage.js';
import type { RenderTask } from '../render/render-task.js';
import { checkOutputLayout } from './render-output.js';
import type { ModeledDocument } from './document-steps.js';
import type { LinkedDocument } from './load-documents.js';
import type { Job } from './plan.js';

export interface PreflightResult {
  /** Each once, with its file (and its span when it names a front matter field). */
  diagnostics: Diagnostic[];
  /** Outputs (`Job.out`) that must not be rendered. */
  failed: Set<string>;
}

/** What a check of one document gets: the document, the language of its Dutch source, the project. */
interface DocumentContext {
  doc: LinkedDocument;
  sourceLanguage?: Language;
  fontsDir: string;
  icons: IconFolder;
}

interface DocumentCheck {
  name: string;
  run(ctx: DocumentContext): Diagnostic[];
}

/** The document and, for a translation, the Dutch source printed beside it. */
function printed(doc: LinkedDocument, sourceLanguage: Language | undefined): { doc: ModeledDocument; language: Language }[] {
  return [{ doc, language: doc.language }, ...(doc.translationOf && sourceLanguage ? [{ doc: doc.translationOf, language: sourceLanguage }] : [])];
}

/** What a document prints: its own texts, its kind's fixed labels and fixed words in its language. */
const printedTexts = (doc: ModeledDocument, language: Language) => [
  ...doc.kind.texts(doc.model),
  ...(doc.kind.fixedTexts ?? []).map((text) => ({ text })),
  ...printedWords(language, doc.kind.wordPrefixes ?? []).map((text) => ({ text })),
];

/** The fixed words (common and the kind's) a layout may print in a language. */
function printedWords(language: Language, prefixes: readonly string[]): string[] {
  const keys = new Set([...Object.keys(language.strings), ...Object.keys(language.dutch ?? {})]);
  return [...keys].filter((key) => isKindWord(key, prefixes)).map((key) => say(language, key));
}

/**
 * The most pieces of text (headings, questions, items, paragraphs) one document may
 * have, unless its kind sets a lower `maxTexts`. Layouts that flow over many pages use
 * react-pdf's pagination engine that measures content once (`experimentalPagination`), so
 * cost grows linearly: 10,000 questions take about 21 s and 800 MB on a
 * 2-core machine (`BENCH_ONLY=growth npm run bench`). Larger is refused, with the advice to
 * split it.
 */
export const MAX_TEXTS = 10000;

/**
 * The most characters of text one document may have: about 270 pages of running text. A
 * 5 MB document (1,339 pages) took 131 s and 2.5 GB of memory to render, where a smaller
 * machine stops the build for lack of memory; 10,000 questions of one line are about 520,000.
 */
export const MAX_CHARACTERS = 1_000_000;

export const documentChecks: DocumentCheck[] = [
  {
    name: 'size',
    run: ({ doc }) => {
      const texts = doc.kind.texts(doc.model);
      const max = doc.kind.maxTexts ?? MAX_TEXTS;
      const at = { file: doc.source.path, span: { start: { line: 1, column: 1 } } };
      if (texts.length > max) return [diag('DocumentTooLarge', { count: texts.length, max }, at)];
      const characters = texts.reduce((n, t) => n + t.text.length, 0);
      return characters > MAX_CHARACTERS ? [diag('DocumentTooLong', { characters, max: MAX_CHARACTERS }, at)] : [];
    },
  },
  {
    name: 'coverage',
    run: ({ doc, sourceLanguage, fontsDir }) =>
      printed(doc, sourceLanguage).flatMap((p) => checkCoverage(fontsDir, p.language, printedTexts(p.doc, p.language), p.doc.source.path, p.doc.source.text)),
  },
  {
    // A translation prints its language's fixed words; those it leaves out come in Dutch.
    name: 'words from Dutch',
    run: ({ doc }) => {
      if (!doc.translationOf) return [];
      const keys = wordsFromDutch(doc.language, doc.kind.wordPrefixes ?? []);
      if (!keys.length) return [];
      const lang = doc.language.code;
      const shown = keys.slice(0, 6).map((k) => `\`${k}\``).join(', ') + (keys.length > 6 ? ` and ${keys.length - 6} more` : '');
      return [diag('LanguageWordsFromDutch', { lang, count: keys.length, keys: shown }, { file: `content/languages/${lang}.yml`, span: { start: { line: 1, column: 1 } } })];
    },
  },
  {
    // A translation prints the pictograms of its Dutch source (beside which it prints).
    name: 'pictograms',
    run: ({ doc, icons }) => {
      const from = doc.translationOf ?? doc;
      return located(from, checkPictograms(from.kind.pictograms?.(from.model) ?? [], icons));
    },
  },
];

/** Attach a document's file, and a span for a diagnostic that names only a front matter field. */
function located(doc: ModeledDocument, diags: readonly Diagnostic[]): Diagnostic[] {
  return diags.map((d) => {
    const span = d.span ?? (d.field ? doc.frontMatter.locate(d.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) : undefined);
    return { ...d, file: d.file ?? doc.source.path, ...(span ? { span } : {}) };
  });
}

/** The icons folder of the project, read once per preflight. */
function iconFolder(dir: string): IconFolder {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -'.svg'.length)).sort();
  } catch {
    // No icons folder: every pictogram is unknown.
  }
  return { names, read: (name) => readFileSync(resolve(dir, `${name}.svg`), 'utf8') };
}

/**
 * A document's key for a render (its source files): it scopes the text laid out for one
 * brand to the document's other brands, and names its shaped text in the cache folder.
 * @param doc a document, with the Dutch source it translates, if any
 */
export function renderScopeKey(doc: { source: { path: string }; translationOf?: { source: { path: string } } }): string {
  return [doc.source.path, doc.translationOf?.source.path].filter(Boolean).join('\n');
}

/**
 * What a render of this output gets (the layout checks and the render share it).
 * @param job the output
 * @param date the build's date, as an ISO string
 * @param paths the project's folders (fonts, pictograms, cache)
 */
export function taskOf(job: Job, date: string, paths: ProjectPaths): RenderTask {
  return {
    kind: job.doc.kind.name,
    model: job.doc.model,
    source: job.doc.translationOf?.model,
    brand: job.brand,
    language: job.doc.language,
    ...(job.sourceLanguage ? { sourceLanguage: job.sourceLanguage } : {}),
    variant: job.variant,
    date,
    folders: { fonts: paths.fonts, icons: paths.icons, cache: paths.cache },
  };
}

/**
 * Run every check for these outputs.
 * @param jobs the outputs (build: those it will render; check: all)
 * @param paths project paths (fonts, icons)
 * @param signal optional: stop between outputs when aborted
 */
export async function preflight(jobs: readonly Job[], paths: ProjectPaths, signal?: AbortSignal): Promise<PreflightResult> {
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const icons = iconFolder(paths.icons);
  const failedDocs = new Set<LinkedDocument>();
  for (const doc of new Set(jobs.map((j) => j.doc))) {
    const sourceLanguage = jobs.find((j) => j.doc === doc)?.sourceLanguage;
    const found = documentChecks.flatMap((c) => c.run({ doc, ...(sourceLanguage ? { sourceLanguage } : {}), fontsDir: paths.fonts, icons }));
    diagnostics.push(...found);
    if (found.some((d) => d.severity === 'error')) failedDocs.add(doc);
  }
  // Layout checks measure text; the date printed on an output does not take part.
  const date = new Date(0).toISOString();
  for (const job of jobs) {
    if (failedDocs.has(job.doc)) {
      failed.add(job.out);
      continue;
    }
    if (signal?.aborted) break;
    const found = located(job.doc, await checkOutputLayout(taskOf(job, date, paths)));
    diagnostics.push(...found);
    if (found.some((d) => d.severity === 'error')) failed.add(job.out);
  }
  return { diagnostics: uniqueDiagnostics(diagnostics), failed };
}
