/**
 * From the manifest to what the catalogue page shows: one entry per document, grouped by
 * kind, each with its PDFs (languages × brands × variants) as choices, with language names,
 * brand names, links and thumbnails. Pure: no files are read.
 */
import type { Brand } from '../brands/brand.js';
import type { CatalogueFacts } from '../kinds/facts.js';
import type { Language } from '../languages/language.js';
import type { ManifestEntry } from '../output/manifest.js';
import { duplexOf, duplexWords, printAdvice } from './print-advice.js';
import { byLanguageName, documentEntries, type CatalogueEntry } from './entries.js';
import type { ThumbRef } from './thumbnails.js';

/** A language as the page names it. */
export interface CatalogueLanguage {
  code: string;
  /** Dutch name, e.g. "Arabisch". */
  nameNl: string;
  /** Own name, e.g. "العربية". */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** A companion file of an output, e.g. a deck's loose faces. */
export interface CatalogueExtra {
  href: string;
  label: string;
  pages: number;
  bytes: number;
  /** A tagged PDF/UA-1 file (e.g. a deck's single cards and guide, beside its untagged press sheets). */
  accessible: boolean;
}

/** One PDF in the catalogue. */
export interface CatalogueItem {
  out: string;
  /** The document's name, shared by its translations (`samen-lezen`). */
  slug: string;
  href: string;
  title: string;
  kind: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  languages: CatalogueLanguage[];
  brand: { id: string; name: string };
  paper: string;
  pages: number;
  bytes: number;
  /** The variant's id (`default`, `ouderbril`, `invulbaar`), a choice of its entry. */
  variantId: string;
  /** The variant in words, e.g. "alleen ouderbril". */
  variant?: string;
  duplex?: string;
  draft: boolean;
  stale: boolean;
  /** A tagged PDF for screen readers (PDF/UA-1). */
  accessible: boolean;
  thumb?: ThumbRef;
  extras: CatalogueExtra[];
}

/** The documents of one kind, with its print advice. */
export interface CatalogueGroup {
  kind: string;
  label: string;
  advice: string[];
  entries: CatalogueEntry[];
}

/** Colours and logo of the page. */
export interface CatalogueTheme {
  /** Brand name when the catalogue was built for one brand. */
  brandName?: string;
  primary: string;
  accent: string;
  /** Logo path relative to index.html. */
  logo?: { path: string; width: number; height: number };
}

/** Everything the page renders. */
export interface CatalogueModel {
  groups: CatalogueGroup[];
  languages: CatalogueLanguage[];
  brands: { id: string; name: string }[];
  theme: CatalogueTheme;
}

/** What the page needs of a kind: its name and its group's heading and advice. */
export interface CatalogueKind {
  name: string;
  catalogue: CatalogueFacts;
}

const EXTRA_LABELS: Record<string, string> = { kaarten: 'Losse kaarten', drukker: 'Voor de drukkerij (CMYK, PDF/X-3)' };

/** Neutral theme when no single brand is selected. */
export const DEFAULT_THEME: CatalogueTheme = { primary: '#24466b', accent: '#e0a44a' };

/** Percent-encode each segment of a relative path for an href. */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function extraLabel(main: string, extra: string): string {
  const base = main.replace(/\.pdf$/, '');
  const suffix = extra.startsWith(base) ? extra.slice(base.length).replace(/\.pdf$/, '').replace(/^-+/, '') : extra;
  if (EXTRA_LABELS[suffix]) return EXTRA_LABELS[suffix];
  const words = suffix.replace(/-+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Extra bestand';
}

export interface ModelInput {
  /** The known kinds, in the order the page lists their groups. */
  kinds: CatalogueKind[];
  outputs: Record<string, ManifestEntry>;
  thumbs: Map<string, ThumbRef>;
  languages: Map<string, Language>;
  brands: Map<string, Brand>;
  /** Output path → variant words from the kind (e.g. "alleen ouderbril"), for manifests written before they held them. */
  variantLabels?: Map<string, string>;
  /** Output path → duplex mode from the document (kinds that declare one), when the manifest has none. */
  duplex?: Map<string, string>;
  theme?: CatalogueTheme;
}

/**
 * What the catalogue says of an output besides its file: the variant in words. The one place
 * that looks labels up: the manifest keeps them (a partial build plans only some outputs),
 * the current plan's words serve outputs of manifests written before.
 * @param out the output path
 * @param entry its manifest entry
 * @param input the model's input (the plan's labels, optional)
 */
export function variantLabelOf(out: string, entry: ManifestEntry, input: Pick<ModelInput, 'variantLabels'>): string | undefined {
  const label = entry.variantLabel ?? input.variantLabels?.get(out) ?? (entry.variant && entry.variant !== 'default' ? entry.variant : undefined);
  return label || undefined;
}

/**
 * Build the catalogue model.
 * @returns groups in a fixed kind order, each with its documents sorted by Dutch title
 */
export function catalogueModel(input: ModelInput): CatalogueModel {
  const lang = (code: string): CatalogueLanguage => {
    const l = input.languages.get(code);
    return { code, nameNl: l?.nameNl ?? code, name: l?.name ?? code, dir: l?.dir ?? 'ltr' };
  };
  const brandOf = (id: string) => ({ id, name: input.brands.get(id)?.name ?? id });
  const byKind = new Map<string, { entries: ManifestEntry[]; items: CatalogueItem[] }>();
  for (const [out, raw] of Object.entries(input.outputs)) {
    const known = input.duplex?.get(out);
    const e: ManifestEntry = known && duplexOf(raw) === undefined ? ({ ...raw, duplex: known } as ManifestEntry) : raw;
    const duplex = duplexOf(e);
    const variant = variantLabelOf(out, e, input);
    const item: CatalogueItem = {
      out,
      slug: e.slug,
      href: hrefOf(out),
      title: e.title,
      kind: e.kind,
      lang: e.lang,
      dir: e.dir,
      languages: (e.languages?.length ? e.languages : [e.lang]).map(lang),
      brand: brandOf(e.brand),
      paper: e.paper.toUpperCase(),
      pages: e.pages,
      bytes: e.bytes,
      variantId: e.variant || 'default',
      ...(variant ? { variant } : {}),
      ...(duplex ? { duplex: duplexWords(duplex) } : {}),
      draft: e.status === 'draft',
      stale: !!e.stale,
      accessible: e.accessible === 'PDF/UA-1',
      ...(input.thumbs.get(out) ? { thumb: input.thumbs.get(out)! } : {}),
      extras: (e.extras ?? []).map((x) => ({ href: hrefOf(x.path), label: extraLabel(out, x.path), pages: x.pages, bytes: x.bytes, accessible: x.accessible === 'PDF/UA-1' })),
    };
    const g = byKind.get(e.kind) ?? { entries: [], items: [] };
    g.entries.push(e);
    g.items.push(item);
    byKind.set(e.kind, g);
  }
  const order = input.kinds.map((k) => k.name);
  const kinds = [...byKind.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const groups = kinds.map((kind) => {
    const g = byKind.get(kind)!;
    const facts = input.kinds.find((k) => k.name === kind)?.catalogue;
    return { kind, label: facts?.label ?? kind[0]!.toUpperCase() + kind.slice(1), advice: printAdvice(facts?.advice?.(g.entries) ?? [], g.entries), entries: documentEntries(g.items) };
  });
  const items = groups.flatMap((g) => g.entries.flatMap((e) => e.items));
  const langCodes = new Set(items.flatMap((i) => i.languages.map((l) => l.code)));
  const languages = [...langCodes].map(lang).sort(byLanguageName);
  const brandIds = new Set(items.map((i) => i.brand.id));
  const brands = [...brandIds].map(brandOf).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { groups, languages, brands, theme: input.theme ?? DEFAULT_THEME };
}
