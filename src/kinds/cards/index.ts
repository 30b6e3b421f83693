/**
 * Conversation cards (`kind: cards`): a deck rendered face by face with react-pdf at
 * trim + bleed, measured first so that text shrinks to fit (never below MIN_TEXT_SIZE)
 * or fails with CardOverflow, then imposed on press sheets with pdf-lib.
 *
 * Outputs per deck and brand: `<slug>.pdf` (press sheets with crop marks and slug
 * lines), `<slug>--kaarten.pdf` (one face per page: guide card, then front and back of
 * each card) and `<slug>--gids.pdf` (the guide page, A4).
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import {
  CardFacesDocument,
  countByCategory,
  faceGeometry,
  FaceBody,
  MeasureDocument,
  MIN_TEXT_SIZE,
  sizesFrom,
  SlugDocument,
  type FaceSpec,
  type FaceText,
  type MeasureItem,
  type Side,
} from '../../../layouts/cards.js';
import { GuideDocument, Legend } from '../../../layouts/card-guide.js';
import { loadIcon, type IconData } from '../../../layouts/components/icon.js';
import { DiagnosticsError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { plain } from '../../markdown/blocks.js';
import { scriptFonts } from '../../render/fonts.js';
import { hyphenationFor } from '../../render/hyphenation.js';
import { countPages, renderDated } from '../../render/pdf-file.js';
import { formatSource } from '../../schema/common.js';
import { defineKind } from '../define-kind.js';
import type { Rendered, RenderInput } from '../kind.js';
import { imposeSheets, setCardBoxes } from './impose.js';
import { layoutSheet, planSides, PT_PER_MM } from './sheet-layout.js';
import { categoryColors, cardsModel, type CardsModel } from './model.js';
import { cardsCatalogueAdvice, cardWords, duplexWords, printNote } from './print-note.js';
import { cardsSchema } from './schema.js';
import { memo } from '../../memos.js';

/** A face to measure and print, before its size is chosen. */
interface FaceDraft {
  /** 0 = guide card, k = card k. */
  deckIndex: number;
  side: Side;
  text: FaceText;
  color: string;
  start: number;
  width: number;
  height: number;
  label: string;
  title: string;
  line?: number;
}

type Layout = { children?: { children?: { box?: { height: number } }[] }[] };

/** Natural heights (pt) of blocks laid out by react-pdf at their widths. */
async function measure(items: MeasureItem[], fontFamily: string[]): Promise<number[]> {
  if (!items.length) return [];
  let layout: Layout | undefined;
  await renderToBuffer(MeasureDocument({ items, fontFamily, onLayout: (l) => (layout = l as Layout) }));
  return items.map((_, i) => layout?.children?.[i]?.children?.[0]?.box?.height ?? Number.POSITIVE_INFINITY);
}

/**
 * Heights measured in this process, by what shapes a face's block: its words, size, width,
 * fonts and hyphenation language. Not its colour: brands colour the title and bullets, and
 * paint does not move text. A deck built for three brands was measured three times over
 * (a full react-pdf render each time); now once.
 */
const heights = memo<string, number>('cards/heights');
const MAX_HEIGHTS = 20_000;

/**
 * Cache key of a face block at a size; undefined when the face cannot be keyed (the guide
 * card's legend is drawn by a function).
 */
export function faceKey(text: FaceText, size: number, width: number, fontFamily: readonly string[], lang: string): string | undefined {
  if (text.extra) return undefined;
  return JSON.stringify([fontFamily, lang, width, size, text.title ?? null, text.blocks, !!text.emphasis, !!text.noHyphenation]);
}

