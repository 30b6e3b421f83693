/**
 * Find, read and model every document under content/ (file I/O at this edge only),
 * then link them: duplicates, languages, brands, translations.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { Language } from '../languages/language.js';
import type { ProjectPaths } from '../project.js';
import { suggest } from '../schema/validate.js';
import { checkBodyImages } from '../source/check-body-images.js';
import { findContentFiles, readContentFile } from '../source/content-files.js';
import { loadProjectConfig } from '../config/project-config.js';
import type { ContentMemo } from '../source/content-memo.js';
import { runDocumentSteps, type ModeledDocument } from './document-steps.js';
import { kinds } from '../kinds/registry.js';
import { untranslatedUnits } from '../kinds/translation-untranslated.js';
import { withFontsForText } from '../render/fonts.js';

export interface LinkedDocument extends ModeledDocument {
  language: Language;
  /** The Dutch source of a translation. */
  translationOf?: ModeledDocument;
}

export interface LoadedDocuments {
  docs: LinkedDocument[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Files that were found, whether or not they loaded. */
  files: string[];
  /** Files that failed (no output can be built for them). */
  failed: Set<string>;
}

export const SOURCE_LANG = 'nl';

/** Paths of content documents, project-relative, sorted (symbolic links included: see content-files.ts). */
export async function discoverDocuments(paths: ProjectPaths): Promise<string[]> {
  return findContentFiles(paths.root);
}

export interface LinkOptions {
  languages: Map<string, Language>;
  /** Language files that exist but failed to load (their own errors are reported). */
  failedLanguages?: Set<string>;
  brandIds: string[];
  release?: boolean;
  /** Documents outside the build's selection are linked but not held to --release. */
  isSelected?: (doc: ModeledDocument) => boolean;
  /** Files that failed before linking (a translation of one waits for it in silence). */
  failedFiles?: Set<string>;
  /** Optional: hosts remote images may come from (default: drukklaar.yml's, read here). */
  allowHosts?: string[];
  /**
   * Optional: the session's memo of document steps (pure functions of a file's path and
   * bytes), so that a long-running process (watch, serve) re-models only the files that changed.
   */
  stepMemo?: ContentMemo<DocumentStepsResult>;
}

/** What the document steps give for one file. */
export type DocumentStepsResult = ReturnType<typeof runDocumentSteps>;

/**
 * Load and link documents.
 * @param paths project paths
 * @param options languages and brands known, release mode
 * @param only optional subset of files to read (already discovered)
 */
export async function loadDocuments(paths: ProjectPaths, options: LinkOptions, only?: string[]): Promise<LoadedDocuments> {
  const files = only ?? (await discoverDocuments(paths));
  const out: LoadedDocuments = { docs: [], diagnostics: [], sources: new Map(), files, failed: new Set() };
  const allowHosts = options.allowHosts ?? loadProjectConfig(paths.root).config.remoteImages.allow;
  const modeled: ModeledDocument[] = [];
  for (const file of files) {
    const read = readContentFile(paths.root, file);
    if ('diagnostic' in read) {
      out.diagnostics.push(read.diagnostic);
      out.failed.add(file);
      continue;
    }
    const r = options.stepMemo ? options.stepMemo.get(file, read.bytes, () => runDocumentSteps({ path: file, bytes: read.bytes })) : runDocumentSteps({ path: file, bytes: read.bytes });
    if (r.text !== undefined) out.sources.set(file, r.text);
    out.diagnostics.push(...r.diagnostics);
    const imageErrors = r.doc ? checkBodyImages(paths.root, file, r.doc.tree, allowHosts) : [];
    out.diagnostics.push(...imageErrors);
    if (r.doc && !imageErrors.length) modeled.push(r.doc);
    else out.failed.add(file);
  }
  const linked = linkDocuments(modeled, { ...options, failedFiles: new Set([...(options.failedFiles ?? []), ...out.failed]) });
  out.diagnostics.push(...linked.diagnostics);
  for (const f of linked.failed) out.failed.add(f);
  out.docs = linked.docs;
  return out;
}

/** Cross-document checks and translation links. Pure. */
export function linkDocuments(
  docs: ModeledDocument[],
  { languages, failedLanguages, brandIds, release, isSelected, failedFiles }: LinkOptions,
): { docs: LinkedDocument[]; diagnostics: Diagnostic[]; failed: string[] } {
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const byKey = new Map<string, ModeledDocument>();
  // Two files with one slug and language: neither is built until one is renamed, since
  // either could be the one meant (and the outputs would overwrite each other).
  const clashing = new Set<string>();
  for (const d of docs) {
    const key = `${d.slug}.${d.meta.lang}`;
    const other = byKey.get(key);
    if (other) {
      diagnostics.push(diag('DuplicateSlug', { slug: d.slug, lang: d.meta.lang, other: other.source.path }, { file: d.source.path }));
      failed.add(d.source.path);
      failed.add(other.source.path);
      clashing.add(key);
    } else byKey.set(key, d);
  }
  const result: LinkedDocument[] = [];
  for (const d of docs) {
    if (failed.has(d.source.path)) continue;
    const file = d.source.path;
    const language = languages.get(d.meta.lang);
    const errs: Diagnostic[] = [];
    if (!language) {
      errs.push(
        failedLanguages?.has(d.meta.lang)
          ? diag('LanguageInvalid', { lang: d.meta.lang }, { file, field: 'lang', span: d.frontMatter.locate(['lang']) })
          : diag('LanguageUnknown', { lang: d.meta.lang, known: [...languages.keys()].join(', ') }, { file, field: 'lang', span: d.frontMatter.locate(['lang']) }),
      );
    }
    if (language?.dir === 'rtl' && !d.kind.rightToLeft) {
      const able = Object.values(kinds).filter((k) => k.rightToLeft).map((k) => `\`${k.name}\` (${k.description.split(':')[0]})`).join(', ');
      errs.push(diag('DirectionUnsupported', { kind: d.kind.name, lang: d.meta.lang, kinds: able }, { file, field: 'lang', span: d.frontMatter.locate(['lang']) }));
    }
    (d.meta.brands ?? []).forEach((b, i) => {
      if (!brandIds.includes(b)) {
        errs.push(diag('BrandUnknown', { brand: b, known: brandIds.join(', '), suggestion: suggest(b, brandIds) }, { file, field: `brands.${i}`, span: d.frontMatter.locate(['brands', i]) }));
      }
    });
    let translationOf: ModeledDocument | undefined;
    const translation = d.kind.translation;
    if (d.meta.lang !== SOURCE_LANG && translation) {
      translationOf = byKey.get(`${d.slug}.${SOURCE_LANG}`);
      const expected = file.replace(/\.[^.]+\.md$/, `.${SOURCE_LANG}.md`);
      if (clashing.has(`${d.slug}.${SOURCE_LANG}`) || (!translationOf && failedFiles?.has(expected))) {
        // The Dutch source has errors of its own or a twin (reported); the translation waits for it.
        failed.add(file);
        continue;
      } else if (!translationOf) {
        errs.push(diag('TranslationWithoutSource', { expected }, { file }));
      } else {
        const comparison = translation.compare(translationOf.model, d.model);
        // A front matter fact that differs is shown at its field.
        for (const f of comparison.differs ?? []) if (f.path && f.line === undefined) ({ line: f.line, column: f.column } = d.frontMatter.locate(f.path).start);
        errs.push(...translation.diagnostics(comparison, d.model, file));
        // Once nothing is missing (the parts not translated yet are an error of their own, and a
        // skeleton's fields hold the Dutch text), name the texts still in Dutch.
        if (translation.units && !errs.some((e) => e.severity === 'error')) {
          const units = translation.units;
          errs.push(...untranslatedUnits(units.list(translationOf.model, translationOf.source.text), units.list(d.model, d.source.text), d.source.text, file));
        }
        if (release && d.meta.status !== 'reviewed' && (isSelected?.(d) ?? true)) errs.push(diag('DraftInRelease', {}, { file, field: 'status', span: d.frontMatter.locate(['status']) }));
      }
    }
    diagnostics.push(...errs);
    if (errs.some((e) => e.severity === 'error') || !language) {
      failed.add(file);
      continue;
    }
    // Letters of another script in the text (an Arabic name in a Dutch sheet) print with its font.
    result.push({ ...d, language: withFontsForText(language, d.source.text), ...(translationOf ? { translationOf } : {}) });
  }
  return { docs: result, diagnostics, failed: [...failed] };
}
