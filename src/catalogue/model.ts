/**
 * From the manifest to what the catalogue page shows: PDFs grouped by kind, with
 * language names, brand names, links and thumbnails. Pure: no files are read.
 */
import type { Brand } from '../brands/brand.js';
import type { Language } from '../languages/language.js';
import type { ManifestEntry } from '../output/manifest.js';
import { duplexOf, duplexWords, printAdvice } from './print-advice.js';
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

/** A companion file of an output, e.g. the single cards. */
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
  variant?: string;
  duplex?: string;
  draft: boolean;
  stale: boolean;
  /** A tagged PDF for screen readers (PDF/UA-1). */
  accessible: boolean;
  thumb?: ThumbRef;
  extras: CatalogueExtra[];
}

/** The PDFs of one kind, with its print advice. */
export interface CatalogueGroup {
  kind: string;
  label: string;
  advice: string[];
  items: CatalogueItem[];
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

/** Dutch names of the known kinds, in the order the page lists them. */
export const KIND_LABELS: Record<string, string> = {
  checklist: 'Checklists',
  quickscan: 'Quickscans',
  cards: 'Gesprekskaarten',
  tips: 'Tipbladen voor ouders',
};

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
  outputs: Record<string, ManifestEntry>;
  thumbs: Map<string, ThumbRef>;
  languages: Map<string, Language>;
  brands: Map<string, Brand>;
  /** Output path → variant words from the kind (e.g. "alleen ouderbril"). */
  variantLabels?: Map<string, string>;
  /** Output path → duplex mode from the document (cards), when the manifest has none. */
  duplex?: Map<string, string>;
  theme?: CatalogueTheme;
}

/**
 * Build the catalogue model.
 * @returns groups in a fixed kind order, items sorted by title, language and brand
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
    const variant = input.variantLabels?.get(out) ?? (e.variant && e.variant !== 'default' ? e.variant : undefined);
    const item: CatalogueItem = {
      out,
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
  const order = Object.keys(KIND_LABELS);
  const kinds = [...byKind.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const groups = kinds.map((kind) => {
    const g = byKind.get(kind)!;
    g.items.sort((a, b) => a.title.localeCompare(b.title, 'nl') || a.lang.localeCompare(b.lang) || a.brand.name.localeCompare(b.brand.name, 'nl') || a.out.localeCompare(b.out));
    return { kind, label: KIND_LABELS[kind] ?? kind[0]!.toUpperCase() + kind.slice(1), advice: printAdvice(kind, g.entries), items: g.items };
  });
  const langCodes = new Set(groups.flatMap((g) => g.items.flatMap((i) => i.languages.map((l) => l.code))));
  const languages = [...langCodes].map(lang).sort((a, b) => (a.code === 'nl' ? -1 : b.code === 'nl' ? 1 : a.nameNl.localeCompare(b.nameNl, 'nl')));
  const brandIds = new Set(groups.flatMap((g) => g.items.map((i) => i.brand.id)));
  const brands = [...brandIds].map(brandOf).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { groups, languages, brands, theme: input.theme ?? DEFAULT_THEME };
}
