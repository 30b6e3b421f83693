/**
 * Plan the outputs: every document × brand × variant, each with its output path,
 * its inputs and a digest of everything that shapes the file. Pure.
 */
import { createHash } from 'node:crypto';
import type { Brand } from '../brands/brand.js';
import type { BuildOptions as KindBuildOptions, Variant } from '../kinds/kind.js';
import type { Language } from '../languages/language.js';
import type { CodeDigest } from './code-digest.js';
import { DEPENDENCY_FILES, outputModules, type ModuleGraph } from './code-graph.js';
import type { LinkedDocument } from './load-documents.js';
import { selects } from './select-documents.js';
import { outputsOfShard, type Shard } from './shard-split.js';

export interface Job {
  /** Output path relative to the output folder, with forward slashes. */
  out: string;
  doc: LinkedDocument;
  brand: Brand;
  variant: Variant;
  sourceLanguage?: Language;
  inputs: Record<string, string>;
  digest: string;
}

export interface Selection {
  /** Slugs, file paths or path fragments of documents. */
  documents?: string[];
  brands?: string[];
  langs?: string[];
  kinds?: string[];
  variants?: string[];
  release?: boolean;
  /** Build only part k (1-based) of n, split by measured render times when given. */
  shard?: Shard;
}

export const TOOL_VERSION = '0.1.0';

/** Whether a document falls inside the selection (documents, languages, kinds). */
export function isSelected(doc: Pick<LinkedDocument, 'slug' | 'source' | 'meta' | 'kind'>, selection: Selection): boolean {
  if (selection.documents?.length && !matchesDocument(doc, selection.documents)) return false;
  if (selection.langs?.length && !selection.langs.includes(doc.meta.lang)) return false;
  if (selection.kinds?.length && !selection.kinds.includes(doc.kind.name)) return false;
  return true;
}

function matchesDocument(doc: Pick<LinkedDocument, 'slug' | 'source' | 'meta'>, wanted: string[]): boolean {
  return wanted.some((w) => selects({ slug: doc.slug, lang: doc.meta.lang, path: doc.source.path }, w));
}


/**
 * Every output of the selected documents (with `--shard k/n`, those of part k: shard-split.ts), sorted by path, each with its digest.
 * @param docs the loaded documents
 * @param brands the brands, by id
 * @param languages the languages, by code
 * @param selection what the command line asked for
 * @param code digests of drukklaar's folder and of the project, and the module graph of
 *   drukklaar's code (code-graph.ts; without it every file of src/ and layouts/ counts)
 */
export function planJobs(
  docs: LinkedDocument[],
  brands: Map<string, Brand>,
  languages: Map<string, Language>,
  selection: Selection,
  code: { tool: CodeDigest; project: CodeDigest; graph?: ModuleGraph },
): Job[] {
  const jobs: Job[] = [];
  // Dependencies of drukklaar, and the project's fonts and icons.
  const sharedCode = code.tool.of(DEPENDENCY_FILES) + code.project.of(['assets/fonts', 'assets/icons']);
  // drukklaar's own code that an output of the kind executes (a layout change rebuilds only its kind).
  const kindCodes = new Map<string, string>();
  for (const doc of docs) {
    if (!isSelected(doc, selection)) continue;
    const kindOptions: KindBuildOptions = { variants: selection.variants, release: selection.release };
    const variants = doc.kind.variants(doc.model, kindOptions);
    let kindCode = kindCodes.get(doc.kind.name);
    if (kindCode === undefined) kindCodes.set(doc.kind.name, (kindCode = code.tool.of(outputModules(code.graph, doc.kind.name))));
    const sourceLanguage = doc.translationOf ? languages.get(doc.translationOf.meta.lang) : undefined;
    for (const brand of brands.values()) {
      if (doc.meta.brands && !doc.meta.brands.includes(brand.id)) continue;
      if (selection.brands?.length && !selection.brands.includes(brand.id)) continue;
      for (const variant of variants) {
        const out = `${brand.id}/${doc.meta.lang}/${doc.slug}${variant.suffix}.pdf`;
        const inputs: Record<string, string> = {
          [doc.source.path]: doc.source.hash,
          [`content/brands/${brand.id}/brand.yml`]: brand.hash,
          [`content/languages/${doc.meta.lang}.yml`]: doc.language.hash,
        };
        if (doc.translationOf) inputs[doc.translationOf.source.path] = doc.translationOf.source.hash;
        if (sourceLanguage) inputs[`content/languages/${sourceLanguage.code}.yml`] = sourceLanguage.hash;
        const digest = createHash('sha256')
          .update(JSON.stringify({ v: TOOL_VERSION, inputs, variant: variant.id, sharedCode, kindCode, release: !!selection.release }))
          .digest('hex');
        jobs.push({ out, doc, brand, variant, ...(sourceLanguage ? { sourceLanguage } : {}), inputs, digest });
      }
    }
  }
  const planned = jobs.sort((a, b) => a.out.localeCompare(b.out));
  return selection.shard ? outputsOfShard(planned, selection.shard) : planned;
}
