/**
 * Deck model: the guide text and the cards of a deck, each card a `##` heading with a
 * category, a front (the question or prompt) and a back (guidance, tips, follow-up
 * questions) separated by a `---` line. Pure.
 */
import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { slugify } from '../../markdown/attributes.js';
import { plain, sectionsAt, spanOf, textWithAttributes, toBlocks, type Block, type RichText } from '../../markdown/blocks.js';
import { isUnderlined } from '../../markdown/underlined-headings.js';
import type { ModelInput, ModelResult } from '../kind.js';
import { layoutSheet, type Size } from './sheet-layout.js';
import { cardSize, sheetSizes, type CardsFrontMatter } from './schema.js';

export interface Category {
  id: string;
  label: string;
  icon?: string;
  /** Colour set in the front matter; otherwise derived from the brand at render time. */
  color?: string;
}

export interface Card {
  id: string;
  /** 1-based number in the deck, printed as "7/24". */
  number: number;
  title: RichText;
  category: string;
  front: Block[];
  back: Block[];
  line: number;
}

export interface CardsModel {
  slug: string;
  meta: CardsFrontMatter;
  /** Trim size of a card in mm. */
  card: Size;
  /** Sheet size in mm, upright. */
  sheet: Size;
  categories: Category[];
  /** Text before the first card: printed on the guide page and the guide card. */
  guide: Block[];
  cards: Card[];
}

/** A setext heading (`text` then `---` on the next line) spans two lines; an ATX heading one. */

function splitFaces(children: RootContent[]): { front: RootContent[]; back: RootContent[]; breaks: RootContent[] } {
  const breaks = children.filter((c) => c.type === 'thematicBreak');
  const at = children.findIndex((c) => c.type === 'thematicBreak');
  if (at < 0) return { front: children, back: [], breaks };
  return { front: children.slice(0, at), back: children.slice(at + 1).filter((c) => c.type !== 'thematicBreak'), breaks };
}

