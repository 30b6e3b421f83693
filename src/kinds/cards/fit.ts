/**
 * The layout pass of a deck: every face measured by react-pdf at decreasing font sizes until
 * its text fits (never below MIN_TEXT_SIZE), or a CardOverflow that says by how much not.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { CategoryLabel, countByCategory, FaceBody, faceGeometry, labelRoom, labelSizeOf, MeasureDocument, MIN_TEXT_SIZE, sizesFrom, type FaceText, type MeasureItem } from '../../../layouts/cards.js';
import { mm } from '../../../layouts/theme.js';
import { Legend } from '../../../layouts/card-guide.js';
import { loadIcon, type IconData } from '../../../layouts/components/icon.js';
import { DiagnosticsError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { memo } from '../../memos.js';
import { fontsOf } from '../../render/fonts.js';
import { hyphenationFor } from '../../render/hyphenation.js';
import type { RenderInput } from '../kind.js';
import { deckDrafts, type FaceDraft } from './faces.js';
import { categoryColors, type CardsModel, type Category } from './model.js';
import { PT_PER_MM } from './sheet-layout.js';

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
  const own = (t: FaceText): unknown[] => [t.title ?? null, t.blocks, !!t.emphasis, !!t.noHyphenation, t.lang ?? null, t.fontFamily ?? null, !!t.rtl];
  return JSON.stringify([fontFamily, lang, width, size, ...own(text), text.dutch ? own(text.dutch) : null]);
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

/** The pictogram of each category of a deck, or AssetMissing for those whose file is missing. */
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
export interface FittedDeck {
  drafts: FaceDraft[];
  fitted: ({ size: number } | { overflow: number })[];
  /** CardOverflow per face that does not fit even at the minimum size. */
  overflow: Diagnostic[];
  icons: Record<string, IconData | undefined>;
  colors: Record<string, string>;
}

/**
 * Lay out every face of a deck and choose its text size: the layout pass that both the
 * render and the checks before it (`checkLayout`) run. A translation's faces are measured as
 * they print (bilingual, or the paired deck: faces.ts).
 */
export async function fitDeck(input: RenderInput<CardsModel>, fontsDir: string): Promise<FittedDeck> {
  const { model, brand, language, source } = input;
  const dutch = source ?? model;
  const hyphenate = hyphenationFor(language.code);
  const fontFamily = fontsOf(language);
  const colors = categoryColors(dutch.categories, brand.colors);
  const { icons, diagnostics: iconDiags } = iconsOf(dutch);
  if (iconDiags.length) throw new DiagnosticsError(iconDiags);
  const count = countByCategory(dutch.cards);
  const legend = (categories: Category[], size: number, rtl: boolean, lang?: string) => Legend({ categories, colors, icons, size: Math.max(MIN_TEXT_SIZE, size * 0.6), count, ...(rtl ? { rtl } : {}), ...(lang ? { lang } : {}) });
  const drafts = deckDrafts({ input, brand, colors, icons, legend });
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
  overflow.push(...(await labelsTooLong(drafts, input, hyphenate, fontFamily, fontsDir)));
  return { drafts, fitted, overflow, icons, colors };
}

/**
 * Category labels taller than the room the frame gives them (the band on the front, the
 * header on the back): react-pdf cut such a label after its last whole line with "…", an
 * empty box in an Arabic font. Each label is laid out as it prints, once per side.
 */
async function labelsTooLong(drafts: FaceDraft[], input: RenderInput<CardsModel>, hyphenate: ReturnType<typeof hyphenationFor>, fontFamily: string[], fontsDir: string): Promise<Diagnostic[]> {
  const { model, language, source } = input;
  const dutch = source ?? model;
  // Each label once per side, layout and fonts, grouped by fonts (a measure lays out in one family list).
  const byFonts = new Map<string, { id: string; text: string; room: number; item: MeasureItem & { key: string } }[]>();
  const seen = new Set<string>();
  for (const d of drafts) {
    const cat = d.frame.category;
    if (!cat || d.frame.guide) continue;
    const text = cat.capitals ?? cat.label.toLocaleUpperCase(d.frame.lang ?? language.code);
    const fonts = JSON.stringify(d.frame.fontFamily ?? fontFamily);
    const key = JSON.stringify([text, !!cat.icon, !!d.frame.rtl, d.side, fonts]);
    if (seen.has(key)) continue;
    seen.add(key);
    const g = faceGeometry(dutch.card, dutch.meta.bleed, d.side);
    const body = createElement(CategoryLabel, { label: text, ...(cat.icon ? { icon: cat.icon } : {}), color: '#000000', size: labelSizeOf(g.large), ...(d.frame.rtl ? { rtl: true } : {}), hyphenate });
    byFonts.set(fonts, [...(byFonts.get(fonts) ?? []), { id: cat.id, text, room: labelRoom(g, d.side), item: { width: mm(dutch.card.width - 2 * g.safe), body, key: `${fontsDir}\u0000label\u0000${key}\u0000${language.code}\u0000${dutch.card.width}` } }]);
  }
  const tooLong = new Map<string, string>(); // label text → category id, each reported once
  for (const [fonts, labels] of byFonts) {
    // Remembered like the faces' heights: a deck built for three brands lays its labels out once.
    const heights = await measureKnown(labels.map((l) => l.item), JSON.parse(fonts) as string[]);
    labels.forEach((l, i) => {
      if (heights[i]! > l.room + 0.01 && !tooLong.has(l.text)) tooLong.set(l.text, l.id);
    });
  }
  return [...tooLong].map(([label, id]) => diag('CardLabelTooLong', { deck: model.slug, label }, { field: `categories.${id}.label` }));
}
