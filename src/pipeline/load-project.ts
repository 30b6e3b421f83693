/**
 * The stages `build` and `check` share before planning: brands and languages, the
 * selection on the command line, and the documents (decode → … → model → link).
 * One function for both commands, so that they cannot drift apart.
 */
import { loadBrands, type LoadedBrands } from '../brands/load-brands.js';
import { notOneOf } from '../cli/check-options.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { kindNames } from '../kinds/registry.js';
import { loadLanguages, type LoadedLanguages } from '../languages/load-languages.js';
import type { ProjectPaths } from '../project.js';
import { loadDocuments, type LoadedDocuments } from './load-documents.js';
import { isSelected, type Selection } from './plan.js';

export interface LoadedProject {
  brands: LoadedBrands;
  languages: LoadedLanguages;
  documents: LoadedDocuments;
  /** Everything the stages found, in stage order. */
  diagnostics: Diagnostic[];
  /** Source texts by path, for code frames. */
  sources: Map<string, string>;
}

/**
 * Load and validate brands, languages and documents, and check the selection.
 * @param paths project paths
 * @param selection what the command line asked for (empty for `check`)
 * @param only optional: the document files to read (default: every document under content/)
 * @param onStage optional: called with a stage name when it ends (for timings)
 */
export async function loadProject(paths: ProjectPaths, selection: Selection, only?: string[], onStage?: (name: string) => void): Promise<LoadedProject> {
  const diagnostics: Diagnostic[] = [];
  const [brands, languages] = await Promise.all([loadBrands(paths), Promise.resolve(loadLanguages(paths))]);
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
  onStage?.('setup');

  const documents = await loadDocuments(
    paths,
    {
      languages: languages.languages,
      failedLanguages: languages.failed,
      isSelected: (doc) => isSelected(doc, selection),
      brandIds: [...brands.brands.keys(), ...brands.failed],
      release: selection.release,
    },
    only,
  );
  diagnostics.push(...documents.diagnostics);
  if (selection.variants?.length) {
    const known = new Set(['both', ...documents.docs.flatMap((d) => d.kind.variants(d.model, {}).map((v) => v.id))]);
    for (const v of selection.variants) {
      const d = notOneOf('variant', v, [...known].filter((x) => x !== 'default'));
      if (d) diagnostics.push(d);
    }
  }
  onStage?.('documents');
  const sources = new Map([...brands.sources, ...languages.sources, ...documents.sources]);
  return { brands, languages, documents, diagnostics, sources };
}

