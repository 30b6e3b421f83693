/**
 * Tip sheet for parents: short and visual, with large numbers, a pictogram per tip and
 * generous spacing. A Dutch sheet prints alone; a translation prints bilingual, as the
 * Flemish rule asks (domain.md): `side-by-side` (tip k in Dutch and in the translation
 * in one row) or `facing` (a Dutch page, then the translated page with the same tips,
 * so that tip k faces tip k on the back or the opposite page). Right-to-left languages
 * are mirrored: text right-aligned, numbers and pictograms on the right.
 * Drafts carry a diagonal CONCEPT watermark on every page.
 */
import { bookmark } from './components/bookmark.js';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactNode } from 'react';
import type { Brand } from '../src/brands/brand.js';
import { DiagnosticsError } from '../src/diagnostics/diagnostic.js';
import { diag } from '../src/diagnostics/errors.js';
import type { RenderInput } from '../src/kinds/kind.js';
import type { Tip, TipsModel } from '../src/kinds/tips/model.js';
import type { Language } from '../src/languages/language.js';
import type { RichText } from '../src/markdown/blocks.js';
import { scriptFonts } from '../src/render/fonts.js';
import { hyphenationFor, type HyphenationCallback } from '../src/render/hyphenation.js';
import { BrandHeader, Footer } from './components/chrome.js';
import { Icon, loadIcon, type IconData } from './components/icon.js';
import { QrCode } from './components/qr-code.js';
import { Para } from './components/rich-text.js';
import { hasRightToLeft, layoutText } from '../src/text/layout-text.js';
import { artifact, tag, taggedDocument, type Role } from './components/tags.js';
import { ink, mm, muted, onColor, paperSizes, tint } from './theme.js';

/** How one language prints: fonts, direction, hyphenation. */
interface Script {
  language: Language;
  fonts: string[];
  rtl: boolean;
  hyphenate: HyphenationCallback;
  /** Font size factor: Naskh reads smaller than Noto Sans at the same size. */
  scale: number;
  lineHeight: number;
}

const scriptOf = (language: Language): Script => ({
  language,
  fonts: scriptFonts[language.script],
  rtl: language.dir === 'rtl',
  hyphenate: hyphenationFor(language.code),
  scale: language.script === 'arabic' ? 1.15 : 1,
  lineHeight: language.script === 'arabic' ? 1.55 : 1.4,
});

/**
 * Structure props of a block of text in a language: its language, and the text as written
 * (/ActualText, which readers speak instead of the glyphs; the renderer writes it only where
 * the glyphs read differently: right-to-left lines, words broken over two lines).
 */
const tagIn = (role: Role, s: Script, text: string | RichText) =>
  tag(role, { lang: s.language.code, actual: typeof text === 'string' ? text : text.map((r) => r.text).join('') });

/** Style props for text in a language (font fallback list, direction, alignment). */
const textStyle = (s: Script): Style =>
  ({ fontFamily: s.fonts as unknown as string, ...(s.rtl ? { direction: 'rtl', textAlign: 'right' } : { textAlign: 'left' }) }) as Style;

/** Sizes for a paper format. */
function sizes(paper: 'a4' | 'a5') {
  const k = paper === 'a5' ? 0.8 : 1;
  return {
    k,
    margin: mm(paper === 'a5' ? 12 : 16),
    badge: mm(12) * k,
    number: 22 * k,
    icon: mm(13) * k,
    heading: 12.5 * k,
    body: 10.5 * k,
    gap: mm(6) * k,
    /** Tips per page in facing mode (first page, following pages): the same for both languages. */
    perPage: paper === 'a5' ? [2, 4] : [5, 7],
  };
}
type Sizes = ReturnType<typeof sizes>;

/** The pictogram of a tip, or a diagnostic when its file is missing. */
function iconOf(tip: Tip, file: string): IconData | undefined {
  if (!tip.icon) return undefined;
  const svg = loadIcon(tip.icon);
  if (!svg) {
    throw new DiagnosticsError([
      diag('AssetMissing', { what: 'pictogram', path: `assets/icons/${tip.icon}.svg`, asset: 'pictogram' }, { file, span: { start: { line: tip.line, column: 1 } } }),
    ]);
  }
  return svg;
}

