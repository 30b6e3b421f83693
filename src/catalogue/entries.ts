/**
 * One catalogue entry per document: its PDFs in every language, brand and variant are the
 * entry's choices, and a search finds it by the title in any of its languages. Pure.
 */
import type { CatalogueItem, CatalogueLanguage } from './model.js';

/** A document with its PDFs. */
export interface CatalogueEntry {
  /** Stable id for the page (`tips-samen-lezen`). */
  id: string;
  kind: string;
  slug: string;
  /** Every PDF of the document, the one shown first at index 0. */
  items: CatalogueItem[];
  /** Its titles, one per language, Dutch first. */
  titles: { lang: string; dir: 'ltr' | 'rtl'; title: string }[];
  /** The choices, each in the order the page offers them. */
  languages: CatalogueLanguage[];
  brands: { id: string; name: string }[];
  variants: { id: string; label: string }[];
}

/** Dutch first, then by Dutch name. */
export const byLanguageName = (a: CatalogueLanguage, b: CatalogueLanguage): number =>
  a.code === b.code ? 0 : a.code === 'nl' ? -1 : b.code === 'nl' ? 1 : a.nameNl.localeCompare(b.nameNl, 'nl') || a.code.localeCompare(b.code);

/** The words a variant choice shows. */
const variantWords = (i: CatalogueItem): string => i.variant ?? (i.variantId === 'default' ? 'standaard' : i.variantId);

/** Dutch first, then by language name, brand name and variant (the default first). */
function byChoice(a: CatalogueItem, b: CatalogueItem, langOf: (code: string) => CatalogueLanguage): number {
  return (
    byLanguageName(langOf(a.lang), langOf(b.lang)) ||
    a.brand.name.localeCompare(b.brand.name, 'nl') ||
    (a.variantId === 'default' ? -1 : b.variantId === 'default' ? 1 : variantWords(a).localeCompare(variantWords(b), 'nl')) ||
    a.out.localeCompare(b.out)
  );
}

/**
 * Group the PDFs of one kind by document.
 * @param items the PDFs of one kind
 * @returns the entries sorted by their Dutch title (else their first title)
 */
export function documentEntries(items: readonly CatalogueItem[]): CatalogueEntry[] {
  const bySlug = new Map<string, CatalogueItem[]>();
  for (const i of items) bySlug.set(i.slug, [...(bySlug.get(i.slug) ?? []), i]);
  const entries = [...bySlug].map(([slug, list]): CatalogueEntry => {
    // The document's own language of each PDF (a translation's PDF also prints the Dutch).
    const own = new Map<string, CatalogueLanguage>();
    for (const i of list) own.set(i.lang, i.languages.find((l) => l.code === i.lang) ?? { code: i.lang, nameNl: i.lang, name: i.lang, dir: i.dir });
    const langOf = (code: string) => own.get(code)!;
    const sorted = [...list].sort((a, b) => byChoice(a, b, langOf));
    const titles = new Map<string, { lang: string; dir: 'ltr' | 'rtl'; title: string }>();
    for (const i of sorted) if (!titles.has(i.lang)) titles.set(i.lang, { lang: i.lang, dir: i.dir, title: i.title });
    const brands = new Map(sorted.map((i) => [i.brand.id, i.brand]));
    const variants = new Map(sorted.map((i) => [i.variantId, { id: i.variantId, label: variantWords(i) }]));
    return {
      id: `${sorted[0]!.kind}-${slug}`.replace(/[^a-zA-Z0-9]+/g, '-'),
      kind: sorted[0]!.kind,
      slug,
      items: sorted,
      titles: [...titles.values()],
      languages: [...own.values()].sort(byLanguageName),
      brands: [...brands.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      variants: [...variants.values()],
    };
  });
  return entries.sort((a, b) => a.titles[0]!.title.localeCompare(b.titles[0]!.title, 'nl') || a.slug.localeCompare(b.slug));
}
