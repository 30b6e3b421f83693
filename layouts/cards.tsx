/**
 * Conversation cards: the card faces (one react-pdf page per face at trim + bleed),
 * the documents used to measure their text, the slug lines of the press sheets and
 * the guide page. Imposition happens afterwards with pdf-lib (src/kinds/cards/impose.ts).
 *
 * Every face has a fixed frame (colour band, category label, icon, number) and one
 * flexible block (title + text) inside the safe area. The flexible block is measured at
 * decreasing font sizes before rendering (see `measureFaces` in src/kinds/cards/index.ts).
 * The guide page is in ./card-guide.tsx.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactElement } from 'react';
import type { Brand } from '../src/brands/brand.js';
import type { Card } from '../src/kinds/cards/model.js';
import type { Size } from '../src/kinds/cards/sheet-layout.js';
import { Icon, type IconData } from './components/icon.js';
import { FaceBody, MIN_TEXT_SIZE, type FaceText, type Hyphenate } from './card-text.js';
import { artifact, tag, taggedDocument } from './components/tags.js';
import { contrast, ink, mm, muted, onColor, TEXT_CONTRAST, tint } from './theme.js';
import { brandLine } from './components/brand-line.js';

export { Blocks, FaceBody, MIN_TEXT_SIZE, type FaceText, type Hyphenate } from './card-text.js';
/** Step (pt) between tried font sizes. */
export const SIZE_STEP = 0.5;

/** Which side of a card. */
export type Side = 'front' | 'back';

/**
 * Frame of a card face in points, for a card trim size and bleed in mm. Pure.
 * `area` is the box of the flexible block, measured from the top left of the page
 * (which includes the bleed).
 */
export function faceGeometry(card: Size, bleed: number, side: Side) {
  const large = card.width >= 90;
  const safe = large ? 5 : 4;
  const band = large ? 14 : 11;
  const footer = large ? 6 : 5;
  const header = large ? 8 : 6.5;
  const pad = large ? 3.5 : 2.5;
  const page = { width: mm(card.width + 2 * bleed), height: mm(card.height + 2 * bleed) };
  if (side === 'front') {
    const gap = large ? 5 : 3.5;
    const top = bleed + band + gap;
    const area = { left: mm(bleed + safe), top: mm(top), width: mm(card.width - 2 * safe), height: mm(card.height - band - gap - safe - footer) };
    return { page, large, safe, band, footer, header, pad, area, startSize: large ? 15 : 12 };
  }
  const panelTop = bleed + safe + header;
  const area = {
    left: mm(bleed + safe + pad),
    top: mm(panelTop + pad),
    width: mm(card.width - 2 * safe - 2 * pad),
    height: mm(card.height - 2 * safe - header - footer - 2 * pad),
  };
  return { page, large, safe, band, footer, header, pad, area, panelTop, startSize: large ? 11 : 10 };
}

/** Font sizes to try, largest first. */
export function sizesFrom(start: number): number[] {
  const out: number[] = [];
  for (let s = start; s >= MIN_TEXT_SIZE - 1e-9; s -= SIZE_STEP) out.push(Math.round(s * 10) / 10);
  return out;
}

/** One flexible block to measure: its content and the width it gets. */
export interface MeasureItem {
  width: number;
  body: ReactElement;
}

/**
 * A document of very tall pages, one per item, each holding only the item's block at
 * its printed width: the laid-out height of the block is its natural height.
 */
export function MeasureDocument({ items, onLayout, fontFamily }: { items: MeasureItem[]; onLayout: (layout: unknown) => void; fontFamily: string[] }) {
  return (
    <Document onRender={(p) => onLayout((p as { _INTERNAL__LAYOUT__DATA_?: unknown })._INTERNAL__LAYOUT__DATA_)}>
      {items.map((it, i) => (
        <Page key={i} size={[it.width, 14400]} style={{ fontFamily: fontFamily as unknown as string }}>
          <View>{it.body}</View>
        </Page>
      ))}
    </Document>
  );
}

/** One printed face: frame and flexible block. */
export interface FaceSpec {
  side: Side;
  text: FaceText;
  size: number;
  color: string;
  /** `capitals`: the label as printed, when its parts are in different languages (`BİLGİ · THUIS`). */
  category?: { id: string; label: string; capitals?: string; icon?: IconData };
  /** "7/24", or empty for the guide card. */
  number: string;
  deck: string;
  brand: Brand;
  /** Guide card: logo on the front. */
  guide?: boolean;
  /** A face in a right-to-left language: its frame mirrored (label and icon right, number left). */
  rtl?: boolean;
  /** Fonts of the page when they are not the deck's (the Dutch side of a translated card). */
  fontFamily?: string[];
  /** Language of the face's labels when it is not the document's. */
  lang?: string;
  /** The CONCEPT watermark of a draft translation: its word in each language printed. */
  draft?: { text: string; fontFamily: string[]; rtl: boolean; lang: string }[];
  /** Whether a screen reader reads the watermark here (on the first face only; elsewhere it is an artifact). */
  draftRead?: boolean;
}

