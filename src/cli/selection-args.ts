/**
 * The options that select what a build makes, shared by `build`, `watch` and `serve`.
 */
export const selectionArgs = {
  document: { type: 'positional', required: false, description: 'documents to build (slug or path), the same as --doc; several may follow' },
  doc: { type: 'string', description: 'only these documents (slug or path; comma-separated or repeated)' },
  brand: { type: 'string', description: 'only these brands (comma-separated or repeated)' },
  lang: { type: 'string', description: 'only these languages (comma-separated or repeated)' },
  kind: { type: 'string', description: 'only these kinds (checklist, quickscan, cards, tips)' },
  variant: { type: 'string', description: 'only these variants, e.g. ouderbril or schoolbril' },
  out: { type: 'string', description: 'output folder (default: output/)' },
} as const;

/** Options whose values add up, comma-separated or repeated (`--doc a --doc b`). */
export const repeatableOptions = ['doc', 'brand', 'lang', 'kind', 'variant'] as const;
