/**
 * The options that select what a build makes, shared by `build`, `watch` and `serve`.
 * Their help names the kinds and variants of the registry, which is loaded only when one
 * of these commands runs or shows its help (`drukklaar --help` stays fast).
 */

/**
 * The selection options, with the registry's kinds and variants in their help text.
 * @returns citty argument definitions
 */
export async function selectionArgs() {
  const { kinds } = await import('../kinds/registry.js');
  const kindList = Object.keys(kinds).join(', ');
  const variantList = [...new Set(Object.values(kinds).flatMap((k) => k.variantIds ?? []))].join(', ');
  return {
    document: { type: 'positional', required: false, description: 'documents to build (slug or path), the same as --doc; several may follow' },
    doc: { type: 'string', description: 'only these documents (slug or path; comma-separated or repeated)' },
    brand: { type: 'string', description: 'only these brands (comma-separated or repeated)' },
    lang: { type: 'string', description: 'only these languages (comma-separated or repeated)' },
    kind: { type: 'string', description: `only these kinds (${kindList})` },
    variant: { type: 'string', description: `only these variants (${variantList})` },
    out: { type: 'string', description: 'output folder (default: output/)' },
  } as const;
}

/** Options whose values add up, comma-separated or repeated (`--doc a --doc b`). */
export const repeatableOptions = ['doc', 'brand', 'lang', 'kind', 'variant'] as const;