/** The diagonal CONCEPT watermark of a draft, under the text of a face. */
function Watermark({ words, page, read }: { words: NonNullable<FaceSpec['draft']>; page: { width: number; height: number }; read?: boolean }) {
  const font = page.width / 7;
  const band = font * 1.4 * words.length;
  return (
    <View {...(read ? tag('Div') : artifact())} style={{ position: 'absolute', top: page.height / 2 - band / 2, left: -page.width * 0.2, width: page.width * 1.4, height: band, transform: 'rotate(-50deg)', alignItems: 'center', justifyContent: 'center' }}>
      {words.map((w, i) => (
        <Text key={i} {...(read ? tag('P', { lang: w.lang, actual: w.text }) : {})} style={{ fontFamily: w.fontFamily as unknown as string, fontSize: font, fontWeight: 'bold', color: '#f2c9c9', textAlign: 'center', ...(w.rtl ? { direction: 'rtl' } : {}) } as Style}>
          {w.text}
        </Text>
      ))}
    </View>
  );
}

/** Size of the category label and number in the frame, in pt. */
export const labelSizeOf = (large: boolean) => (large ? 8 : 7);

/** Room (pt) a face's frame gives its category label: the band on the front, the header on the back. */
export const labelRoom = (g: ReturnType<typeof faceGeometry>, side: Side) => (side === 'front' ? mm(g.band - g.safe) : mm(g.header));

/** Spacing of capitals in labels; none right to left, where it would pull joined letters apart. */
const labelSpacing = (rtl?: boolean) => (rtl ? 0 : 0.6);

/** A category's name (in capitals) in the band, with its pictogram; a name too long for one line is hyphenated, never cut off at the card's edge. */
export function CategoryLabel({ label, icon, color, size, tags, rtl, hyphenate }: { label: string; icon?: IconData; color: string; size: number; tags?: Record<string, unknown>; rtl?: boolean; hyphenate: Hyphenate }) {
  return (
    <View {...tags} style={{ flexDirection: rtl ? 'row-reverse' : 'row', alignItems: 'center', ...(rtl ? { flexGrow: 1 } : {}) }}>
      {icon ? (
        <View style={rtl ? { marginLeft: size * 0.5 } : { marginRight: size * 0.5 }}>
          <Icon icon={icon} size={size * 1.9} color={color} tags={artifact()} />
        </View>
      ) : null}
      {/* Two lines of 1.3 fit the back's header (6.5 mm at 7 pt); the font's own 1.36 did not, and the second line was cut to "…". */}
      <Text hyphenationCallback={hyphenate} style={{ fontSize: size, fontWeight: 'bold', color, lineHeight: 1.3, letterSpacing: labelSpacing(rtl), ...(rtl ? { direction: 'rtl', flex: 1 } : { flexShrink: 1 }) }}>
        {label}
      </Text>
    </View>
  );
}

/**
 * One face as a page. Tagged, a card reads: its category and its title (H2) and question on
 * the front, then the back's text; the back's category and title repeat the front's and are
 * artifacts, as are the deck name and number in the corner, bands and pictograms. On the
 * guide card the deck title is the document's H1 (after the subtitle printed above it), its
 * back's title an H2.
 */
