/**
 * `drukklaar score <document> <answers.csv>`: read the answers of several respondents
 * to a document of a kind that scores answers (its `scoring`) and render a result report
 * PDF. All checks happen before anything is written: a bad CSV gives diagnostics with row
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
import { registerFonts } from '../render/fonts.js';
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
  if (!args.doc || !args.answers) {
    return fail([diag('UsageInvalid', { detail: `score needs a ${nouns} and an answers file`, hint: scored.map((k) => `drukklaar score ${k.usage}`).join('; ') })], undefined, 2);
  }
  const paths = projectPaths(projectRoot(io));

  // The document: a path to its file, or its slug.
  const all = await discoverDocuments(paths);
  const asPath = resolve(io.cwd, args.doc);
  let docFile = existsSync(asPath) ? relative(paths.root, asPath).split('\\').join('/') : all.find((f) => f.split('/').at(-1) === `${args.doc}.nl.md`) ?? all.find((f) => (f.split('/').at(-1) ?? '').startsWith(`${args.doc}.`));
  if (!docFile) {
    const slugs = all.map((f) => (f.split('/').at(-1) ?? '').replace(/\.[^.]+\.md$/, ''));
    const s = suggest(args.doc, slugs);
    return fail([diag('NothingSelected', { what: `\`${args.doc}\``, hint: s ? `did you mean \`${s}\`?` : `name the ${nouns} by its file (${scored.map((k) => k.fileHint).join(' or ')}) or its slug` })]);
  }
  const [brandsLoaded, langs] = await Promise.all([loadBrands(paths), Promise.resolve(loadLanguages(paths))]);
  const loaded = await loadDocuments(paths, { languages: langs.languages, brandIds: [...brandsLoaded.brands.keys(), ...brandsLoaded.failed] }, [docFile]);
  const sources = new Map([...brandsLoaded.sources, ...langs.sources, ...loaded.sources]);
  const doc = loaded.docs[0];
  if (!doc) return fail(loaded.diagnostics.length ? loaded.diagnostics : [diag('NothingSelected', { what: `\`${args.doc}\`` })], sources);
  const scoring = doc.kind.scoring;
  if (!scoring) {
    return fail([diag('UsageInvalid', { detail: `\`${docFile}\` is a ${doc.kind.name}, not a ${nouns}`, hint: `score reads answers to a ${scored.map((k) => `${k.noun} (\`kind: ${k.name}\`)`).join(' or ')}` })], sources, 2);
  }

  // The brand: --brand, else the first the document allows.
  const allowed = [...brandsLoaded.brands.keys()].filter((b) => !doc.meta.brands || doc.meta.brands.includes(b)).sort();
  const brandId = args.brand ?? allowed[0];
  const brand = brandId ? brandsLoaded.brands.get(brandId) : undefined;
  if (!brand) {
    const known = [...brandsLoaded.brands.keys()];
    return fail([diag('BrandUnknown', { brand: brandId ?? '(none)', known: known.join(', '), suggestion: brandId ? suggest(brandId, known) : undefined })], sources);
  }

  // The answers.
  const csvAbs = resolve(io.cwd, args.answers);
  const csvName = relative(io.cwd, csvAbs).split('\\').join('/');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(csvAbs);
  } catch (e) {
    return fail([diag('SourceUnreadable', { cause: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: csvName })], sources);
  }
  if (!bytes.length) return fail([diag('CsvEmpty', {}, { file: csvName })], sources);
  const scoredAnswers = scoring.score(doc.model, bytes, csvName);
  if ('diagnostics' in scoredAnswers) {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
    sources.set(csvName, text);
    return fail(scoredAnswers.diagnostics, sources);
  }

  const date = args.date ? new Date(args.date) : new Date();
  // Beside the scan's own PDFs, where the catalogue and a school look for them.
  const out = args.out ? resolve(io.cwd, args.out) : resolve(paths.output, brand.id, doc.meta.lang, `${doc.slug}--resultaten.pdf`);
  try {
    registerFonts(paths.fonts);
    const pdf = await renderToBuffer(
      scoredAnswers.report({ brand, language: doc.language, answersName: basename(csvAbs), date: Number.isNaN(date.getTime()) ? new Date() : date }) as ReactElement<DocumentProps>,
    );
    writeAtomic(out, pdf);
  } catch (e) {
    return fail([diag('RenderFailed', { output: relative(io.cwd, out), cause: (e as Error).message.split('\n')[0] }, { file: docFile })], sources);
  }
  io.stderr.write(`wrote ${relative(io.cwd, out) || out}: ${scoredAnswers.summary}\n`);
  return 0;
}
