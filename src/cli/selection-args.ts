/**
 * The options that select what a build makes, shared by `build`, `watch` and `serve`.
 */
export const selectionArgs = {
  doc: { type: 'string', description: 'only these documents (slug or path; comma-separated)' },
  brand: { type: 'string', description: 'only these brands (comma-separated)' },
  lang: { type: 'string', description: 'only these languages (comma-separated)' },
  kind: { type: 'string', description: 'only these kinds (checklist, quickscan, cards, tips)' },
  variant: { type: 'string', description: 'only these variants, e.g. ouderbril or schoolbril' },
  out: { type: 'string', description: 'output folder (default: output/)' },
} as const;
