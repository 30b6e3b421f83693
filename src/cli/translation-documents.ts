/**
 * Read every content document up to its model (without linking), for the translator
 * commands: they must see translations that the build would refuse (mismatched).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { kinds } from '../kinds/registry.js';
import { loadLanguages, type LoadedLanguages } from '../languages/load-languages.js';
import { runDocumentSteps, type ModeledDocument } from '../pipeline/document-steps.js';
import { discoverDocuments, SOURCE_LANG } from '../pipeline/load-documents.js';
import type { ProjectPaths } from '../project.js';
import { readContentFile } from '../source/content-files.js';

export interface TranslationDocuments {
  /** Documents that modelled, by path. */
  docs: ModeledDocument[];
  /** Paths that failed to model, with why. */
  failed: Map<string, Diagnostic[]>;
  /** Slug and language from the file name of every discovered path. */
  names: Map<string, { slug: string; lang: string }>;
  languages: LoadedLanguages;
  sources: Map<string, string>;
}

/** Read and model every document under content/. */
export async function readTranslationDocuments(paths: ProjectPaths): Promise<TranslationDocuments> {
  const out: TranslationDocuments = { docs: [], failed: new Map(), names: new Map(), languages: loadLanguages(paths), sources: new Map() };
  for (const file of await discoverDocuments(paths)) {
    const m = /([a-z0-9][a-z0-9-]*)\.([a-z]{2,3}(?:-[a-z0-9]+)?)\.md$/.exec(file);
    if (m) out.names.set(file, { slug: m[1]!, lang: m[2]! });
    const read = readContentFile(paths.root, file);
    if ('diagnostic' in read) {
      out.failed.set(file, [read.diagnostic]);
      continue;
    }
    const r = runDocumentSteps({ path: file, bytes: read.bytes });
    if (r.text !== undefined) out.sources.set(file, r.text);
    if (r.doc) out.docs.push(r.doc);
    else out.failed.set(file, r.diagnostics);
  }
  return out;
}

/** The Dutch source documents of kinds that have translations. */
export const translatableSources = (t: TranslationDocuments) => t.docs.filter((d) => d.meta.lang === SOURCE_LANG && d.kind.translation);

/** The kinds whose documents are translated, with how (from the registry). */
export const translatedKinds = () => Object.values(kinds).flatMap((kind) => (kind.translation ? [{ name: kind.name, ...kind.translation }] : []));

/** The names of what can be translated, for messages, joined with "or". */
export const translatableNouns = () => translatedKinds().map((k) => k.noun).join(' or ') || 'translatable document';

/** The Dutch source of a translation, if loaded. */
export const sourceOf = (t: TranslationDocuments, d: ModeledDocument) =>
  t.docs.find((s) => s.slug === d.slug && s.meta.lang === SOURCE_LANG && s.kind.name === d.kind.name);