/** `measure`, answering from `heights` what was measured before. */
async function measureKnown(items: (MeasureItem & { key?: string })[], fontFamily: string[]): Promise<number[]> {
  const out = items.map((it) => (it.key === undefined ? undefined : heights.get(it.key)));
  const todo = items.flatMap((it, i) => (out[i] === undefined ? [i] : []));
  const measured = await measure(todo.map((i) => items[i]!), fontFamily);
  todo.forEach((i, j) => {
    const h = measured[j]!;
    out[i] = h;
    const key = items[i]!.key;
    if (key === undefined || !Number.isFinite(h)) return;
    if (heights.size >= MAX_HEIGHTS) heights.clear();
    heights.set(key, h);
  });
  return out as number[];
}

/**
 * Choose the largest font size at which each face's block fits its area: measure all
 * faces at their start size, then every smaller size for those that did not fit.
 * @returns the size per face, or the overflow in pt at the minimum size
 */
async function fitFaces(
  drafts: FaceDraft[],
  body: (d: FaceDraft, size: number) => MeasureItem['body'],
  fontFamily: string[],
  lang: string,
  fontsDir: string,
): Promise<({ size: number } | { overflow: number })[]> {
  const item = (d: FaceDraft, size: number) => {
    const text = faceKey(d.text, size, d.width, fontFamily, lang);
    // The fonts folder too: react-pdf's fonts are registered per process and folder.
    const key = text === undefined ? undefined : `${fontsDir}\u0000${text}`;
    return { width: d.width, body: body(d, size), ...(key === undefined ? {} : { key }) };
  };
  const first = await measureKnown(drafts.map((d) => item(d, d.start)), fontFamily);
  const result: ({ size: number } | { overflow: number })[] = drafts.map((d, i) => (first[i]! <= d.height + 0.01 ? { size: d.start } : { overflow: first[i]! - d.height }));
  const retry = drafts.flatMap((d, i) => ('overflow' in result[i]! ? sizesFrom(d.start).slice(1).map((size) => ({ i, size })) : []));
  const heights = await measureKnown(retry.map(({ i, size }) => item(drafts[i]!, size)), fontFamily);
  retry.forEach(({ i, size }, j) => {
    const r = result[i]!;
    if ('size' in r) return;
    const over = heights[j]! - drafts[i]!.height;
    if (over <= 0.01) result[i] = { size };
    else result[i] = { overflow: over };
  });
  return result;
}

function iconsOf(model: CardsModel): { icons: Record<string, IconData | undefined>; diagnostics: Diagnostic[] } {
  const icons: Record<string, IconData | undefined> = {};
  const diagnostics: Diagnostic[] = [];
  for (const c of model.categories) {
    if (!c.icon) continue;
    const icon = loadIcon(c.icon);
    if (icon) icons[c.id] = icon;
    else {
      diagnostics.push(diag('AssetMissing', { what: 'icon', path: `assets/icons/${c.icon}.svg`, asset: 'icon' }, { field: `categories.${c.id}.icon` }));
    }
  }
  return { icons, diagnostics };
}

/** A deck's faces with the size each is printed at, or why some do not fit. */
interface FittedDeck {
  drafts: FaceDraft[];
  fitted: ({ size: number } | { overflow: number })[];
  /** CardOverflow per face that does not fit even at the minimum size. */
  overflow: Diagnostic[];
  icons: Record<string, IconData | undefined>;
  colors: Record<string, string>;
}

/**
 * Lay out every face of a deck and choose its text size: the layout pass that both the
 * render and the checks before it (`checkLayout`) run.
 */