/** The large tip number in a disc. */
function Badge({ n, z, accent }: { n: number; z: Sizes; accent: string }) {
  return (
    <View {...tag('Lbl')} style={{ width: z.badge, height: z.badge, borderRadius: z.badge / 2, backgroundColor: accent, alignItems: 'center', justifyContent: 'center' }}>
      <Text style={{ fontFamily: 'Noto Sans', fontSize: z.number, fontWeight: 'bold', color: onColor(accent) }}>{n}</Text>
    </View>
  );
}

/** Number and pictogram, beside each other or stacked: the marker of a tip. */
function Marker({ n, icon, z, brand, beside, rtl }: { n: number; icon?: IconData; z: Sizes; brand: Brand; beside?: boolean; rtl?: boolean }) {
  return (
    <View style={{ width: beside ? z.badge + z.icon + mm(3) : Math.max(z.badge, z.icon), alignItems: 'center', flexDirection: beside ? (rtl ? 'row-reverse' : 'row') : 'column', gap: mm(3) * z.k }}>
      <Badge n={n} z={z} accent={brand.colors.accent} />
      {icon ? (
        <View {...artifact()} style={beside ? {} : { marginTop: mm(2) * z.k }}>
          <Icon icon={icon} size={z.icon} color={brand.colors.primary} />
        </View>
      ) : null}
    </View>
  );
}

/** Heading and text of a tip in one language. */
function TipText({ tip, s, z, color }: { tip: Tip; s: Script; z: Sizes; color: string }) {
  const base = textStyle(s);
  return (
    <View {...tag('LBody', { lang: s.language.code })} style={{ flex: 1 }}>
      <Para tags={tagIn('H2', s, tip.heading)} runs={tip.heading} hyphenate={s.hyphenate} style={{ ...base, fontSize: z.heading * s.scale, fontWeight: 'bold', color, lineHeight: 1.3, marginBottom: mm(1.2) }} />
      {tip.text.map((p, i) => (
        <Para key={i} tags={tagIn('P', s, p)} runs={p} hyphenate={s.hyphenate} style={{ ...base, fontSize: z.body * s.scale, color: ink, lineHeight: s.lineHeight, marginBottom: mm(1) }} />
      ))}
    </View>
  );
}

/** One tip in one language, the marker on the reading side. */
function TipRow({ tip, n, icon, s, z, brand }: { tip: Tip; n: number; icon?: IconData; s: Script; z: Sizes; brand: Brand }) {
  return (
    <View wrap={false} {...tag('LI')} {...bookmark(`${n}. ${tip.heading.map((r) => r.text).join('')}`)} style={{ flexDirection: s.rtl ? 'row-reverse' : 'row', marginBottom: z.gap, gap: mm(5) * z.k }}>
      <Marker n={n} icon={icon} z={z} brand={brand} beside rtl={s.rtl} />
      <TipText tip={tip} s={s} z={z} color={brand.colors.primary} />
    </View>
  );
}

/** Paragraphs of an introduction. */
function Intro({ paras, s, z, style }: { paras: RichText[]; s: Script; z: Sizes; style?: Style }) {
  if (!paras.length) return null;
  return (
    <View style={{ marginBottom: z.gap, ...style }}>
      {paras.map((p, i) => (
        <Para key={i} tags={tagIn('P', s, p)} runs={p} hyphenate={s.hyphenate} style={{ ...textStyle(s), fontSize: 11.5 * z.k * s.scale, lineHeight: s.lineHeight, color: ink }} />
      ))}
    </View>
  );
}

