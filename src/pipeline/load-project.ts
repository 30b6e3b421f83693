/**
 * Loading a project before planning: brands and languages with the selection on the
 * command line checked against them, then the documents (decode → … → model → link).
 * The `inputs` and `documents` stages of build and check (stages/), and `list`.
 */
import { loadBrands, type LoadedBrands } from '../brands/load-brands.js';
import type { LoadedConfig } from '../config/project-config.js';
import { notOneOf } from '../cli/check-options.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { kindNames } from '../kinds/registry.js';
import { loadLanguages, type CheckedLanguage, type LoadedLanguages } from '../languages/load-languages.js';
import type { ProjectPaths } from '../project.js';
import type { ContentMemo } from '../source/content-memo.js';
import { loadDocuments, type DocumentStepsResult, type LoadedDocuments } from './load-documents.js';
import { isSelected, type Selection } from './plan.js';

/** Brands and languages, with what loading them and checking the selection found. */
export interface LoadedInputs {
  brands: LoadedBrands;
  languages: LoadedLanguages;
  diagnostics: Diagnostic[];
  /** Source texts by path, for code frames. */
  sources: Map<string, string>;
}

export interface LoadedProject {
  brands: LoadedBrands;
  languages: LoadedLanguages;
  documents: LoadedDocuments;
  /** Everything the stages found, in stage order. */
  diagnostics: Diagnostic[];
  /** Source texts by path, for code frames. */
  sources: Map<string, string>;
}

/** What a build session keeps for loading: drukklaar.yml as read, and memos of pure work on files. */
export interface LoadContext {
  config?: LoadedConfig;
  languageMemo?: ContentMemo<CheckedLanguage>;
  stepMemo?: ContentMemo<DocumentStepsResult>;
}

/**
 * Load and validate brands and languages, and check the selection's brands, languages and kinds.
 * @param paths project paths
 * @param selection what the command line asked for (empty for `check`)
 * @param context optional: drukklaar.yml as the build read it (default: read here), and the session's memos
 */
export async function loadInputs(paths: ProjectPaths, selection: Selection, context: LoadContext = {}): Promise<LoadedInputs> {
  const diagnostics: Diagnostic[] = [];
  const [brands, languages] = await Promise.all([loadBrands(paths, context.config), Promise.resolve(loadLanguages(paths, context.languageMemo))]);
  diagnostics.push(...brands.diagnostics, ...languages.diagnostics);
  if (selection.brands?.length) {
    const known = [...brands.brands.keys(), ...brands.failed];
    for (const b of selection.brands) if (!known.includes(b)) diagnostics.push(diag('BrandUnknown', { brand: b, known: known.join(', ') }));
  }
  // A selection that names nothing real is an error, not a silent empty build.
  for (const l of selection.langs ?? []) {
    const d = notOneOf('lang', l, [...languages.languages.keys(), ...languages.failed]);
    if (d) diagnostics.push(d);
  }
  for (const k of selection.kinds ?? []) {
    const d = notOneOf('kind', k, kindNames());
    if (d) diagnostics.push(d);
  }
  return { brands, languages, diagnostics, sources: new Map([...brands.sources, ...languages.sources]) };
}

/**
 * Load and link the documents, and check the selection's variants against them.
 * @param paths project paths
 * @param selection what the command line asked for
 * @param inputs the brands and languages (loadInputs)
 * @param only optional: the document files to read (default: every document under content/)
 * @param context optional: drukklaar.yml as the build read it (default: read here), and the session's memos
 */
export async function loadSelectedDocuments(
  paths: ProjectPaths,
  selection: Selection,
  inputs: Pick<LoadedInputs, 'brands' | 'languages'>,
  only?: string[],
  context: LoadContext = {},
): Promise<{ documents: LoadedDocuments; diagnostics: Diagnostic[] }> {
  const { brands, languages } = inputs;
  const documents = await loadDocuments(
    paths,
    {
      languages: languages.languages,
      failedLanguages: languages.failed,
      isSelected: (doc) => isSelected(doc, selection),
      brandIds: [...brands.brands.keys(), ...brands.failed],
      release: selection.release,
      ...(context.config ? { allowHosts: context.config.config.remoteImages.allow } : {}),
      ...(context.stepMemo ? { stepMemo: context.stepMemo } : {}),
    },
    only,
  );
  const diagnostics = [...documents.diagnostics];
  if (selection.variants?.length) {
    const known = new Set(['both', ...documents.docs.flatMap((d) => d.kind.variants(d.model, {}).map((v) => v.id))]);
    for (const v of selection.variants) {
      const d = notOneOf('variant', v, [...known].filter((x) => x !== 'default'));
      if (d) diagnostics.push(d);
    }
  }
  return { documents, diagnostics };
}

/**
 * Load and validate brands, languages and documents, and check the selection (for
 * commands that need the whole project without building: `list`).
 * @param paths project paths
 * @param selection what the command line asked for
 */
export async function loadProject(paths: ProjectPaths, selection: Selection): Promise<LoadedProject> {
  const inputs = await loadInputs(paths, selection);
  const { documents, diagnostics } = await loadSelectedDocuments(paths, selection, inputs);
  const sources = new Map([...inputs.sources, ...documents.sources]);
  return { brands: inputs.brands, languages: inputs.languages, documents, diagnostics: [...inputs.diagnostics, ...diagnostics], sources };
}