async function fitDeck({ model, brand, language }: RenderInput<CardsModel>, fontsDir: string): Promise<FittedDeck> {
  const { meta } = model;
  const hyphenate = hyphenationFor(language.code);
  const fontFamily = scriptFonts[language.script];
  const colors = categoryColors(model.categories, brand.colors);
  const { icons, diagnostics: iconDiags } = iconsOf(model);
  if (iconDiags.length) throw new DiagnosticsError(iconDiags);
  const total = model.cards.length;
  const count = countByCategory(model.cards);
  const front = faceGeometry(model.card, meta.bleed, 'front');
  const back = faceGeometry(model.card, meta.bleed, 'back');

  const drafts: FaceDraft[] = [];
  const guideFront: FaceText = {
    title: meta.subtitle ?? 'Gesprekskaarten',
    emphasis: true,
    noHyphenation: true,
    blocks: [{ type: 'paragraph', runs: [{ text: meta.title, bold: true }] }],
    extra: (size) => Legend({ categories: model.categories, colors, icons, size: Math.max(MIN_TEXT_SIZE, size * 0.6), count }),
  };
  const guideBack: FaceText = {
    title: 'Zo gebruik je de kaarten',
    blocks: meta.instruction ? [{ type: 'paragraph', runs: [{ text: meta.instruction }] }] : model.guide.slice(0, 1),
  };
  const push = (deckIndex: number, side: Side, text: FaceText, color: string, label: string, title: string, line?: number) => {
    const g = side === 'front' ? front : back;
    drafts.push({ deckIndex, side, text, color, start: g.startSize, width: g.area.width, height: g.area.height, label, title, ...(line ? { line } : {}) });
  };
  push(0, 'front', guideFront, brand.colors.primary, 'gids', meta.title);
  push(0, 'back', guideBack, brand.colors.primary, 'gids', meta.title);
  for (const c of model.cards) {
    const color = colors[c.category] ?? brand.colors.primary;
    push(c.number, 'front', { title: c.title, blocks: c.front, emphasis: true }, color, `${c.number}/${total}`, plain(c.title), c.line);
    push(c.number, 'back', { title: c.title, blocks: c.back }, color, `${c.number}/${total}`, plain(c.title), c.line);
  }

  const body = (d: FaceDraft, size: number) => createElement(FaceBody, { text: d.text, size, color: d.color, hyphenate });
  const fitted = await fitFaces(drafts, body, fontFamily, language.code, fontsDir);
  const overflow: Diagnostic[] = [];
  fitted.forEach((r, i) => {
    if (!('overflow' in r)) return;
    const d = drafts[i]!;
    const by = `${(r.overflow / PT_PER_MM).toFixed(1)} mm`;
    overflow.push(
      diag('CardOverflow', { deck: model.slug, card: d.label, title: d.title, side: d.side, by, min: MIN_TEXT_SIZE }, d.line ? { span: { start: { line: d.line, column: 1 } } } : { field: d.deckIndex === 0 ? 'instruction' : undefined }),
    );
  });
  return { drafts, fitted, overflow, icons, colors };
}