/** A deck's model from its front matter and Markdown tree, with a diagnostic for each card that cannot be read. */
export function cardsModel({ file, slug, frontMatter, tree }: ModelInput<CardsFrontMatter>): ModelResult<CardsModel> {
  const diagnostics: Diagnostic[] = [];
  // A translation may leave cards empty while it is being translated (its comparison with the
  // Dutch deck says so) and takes each card's category from the Dutch deck.
  const isSource = frontMatter.lang === 'nl';
  const at = (node: RootContent | undefined) => ({ file, span: spanOf(node) });
  const categories: Category[] = Object.entries(frontMatter.categories).map(([id, c]) => ({ id, label: c.label, ...(c.icon ? { icon: c.icon } : {}), ...(c.color ? { color: c.color } : {}) }));
  if (!categories.length && isSource) {
    diagnostics.push(diag('FieldInvalidValue', { field: 'categories', reason: 'noCategories' }, { file, field: 'categories' }));
  }
  const card = cardSize(frontMatter.card);
  const sheet = { ...sheetSizes[frontMatter.sheet] };
  const layout = layoutSheet(card, sheet, frontMatter.bleed, frontMatter.duplex);
  if (layout.perSheet === 0) {
    diagnostics.push(
      diag('FieldInvalidValue', { field: 'card', reason: 'cardTooLarge', width: card.width, height: card.height, bleed: frontMatter.bleed, sheet: frontMatter.sheet }, { file, field: 'card' }),
    );
  }

  // HTML comments are dropped, as in tip sheets: a translation skeleton carries the Dutch text in them.
  const isComment = (n: RootContent) => n.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(n.value);
  const { before, sections } = sectionsAt(tree.children.filter((n) => !isComment(n)), 2);
  if (!sections.length) {
    diagnostics.push(
      diag('StructureInvalid', { reason: 'noCards' }, { file, span: { start: { line: tree.position?.start.line ?? 1, column: 1 } } }),
    );
  }
  const known = categories.map((c) => c.id);
  const seen = new Map<string, number>();
  const cards: Card[] = [];
  for (const section of sections) {
    const heading = section.heading;
    const line = heading.position?.start.line ?? 0;
    if (isUnderlined(heading)) {
      diagnostics.push(
        diag('StructureInvalid', { reason: 'breakBecameHeading' }, at(heading)),
      );
      continue;
    }
    const { runs, attributes } = textWithAttributes(heading, diagnostics);
    if (isSource && !plain(runs).trim()) diagnostics.push(diag('StructureInvalid', { reason: 'headingEmpty', part: 'card' }, at(heading)));
    const id = attributes.id ?? slugify(plain(runs));
    if (seen.has(id)) diagnostics.push(diag('DuplicateId', { id, other: seen.get(id) }, at(heading)));
    seen.set(id, line);
    let category = attributes.values.category;
    if (!category && known.length === 1) category = known[0];
    if (!category && isSource) {
      diagnostics.push(diag('StructureInvalid', { reason: 'cardWithoutCategory', card: plain(runs), known }, at(heading)));
    } else if (category && !known.includes(category)) {
      diagnostics.push(diag('StructureInvalid', { reason: 'cardCategoryUnknown', card: plain(runs), category, known }, at(heading)));
    }
    const { front, back, breaks } = splitFaces(section.children);
    if (breaks.length > 1) {
      diagnostics.push(diag('StructureInvalid', { reason: 'cardBreaks', card: plain(runs), breaks: breaks.length }, at(breaks[1])));
    }
    const frontBlocks = toBlocks(front, diagnostics);
    if (!frontBlocks.length && isSource) {
      diagnostics.push(diag('StructureInvalid', { reason: 'cardWithoutQuestion', card: plain(runs) }, at(heading)));
    }
    const backBlocks = toBlocks(back, diagnostics);
    // A back with no text prints as an empty panel: a deck's reader turns the card over for nothing.
    if (!backBlocks.length && frontBlocks.length && isSource) {
      diagnostics.push(diag('CardBackEmpty', { card: plain(runs), hasBreak: breaks.length > 0 }, at(breaks[0] ?? heading)));
    }
    cards.push({ id, number: cards.length + 1, title: runs, category: category ?? known[0] ?? '', front: frontBlocks, back: backBlocks, line });
  }
  const model: CardsModel = { slug, meta: frontMatter, card, sheet, categories, guide: toBlocks(before, diagnostics), cards };
  return { model, diagnostics };
}

function hexToHsl(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
  return `#${[f(0), f(8), f(4)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function distance(a: string, b: string): number {
  const p = parseInt(a.slice(1), 16);
  const q = parseInt(b.slice(1), 16);
  return Math.hypot(((p >> 16) & 255) - ((q >> 16) & 255), ((p >> 8) & 255) - ((q >> 8) & 255), (p & 255) - (q & 255));
}

/**
 * A colour per category: its own `color`, else the brand's primary, then accent, then
 * hues turned from them, skipping colours too close to one already used. Pure.
 * @returns category id → hex colour
 */
export function categoryColors(categories: readonly Category[], brand: { primary: string; accent: string }): Record<string, string> {
  const used: string[] = categories.flatMap((c) => (c.color ? [c.color.toLowerCase()] : []));
  const candidates: string[] = [brand.primary, brand.accent];
  for (const turn of [150, 75, 225, 300, 40, 190, 110, 260]) {
    for (const base of [brand.primary, brand.accent]) {
      const [h, s, l] = hexToHsl(base);
      candidates.push(hslToHex((h + turn) % 360, Math.max(0.45, s), Math.min(0.5, Math.max(0.32, l))));
    }
  }
  const out: Record<string, string> = {};
  let next = 0;
  for (const c of categories) {
    if (c.color) {
      out[c.id] = c.color;
      continue;
    }
    let pick: string | undefined;
    while (next < candidates.length) {
      const cand = candidates[next++]!.toLowerCase();
      if (used.every((u) => distance(u, cand) > 70)) {
        pick = cand;
        break;
      }
    }
    pick ??= hslToHex((used.length * 47) % 360, 0.55, 0.4);
    used.push(pick);
    out[c.id] = pick;
  }
  return out;
}
