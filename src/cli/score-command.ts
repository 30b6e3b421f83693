/**
 * `drukklaar score <document> <answers.csv>...`: read the answers of several respondents
 * to a document of a kind that scores answers (its `scoring`) and render a result report
 * PDF. Several files (e.g. one per language version of the document: the versions share
 * their ids) are scored together. All checks happen before anything is written: a bad CSV gives diagnostics with row
 * and column, exit code 1, and no report.
 */
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { ReactElement } from 'react';
import { loadBrands } from '../brands/load-brands.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { diag } from '../diagnostics/errors.js';
import { kinds } from '../kinds/registry.js';
import { loadLanguages } from '../languages/load-languages.js';
import { writeAtomic } from '../output/write-atomic.js';
import { discoverDocuments, loadDocuments } from '../pipeline/load-documents.js';
import { projectPaths } from '../project.js';
import { useProjectAssets } from '../render/render-task.js';
import { suggest } from '../schema/validate.js';
import { projectRoot, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';

export interface ScoreArgs {
  doc?: string;
  answers?: string;
  brand?: string;
  out?: string;
  format?: string;
  /** Date printed on the report (ISO); default today. For reproducible reports and tests. */
  date?: string;
  /** Every positional argument: the document, then one or more answers files. */
  _?: string[];
}

/** The kinds whose answers can be scored, with how. */
const scoredKinds = () => Object.values(kinds).flatMap((kind) => (kind.scoring ? [{ name: kind.name, ...kind.scoring }] : []));

/**
 * Run the score command.
 * @returns 0 when the report was written, 1 on bad input, 2 on bad usage
 */
export async function runScore(args: ScoreArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const fail = (diags: Diagnostic[], sources = new Map<string, string>(), code = 1) => {
    printDiagnostics(io, diags, format, sources);
    return code;
  };
  const scored = scoredKinds();
  const nouns = scored.map((k) => k.noun).join(' or ');
  const answerFiles = (args._ && args._.length > 1 ? args._.slice(1) : args.answers ? [args.answers] : []).map(String);
  if (!args.doc || !answerFiles.length) {
    return fail([diag('UsageInvalid', { reason: 'scoreArguments', nouns, usages: scored.map((k) => k.usage) })], undefined, 2);
  }
  const paths = projectPaths(projectRoot(io));

  // The document: a path to its file, or its slug.
  const all = await discoverDocuments(paths);
  const asPath = resolve(io.cwd, args.doc);
  let docFile = existsSync(asPath) ? relative(paths.root, asPath).split('\\').join('/') : all.find((f) => f.split('/').at(-1) === `${args.doc}.nl.md`) ?? all.find((f) => (f.split('/').at(-1) ?? '').startsWith(`${args.doc}.`));
  if (!docFile) {
    const slugs = all.map((f) => (f.split('/').at(-1) ?? '').replace(/\.[^.]+\.md$/, ''));
    const s = suggest(args.doc, slugs);
    return fail([diag('NothingSelected', { what: `\`${args.doc}\``, reason: 'scored', guess: s, nouns, fileHints: scored.map((k) => k.fileHint) })]);
  }
  const [brandsLoaded, langs] = await Promise.all([loadBrands(paths), Promise.resolve(loadLanguages(paths))]);
  // Its other language versions too (same folder and slug): answers given on any of them count together.
  const stem = docFile.replace(/\.[^./]+\.md$/, '.');
  const versions = all.filter((f) => f !== docFile && f.startsWith(stem) && /^[^./]+\.md$/.test(f.slice(stem.length)));
  const loaded = await loadDocuments(paths, { languages: langs.languages, brandIds: [...brandsLoaded.brands.keys(), ...brandsLoaded.failed] }, [docFile, ...versions]);
  const sources = new Map([...brandsLoaded.sources, ...langs.sources, ...loaded.sources]);
  const doc = loaded.docs.find((d) => d.source.path === docFile);
  const others = loaded.docs.filter((d) => d !== doc && d.kind === doc?.kind).map((d) => d.model);
  if (!doc) return fail(loaded.diagnostics.length ? loaded.diagnostics : [diag('NothingSelected', { what: `\`${args.doc}\``, reason: 'scoredFile' })], sources);
  const scoring = doc.kind.scoring;
  if (!scoring) {
    return fail([diag('UsageInvalid', { reason: 'scoreKind', document: docFile, kind: doc.kind.name, nouns, scored })], sources, 2);
  }

  // The brand: --brand, else the first the document allows.
  const allowed = [...brandsLoaded.brands.keys()].filter((b) => !doc.meta.brands || doc.meta.brands.includes(b)).sort();
  const brandId = args.brand ?? allowed[0];
  const brand = brandId ? brandsLoaded.brands.get(brandId) : undefined;
  if (!brand) {
    const known = [...brandsLoaded.brands.keys()];
    return fail([diag('BrandUnknown', { brand: brandId ?? '(none)', known: known.join(', '), suggestion: brandId ? suggest(brandId, known) : undefined })], sources);
  }

  // The answers, from every file given.
  const files: { bytes: Uint8Array; name: string; abs: string }[] = [];
  for (const answers of answerFiles) {
    const abs = resolve(io.cwd, answers);
    const name = relative(io.cwd, abs).split('\\').join('/');
    try {
      files.push({ bytes: readFileSync(abs), name, abs });
    } catch (e) {
      return fail([diag('SourceUnreadable', { cause: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: name })], sources);
    }
    if (!files.at(-1)!.bytes.length) return fail([diag('CsvEmpty', {}, { file: name })], sources);
  }
  const scoredAnswers = scoring.score(doc.model, files, others);
  // The answers files' text, for the code frames of what is said about them.
  for (const f of files) sources.set(f.name, new TextDecoder('utf-8').decode(f.bytes).replace(/\r\n?/g, '\n'));
  if ('diagnostics' in scoredAnswers) return fail(scoredAnswers.diagnostics, sources);
  if (scoredAnswers.warnings?.length) printDiagnostics(io, scoredAnswers.warnings, format, sources);
  const date = args.date ? new Date(args.date) : new Date();
  // Beside the scan's own PDFs, where the catalogue and a school look for them.
  const out = args.out ? resolve(io.cwd, args.out) : resolve(paths.output, brand.id, doc.meta.lang, `${doc.slug}--resultaten.pdf`);
  try {
    useProjectAssets(paths);
    const pdf = await renderToBuffer(
      scoredAnswers.report({ brand, language: doc.language, answersName: files.map((f) => basename(f.abs)).join(', '), date: Number.isNaN(date.getTime()) ? new Date() : date }) as ReactElement<DocumentProps>,
    );
    writeAtomic(out, pdf);
  } catch (e) {
    return fail([diag('RenderFailed', { output: relative(io.cwd, out), cause: (e as Error).message.split('\n')[0]! }, { file: docFile })], sources);
  }
  io.stderr.write(`wrote ${relative(io.cwd, out) || out}: ${scoredAnswers.summary}\n`);
  return 0;
}