function Face({ spec, card, bleed, hyphenate, fontFamily, lang }: { spec: FaceSpec; card: Size; bleed: number; hyphenate: Hyphenate; fontFamily: string[]; lang: string }) {
  // Capitals by the rules of the face's language: Turkish `i` is `İ` (`Bilgi` → `BİLGİ`, not `BILGI`).
  const upper = (text: string) => text.toLocaleUpperCase(spec.lang ?? lang);
  const g = faceGeometry(card, bleed, spec.side);
  const titleTags = spec.guide ? tag(spec.side === 'front' ? 'P' : 'H2') : spec.side === 'front' ? tag('H2') : artifact();
  const fg = onColor(spec.color);
  const labelSize = labelSizeOf(g.large);
  const smallSize = g.large ? 7 : 6.5;
  const b = mm(bleed);
  const safe = mm(g.safe);
  const areaStyle: Style = { position: 'absolute', left: g.area.left, top: g.area.top, width: g.area.width, height: g.area.height };
  const { rtl } = spec;
  const row = rtl ? 'row-reverse' : 'row';
  const fonts = (spec.fontFamily ?? fontFamily) as unknown as string;
  // A right-to-left Text in a flex row draws nothing without a width (components/chrome.tsx).
  const rtlText: Style = rtl ? { direction: 'rtl', flex: 1 } : {};
  const watermark = spec.draft ? <Watermark words={spec.draft} page={g.page} read={spec.draftRead} /> : null;
  const footer = (color: string) => (
    <View style={{ position: 'absolute', left: b + safe, right: b + safe, bottom: b + safe, flexDirection: row, justifyContent: 'space-between', alignItems: 'flex-end' }}>
      <Text style={{ fontSize: smallSize, color, maxWidth: '75%', ...(spec.guide ? (spec.brand.textFonts ? { fontFamily: spec.brand.textFonts as unknown as string } : {}) : rtlText) }}>{spec.guide ? brandLine(spec.brand.name) : spec.deck}</Text>
      <Text style={{ fontSize: labelSize, color, fontWeight: 'bold' }}>{spec.number}</Text>
    </View>
  );
  if (spec.side === 'front') {
    const bg = tint(spec.color, 0.88);
    const titleColor = contrast(spec.color, bg) >= TEXT_CONTRAST ? spec.color : ink;
    return (
      <Page size={[g.page.width, g.page.height]} style={{ fontFamily: fonts, backgroundColor: bg }}>
        <View style={{ position: 'absolute', left: 0, right: 0, top: 0, height: b + mm(g.band), backgroundColor: spec.color }} />
        <View style={{ position: 'absolute', left: b + safe, right: b + safe, top: b + safe, height: mm(g.band) - safe, flexDirection: row, alignItems: 'center', justifyContent: 'space-between' }}>
          {spec.guide ? (
            <Text style={{ fontSize: labelSize, fontWeight: 'bold', color: fg, letterSpacing: labelSpacing(rtl), ...rtlText }}>{upper(spec.deck)}</Text>
          ) : (
            <CategoryLabel label={spec.category?.capitals ?? upper(spec.category?.label ?? '')} icon={spec.category?.icon} color={fg} size={labelSize} rtl={rtl} hyphenate={hyphenate} tags={tag('P', { actual: spec.category?.label ?? '', ...(spec.lang ? { lang: spec.lang } : {}) })} />
          )}
        </View>
        {spec.category?.icon ? (
          <View style={{ position: 'absolute', ...(rtl ? { left: b + safe } : { right: b + safe }), bottom: b + safe + mm(g.footer) }}>
            <Icon icon={spec.category.icon} size={mm(card.width * 0.3)} color={tint(spec.color, 0.72)} />
          </View>
        ) : null}
        {watermark}
        <View style={{ ...areaStyle, justifyContent: 'center' }}>
          <FaceBody text={spec.text} size={spec.size} color={titleColor} hyphenate={hyphenate} titleTags={titleTags} role={spec.guide ? 'H1' : 'P'} />
        </View>
        {footer(muted)}
      </Page>
    );
  }
  return (
    <Page size={[g.page.width, g.page.height]} style={{ fontFamily: fonts, backgroundColor: spec.color }}>
      <View style={{ position: 'absolute', left: b + safe, right: b + safe, top: b + safe, height: mm(g.header), flexDirection: row, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        {spec.guide ? (
          <Text style={{ fontSize: labelSize, fontWeight: 'bold', color: fg, letterSpacing: labelSpacing(rtl), ...rtlText }}>{upper(spec.deck)}</Text>
        ) : (
          <CategoryLabel label={spec.category?.capitals ?? upper(spec.category?.label ?? '')} icon={spec.category?.icon} color={fg} size={labelSize} rtl={rtl} hyphenate={hyphenate} />
        )}
      </View>
      <View
        style={{
          position: 'absolute',
          left: b + safe,
          right: b + safe,
          top: mm((g.panelTop ?? 0)),
          bottom: b + safe + mm(g.footer),
          backgroundColor: '#ffffff',
          borderRadius: mm(2),
        }}
      />
      {watermark}
      <View style={areaStyle}>
        <FaceBody text={spec.text} size={spec.size} color={contrast(spec.color, '#ffffff') >= TEXT_CONTRAST ? spec.color : ink} hyphenate={hyphenate} titleTags={titleTags} />
      </View>
      {footer(fg)}
    </Page>
  );
}

/** All faces of a deck, one page each, in print order (front, back, front, back, ...). */
export function CardFacesDocument({ faces, card, bleed, hyphenate, title, author, lang, fontFamily }: { faces: FaceSpec[]; card: Size; bleed: number; hyphenate: Hyphenate; title: string; author: string; lang: string; fontFamily: string[] }) {
  return (
    <Document title={title} author={author} language={lang} creator="drukklaar" producer="drukklaar" {...taggedDocument}>
      {faces.map((f, i) => (
        <Face key={i} spec={f} card={card} bleed={bleed} hyphenate={hyphenate} fontFamily={fontFamily} lang={lang} />
      ))}
    </Document>
  );
}

/** Slug line pages: one per sheet side, sheet-sized, with the slug text at its place (mm). */
export function SlugDocument({ sheet, lines, at, fontFamily }: { sheet: Size; lines: string[]; at: (i: number) => { x: number; y: number }; fontFamily: string[] }) {
  return (
    <Document creator="drukklaar" producer="drukklaar">
      {lines.map((line, i) => (
        <Page key={i} size={[mm(sheet.width), mm(sheet.height)]} style={{ fontFamily: fontFamily as unknown as string }}>
          <Text style={{ position: 'absolute', left: mm(at(i).x), bottom: mm(at(i).y), fontSize: 5.5, color: '#000000' }}>{line}</Text>
        </Page>
      ))}
    </Document>
  );
}

/** Number of cards per category id. */
export function countByCategory(cards: readonly Card[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cards) out[c.category] = (out[c.category] ?? 0) + 1;
  return out;
}