/** Render a deck: measure, render faces, impose, and write the guide page. */
export async function renderCards(input: RenderInput<CardsModel>, fontsDir: string): Promise<Rendered> {
  const { model, brand, language, date } = input;
  const { meta } = model;
  const hyphenate = hyphenationFor(language.code);
  const fontFamily = scriptFonts[language.script];
  const { drafts, fitted, overflow, icons, colors } = await fitDeck(input, fontsDir);
  if (overflow.length) throw new DiagnosticsError(overflow);
  const total = model.cards.length;

  const faces: FaceSpec[] = drafts.map((d, i) => {
    const card = d.deckIndex > 0 ? model.cards[d.deckIndex - 1] : undefined;
    const cat = card ? model.categories.find((c) => c.id === card.category) : undefined;
    return {
      side: d.side,
      text: d.text,
      size: (fitted[i] as { size: number }).size,
      color: d.color,
      ...(cat ? { category: { label: cat.label, ...(icons[cat.id] ? { icon: icons[cat.id]! } : {}) } } : {}),
      number: card ? `${card.number}/${total}` : '',
      deck: meta.title,
      brand,
      guide: d.deckIndex === 0,
    };
  });
  // Dated by the build, not the clock: pdfkit derives the file /ID from the date, and pdf-lib keeps it.
  const facesPdf = await renderDated(CardFacesDocument({ faces, card: model.card, bleed: meta.bleed, hyphenate, title: `${meta.title}: losse kaarten`, author: brand.name, lang: language.code, fontFamily }), date);
  if (countPages(facesPdf) !== faces.length) throw new Error(`the card faces took ${countPages(facesPdf)} pages instead of ${faces.length}`);
  const single = await setCardBoxes(facesPdf, model.card, meta.bleed, { title: `${meta.title}: losse kaarten`, author: brand.name, date });

  const layout = layoutSheet(model.card, model.sheet, meta.bleed, meta.duplex);
  const sides = planSides(layout, total + 1, meta.duplex);
  const sheets = sides.length / 2;
  const day = date.toISOString().slice(0, 10);
  const slugLines = sides.map(
    (s) => `${meta.title} · vel ${s.sheet} van ${sheets}, ${s.side === 'front' ? 'voorkant' : 'achterkant'} · ${brand.name} · ${day} · ${cardWords(model)} · ${meta.sheet.toUpperCase()}, ${duplexWords[meta.duplex]}`,
  );
  const slugAt = (i: number) => {
    const s = sides[i]!;
    if (s.side === 'back' && layout.flip === 'rows') return { x: layout.slug.x, y: layout.sheet.height - layout.slug.y - 2 };
    return layout.slug;
  };
  const chrome = await renderToBuffer(SlugDocument({ sheet: layout.sheet, lines: slugLines, at: slugAt, fontFamily }));
  const pdf = await imposeSheets({ faces: facesPdf, chrome, layout, sides, meta: { title: meta.title, author: brand.name, subject: meta.summary ?? meta.subtitle ?? meta.title, date, lang: language.code } });

  const guide = await renderDated(GuideDocument({ model, brand, language, colors, icons, printNote: printNote(model, layout, sheets), hyphenate, fontFamily }), date);
  return {
    pdf,
    pages: sides.length,
    extras: [
      { suffix: '--kaarten', pdf: single, pages: faces.length },
      { suffix: '--gids', pdf: guide, pages: countPages(guide) },
    ],
  };
}

/** Card decks (`kind: cards`): press sheets, single cards and a guide. */
export const cardsKind = defineKind({
  name: 'cards',
  description: 'conversation cards printed as a deck: press sheets with bleed, crop marks and aligned backs, single cards, and a guide',
  schema: cardsSchema,
  toModel: cardsModel,
  variants: () => [{ id: 'default', suffix: '' }],
  texts(model) {
    const m = model.meta;
    const blocks = (bs: CardsModel['guide']) => bs.map((b) => (b.type === 'paragraph' ? plain(b.runs) : b.items.map((l) => `${l.marker} ${plain(l.runs)}`).join(' '))).join(' ');
    return [
      { text: `${m.title} ${m.subtitle ?? ''} ${m.instruction ?? ''}` },
      { text: model.categories.map((c) => c.label.toUpperCase() + c.label).join(' ') },
      { text: blocks(model.guide) },
      { text: (m.sources ?? []).map(formatSource).join(' ') },
      ...model.cards.map((c) => ({ text: `${plain(c.title)} ${blocks(c.front)} ${blocks(c.back)} •`, line: c.line })),
    ];
  },
  pictograms: (model) => model.categories.flatMap((c) => (c.icon ? [{ name: c.icon, field: `categories.${c.id}.icon` }] : [])),
  render: { custom: (input, fontsDir) => renderCards(input, fontsDir) },
  checkLayout: async (input, fontsDir) => (await fitDeck(input, fontsDir)).overflow,
  fixedTexts: ['Zo gebruik je de kaarten Gesprekskaarten handleiding Afdrukken kaarten kleuren 0123456789/()·×,.:"%–'],
  duplex: (frontMatter) => frontMatter.duplex,
  catalogue: { label: 'Gesprekskaarten', advice: cardsCatalogueAdvice },
  renderCost: 800,
});