/** The diagonal CONCEPT watermark, fixed on every page, under the content. */
function Watermark({ words, size, tags }: { words: { text: string; s: Script }[]; size: { width: number; height: number }; tags: Record<string, unknown> }) {
  const font = size.width / 7.5;
  const band = font * 1.5 * words.length;
  return (
    <View fixed {...tags} style={{ position: 'absolute', top: size.height / 2 - band / 2, left: -size.width * 0.1, width: size.width * 1.2, height: band, transform: 'rotate(-45deg)', alignItems: 'center', justifyContent: 'center' }}>
      <View style={{ alignItems: 'center' }}>
        {words.map((w, i) => (
          <Text key={i} {...tagIn('P', w.s, w.text)} style={{ fontFamily: w.s.fonts as unknown as string, fontSize: font, fontWeight: 'bold', color: '#f2c9c9', textAlign: 'center', ...(w.s.rtl ? { direction: 'rtl' } : {}) } as Style}>
            {w.text}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** The translation notice in Dutch and in the translation's language, fixed above the footer. */
function Notice({ nl, tr, brand, z, tags }: { nl: Script; tr: Script; brand: Brand; z: Sizes; tags: Record<string, unknown> }) {
  return (
    <View fixed {...tags} style={{ position: 'absolute', bottom: mm(22), left: z.margin, right: z.margin, borderWidth: 0.8, borderColor: brand.colors.accent, borderRadius: mm(1.5), paddingVertical: mm(1.5), paddingHorizontal: mm(3), backgroundColor: tint(brand.colors.accent, 0.9) }}>
      <Text {...tagIn('P', nl, nl.language.strings.translationNotice)} style={{ ...textStyle(nl), fontSize: 7.5 * Math.max(z.k, 0.9), color: ink }}>{nl.language.strings.translationNotice}</Text>
      <Text {...tagIn('P', tr, tr.language.strings.translationNotice)} style={{ ...textStyle(tr), fontSize: 7.5 * Math.max(z.k, 0.9), color: ink, marginTop: 1 }}>{tr.language.strings.translationNotice}</Text>
    </View>
  );
}

/** The QR code with its label. */
function Qr({ qr, s, z, brand }: { qr: { url: string; label?: string }; s: Script; z: Sizes; brand: Brand }) {
  return (
    <View wrap={false} style={{ flexDirection: s.rtl ? 'row-reverse' : 'row', alignItems: 'center', gap: mm(4), marginTop: mm(2) }}>
      {/* The address it encodes is printed beside it: the code itself is an artifact. */}
      <QrCode text={qr.url} size={mm(24) * z.k} color={ink} tags={artifact()} />
      <View style={{ flex: 1 }}>
        {qr.label ? <Text {...tag('P', { lang: 'nl' })} style={{ ...textStyle(s), fontSize: 11 * z.k, fontWeight: 'bold', color: brand.colors.primary }}>{qr.label}</Text> : null}
        <Text {...tag('P', { lang: 'nl' })} style={{ fontFamily: 'Noto Sans', fontSize: 8 * z.k, color: muted, marginTop: 2, textAlign: s.rtl ? 'right' : 'left' }}>{qr.url}</Text>
      </View>
    </View>
  );
}

/** A second title in the band of the brand header (another language). */
function BandTitle({ text, s, brand, size, heading }: { text: string; s: Script; brand: Brand; size: number; heading?: boolean }) {
  return <Text {...tagIn(heading ? 'H1' : 'P', s, text)} style={{ ...textStyle(s), color: onColor(brand.colors.primary), fontSize: size, fontWeight: 'bold', marginTop: 5, lineHeight: 1.3 }}>{layoutText(text, hasRightToLeft(text))}</Text>;
}

const chunk = <T,>(items: readonly T[], first: number, rest: number): T[][] => {
  const out: T[][] = [items.slice(0, first)];
  for (let i = first; i < items.length; i += rest) out.push(items.slice(i, i + rest));
  return out;
};

/** The react-pdf document of a tip sheet (Dutch alone, or bilingual for a translation). */
export function TipsLayout({ model, source, brand, language, sourceLanguage }: RenderInput<TipsModel>) {
  const dutch = source ?? model;
  const translated = source && sourceLanguage ? model : undefined;
  const nl = scriptOf(sourceLanguage ?? language);
  const tr = translated ? scriptOf(language) : undefined;
  const z = sizes(dutch.meta.paper);
  const size = paperSizes[dutch.meta.paper];
  const file = `content/tips/${dutch.slug}.${dutch.meta.lang}.md`;
  const icons = dutch.tips.map((t) => iconOf(t, file));
  const draft = model.meta.status === 'draft' || dutch.meta.status === 'draft';
  // One structure element each for the whole document (tagged on the first page, repeats are
  // Pagination artifacts), also where they print on the pages of both languages (facing).
  const watermark = draft ? <Watermark tags={tag('Div')} size={size} words={[{ text: 'CONCEPT', s: nl }, ...(tr ? [{ text: tr.language.strings.draft, s: tr }] : [])]} /> : null;
  const eyebrow = tr ? `Tips voor ouders · ${nl.language.strings.translation}: ${tr.language.nameNl}` : 'Tips voor ouders';
  const pageStyle: Style = { fontFamily: 'Noto Sans', paddingTop: mm(14) * z.k, paddingBottom: tr ? mm(44) : mm(30), paddingHorizontal: z.margin, color: ink };
  const footer = (s: Script) => <Footer brand={brand} language={s.language} fontFamily={s.fonts} />;
  const notice = tr ? <Notice tags={tag('Div')} nl={nl} tr={tr} brand={brand} z={z} /> : null;
  const trTip = (i: number) => translated?.tips[i] ?? dutch.tips[i]!;

  let pages: ReactNode;
  if (!tr || !translated) {
    pages = (
      <Page experimentalPagination size={dutch.meta.paper.toUpperCase() as 'A4' | 'A5'} style={pageStyle}>
        {watermark}
        {footer(nl)}
        <BrandHeader brand={brand} title={dutch.meta.title} subtitle={dutch.meta.subtitle} eyebrow={eyebrow} lang={nl.language.code} />
        <Intro paras={dutch.intro} s={nl} z={z} />
        <View {...tag('L')}>
          {dutch.tips.map((t, i) => (
            <TipRow key={t.id} tip={t} n={i + 1} icon={icons[i]} s={nl} z={z} brand={brand} />
          ))}
        </View>
        {dutch.meta.qr ? <Qr qr={dutch.meta.qr} s={nl} z={z} brand={brand} /> : null}
      </Page>
    );
  } else if (dutch.meta.bilingual === 'side-by-side') {
    // Left to right: marker, Dutch, translation. Right to left (row-reverse): the marker on
    // the right, the translation beside it, the Dutch text on the left.
    const dir = tr.rtl ? 'row-reverse' : 'row';
    const ordered = (marker: ReactNode, dutchCell: ReactNode, trCell: ReactNode) => (tr.rtl ? [marker, trCell, dutchCell] : [marker, dutchCell, trCell]);
    const cell = { flex: 1 } as const;
    pages = (
      <Page experimentalPagination size={dutch.meta.paper.toUpperCase() as 'A4' | 'A5'} style={pageStyle}>
        {watermark}
        {notice}
        {footer(tr)}
        <BrandHeader brand={brand} title={dutch.meta.title} eyebrow={eyebrow} lang={nl.language.code} extra={<BandTitle heading text={translated.meta.title} s={tr} brand={brand} size={16 * z.k} />} />
        <View style={{ flexDirection: dir, gap: mm(5) * z.k, marginBottom: mm(3), borderBottomWidth: 1, borderBottomColor: tint(brand.colors.primary, 0.6), paddingBottom: mm(1.5) }}>
          {ordered(
            <View key="m" style={{ width: Math.max(z.badge, z.icon) }} />,
            <Text key="nl" {...tag('P', { lang: nl.language.code })} style={{ ...cell, ...textStyle(nl), fontSize: 9, fontWeight: 'bold', color: muted }}>{nl.language.name}</Text>,
            <Text key="tr" {...tagIn('P', tr, `${tr.language.name} · ${tr.language.strings.translation}`)} style={{ ...cell, ...textStyle(tr), fontSize: 9 * tr.scale, fontWeight: 'bold', color: muted }}>{`${tr.language.name} · ${tr.language.strings.translation}`}</Text>,
          )}
        </View>
        {dutch.intro.length || translated.intro.length ? (
          <View style={{ flexDirection: dir, gap: mm(5) * z.k }}>
            {ordered(
              <View key="m" style={{ width: Math.max(z.badge, z.icon) }} />,
              <Intro key="nl" paras={dutch.intro} s={nl} z={z} style={cell} />,
              <Intro key="tr" paras={translated.intro} s={tr} z={z} style={cell} />,
            )}
          </View>
        ) : null}
        {/* Read tip by tip, each row in the order it prints in the translation's direction (README, Accessibility). */}
        <View {...tag('L')}>
          {dutch.tips.map((t, i) => (
            <View key={t.id} wrap={false} {...tag('LI')} {...bookmark(`${i + 1}. ${t.heading.map((r) => r.text).join('')}`)} style={{ flexDirection: dir, gap: mm(5) * z.k, marginBottom: z.gap }}>
              {ordered(
                <Marker key="m" n={i + 1} icon={icons[i]} z={z} brand={brand} />,
                <TipText key="nl" tip={t} s={nl} z={z} color={brand.colors.primary} />,
                <TipText key="tr" tip={trTip(i)} s={tr} z={z} color={brand.colors.primary} />,
              )}
            </View>
          ))}
        </View>
        {dutch.meta.qr ? <Qr qr={dutch.meta.qr} s={nl} z={z} brand={brand} /> : null}
      </Page>
    );
  } else {
    const groups = chunk(dutch.tips.map((t, i) => i), z.perPage[0]!, z.perPage[1]!);
    const part = (s: Script, tipAt: (i: number) => Tip, title: string, other: string, otherScript: Script, g: number[], first: boolean, last: boolean, intro: RichText[]) => (
      <Page experimentalPagination key={`${s.language.code}-${g[0]}`} size={dutch.meta.paper.toUpperCase() as 'A4' | 'A5'} style={pageStyle}>
        {watermark}
        {notice}
        {footer(s)}
        {first ? (
          <>
            <BrandHeader
              brand={brand}
              title={title}
              eyebrow={eyebrow}
              rtl={s.rtl}
              fontFamily={s.fonts}
              lang={s.language.code}
              extra={
                <>
                  <BandTitle heading text={other} s={otherScript} brand={brand} size={12 * z.k} />
                  {s === nl ? null : <BandTitle text={`${tr.language.strings.translation} · ${tr.language.name}`} s={tr} brand={brand} size={9 * z.k * tr.scale} />}
                </>
              }
            />
            <Intro paras={intro} s={s} z={z} />
          </>
        ) : null}
        <View {...tag('L')}>
          {g.map((i) => (
            <TipRow key={i} tip={tipAt(i)} n={i + 1} icon={icons[i]} s={s} z={z} brand={brand} />
          ))}
        </View>
        {last && dutch.meta.qr ? <Qr qr={dutch.meta.qr} s={s === nl ? nl : s} z={z} brand={brand} /> : null}
      </Page>
    );
    pages = groups.flatMap((g, k) => [
      part(nl, (i) => dutch.tips[i]!, dutch.meta.title, translated.meta.title, tr, g, k === 0, k === groups.length - 1, dutch.intro),
      part(tr, trTip, translated.meta.title, dutch.meta.title, nl, g, k === 0, k === groups.length - 1, translated.intro),
    ]);
  }

  const title = translated ? `${translated.meta.title} / ${dutch.meta.title}` : dutch.meta.title;
  return (
    <Document
      title={title}
      author={brand.name}
      subject={dutch.meta.summary ?? dutch.meta.title}
      keywords={(dutch.meta.keywords ?? []).join(', ')}
      language={language.code}
      creator="drukklaar"
      producer="drukklaar"
      {...taggedDocument}
    >
      {pages}
    </Document>
  );
}

