/**
 * `drukklaar translate <doc> --lang xx`: write a skeleton translation of a document of a
 * kind that is translated (the kind's `translation` says how).
 * `drukklaar translate --mark-current <file>...`: record the current Dutch hashes in
 * existing translations (after the translator brought them up to date).
 */
import { unusableLanguage } from '../languages/load-languages.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { diag } from '../diagnostics/errors.js';
import { isMismatch } from '../kinds/translation-comparison.js';
import { writeAtomic } from '../output/write-atomic.js';
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import { projectPaths, rel } from '../project.js';
import { projectRoot, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { readTranslationDocuments, sourceOf, translatableNouns, translatableSources, translatedKinds } from './translation-documents.js';

export interface TranslateArgs {
  doc?: string;
  lang?: string;
  force?: boolean;
  'mark-current'?: boolean;
  markCurrent?: boolean;
  format?: string;
  _?: string[];
}

/** Run `translate`; returns the exit code. */
export async function runTranslate(args: TranslateArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const paths = projectPaths(projectRoot(io));
  const t = await readTranslationDocuments(paths);
  const diags: Diagnostic[] = [];
  const done = (code: number) => {
    printDiagnostics(io, diags, format, t.sources);
    return code;
  };
  const positional = (args._?.length ? args._ : args.doc ? [args.doc] : []).map(String);
  const normalise = (p: string) => rel(paths, resolve(io.cwd, p));
  const example = translatedKinds()[0]?.example ?? 'content/<folder>/<slug>.fr.md';

  if (args['mark-current'] || args.markCurrent) {
    if (!positional.length) {
      diags.push(diag('UsageInvalid', { reason: 'markCurrentWithoutFiles', example }));
      return done(2);
    }
    let failed = false;
    for (const arg of positional) {
      const file = normalise(arg);
      const doc = t.docs.find((d) => d.source.path === file);
      if (!doc) {
        diags.push(...(t.failed.get(file) ?? [diag('NothingSelected', { what: arg, reason: 'translation', example })]));
        failed = true;
        continue;
      }
      const src = doc.meta.lang === SOURCE_LANG ? undefined : sourceOf(t, doc);
      const translation = doc.kind.translation;
      if (!src || !translation) {
        diags.push(diag('UsageInvalid', { reason: 'notATranslation', path: file, nouns: translatableNouns() }, { file }));
        failed = true;
        continue;
      }
      const c = translation.compare(src.model, doc.model);
      if (isMismatch(c)) {
        diags.push(...translation.diagnostics(c, doc.model, file).filter((d) => d.code === 'TranslationMismatch'));
        failed = true;
        continue;
      }
      const next = translation.markCurrent(readFileSync(resolve(paths.root, file), 'utf8'), src.model);
      if (next === undefined) {
        diags.push(diag('FrontMatterMissing', {}, { file }));
        failed = true;
        continue;
      }
      writeAtomic(resolve(paths.root, file), next);
      io.stdout.write(`${file}: marked as translated from the current Dutch text (${translation.count(src.model)} ${translation.items})\n`);
    }
    return done(failed ? 1 : 0);
  }

  const wanted = positional[0];
  if (!wanted || !args.lang) {
    diags.push(diag('UsageInvalid', { reason: 'translateArguments' }));
    return done(2);
  }
  const lang = String(args.lang);
  const src = translatableSources(t).find((d) => d.slug === wanted || d.source.path === normalise(wanted));
  const translation = src?.kind.translation;
  if (!src || !translation) {
    diags.push(diag('NothingSelected', { what: wanted, reason: 'dutchSource', nouns: translatableNouns(), slugs: translatableSources(t).map((d) => d.slug) }));
    return done(1);
  }
  const language = t.languages.languages.get(lang);
  if (!language || lang === SOURCE_LANG) {
    diags.push(...unusableLanguage(t.languages, lang));
    return done(1);
  }
  const file = `${dirname(src.source.path)}/${src.slug}.${lang}.md`;
  if (existsSync(resolve(paths.root, file)) && !args.force) {
    diags.push(diag('TranslationExists', { path: file }, { file }));
    return done(1);
  }
  writeAtomic(resolve(paths.root, file), translation.skeleton(src.model, lang, language.nameNl));
  io.stdout.write(`${file}: skeleton written (${translation.count(src.model)} ${translation.items} to translate, status draft)\n`);
  return done(0);
}
