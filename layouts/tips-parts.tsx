/**
 * The pieces of a tip sheet (tips.tsx): how a language prints, sizes per paper, a tip's
 * number, pictogram and text, the introduction, the CONCEPT watermark, the translation
 * notice, the QR code and the titles in the band.
 */
import { bookmark } from './components/bookmark.js';
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { Brand } from '../src/brands/brand.js';
import { DiagnosticsError } from '../src/diagnostics/diagnostic.js';
import { diag } from '../src/diagnostics/errors.js';
import type { Tip } from '../src/kinds/tips/model.js';
import { say, type Language } from '../src/languages/language.js';
import type { RichText } from '../src/markdown/blocks.js';
import { fontsOf } from '../src/render/fonts.js';
import { hyphenationFor, type HyphenationCallback } from '../src/render/hyphenation.js';
import { Icon, loadIcon, type IconData } from './components/icon.js';
import { QrCode } from './components/qr-code.js';
import { Para } from './components/rich-text.js';
import { hasRightToLeft, layoutText } from '../src/text/layout-text.js';
import { artifact, tag, type Role } from './components/tags.js';
import { ink, mm, muted, onColor, tint } from './theme.js';

/** How one language prints: fonts, direction, hyphenation. */
export interface Script {
  language: Language;
  fonts: string[];
  rtl: boolean;
  hyphenate: HyphenationCallback;
  /** Font size factor: Naskh reads smaller than Noto Sans at the same size. */
  scale: number;
  lineHeight: number;
}

export const scriptOf = (language: Language): Script => ({
  language,
  fonts: fontsOf(language),
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
export const tagIn = (role: Role, s: Script, text: string | RichText) =>
  tag(role, { lang: s.language.code, actual: typeof text === 'string' ? text : text.map((r) => r.text).join('') });

/** Style props for text in a language (font fallback list, direction, alignment). */
export const textStyle = (s: Script): Style =>
  ({ fontFamily: s.fonts as unknown as string, ...(s.rtl ? { direction: 'rtl', textAlign: 'right' } : { textAlign: 'left' }) }) as Style;

/** Sizes for a paper format. */
export function sizes(paper: 'a4' | 'a5') {
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
export type Sizes = ReturnType<typeof sizes>;

/** The pictogram of a tip, or a diagnostic when its file is missing. */
export function iconOf(tip: Tip, file: string): IconData | undefined {
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
export function Badge({ n, z, accent }: { n: number; z: Sizes; accent: string }) {
  return (
    <View {...tag('Lbl')} style={{ width: z.badge, height: z.badge, borderRadius: z.badge / 2, backgroundColor: accent, alignItems: 'center', justifyContent: 'center' }}>
      <Text style={{ fontFamily: 'Noto Sans', fontSize: z.number, fontWeight: 'bold', color: onColor(accent) }}>{n}</Text>
    </View>
  );
}

/** Number and pictogram, beside each other or stacked: the marker of a tip. */
export function Marker({ n, icon, z, brand, beside, rtl }: { n: number; icon?: IconData; z: Sizes; brand: Brand; beside?: boolean; rtl?: boolean }) {
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
export function TipText({ tip, s, z, color }: { tip: Tip; s: Script; z: Sizes; color: string }) {
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
export function TipRow({ tip, n, icon, s, z, brand }: { tip: Tip; n: number; icon?: IconData; s: Script; z: Sizes; brand: Brand }) {
  return (
    <View wrap={false} {...tag('LI')} {...bookmark(`${n}. ${tip.heading.map((r) => r.text).join('')}`)} style={{ flexDirection: s.rtl ? 'row-reverse' : 'row', marginBottom: z.gap, gap: mm(5) * z.k }}>
      <Marker n={n} icon={icon} z={z} brand={brand} beside rtl={s.rtl} />
      <TipText tip={tip} s={s} z={z} color={brand.colors.primary} />
    </View>
  );
}

/** Paragraphs of an introduction. */
export function Intro({ paras, s, z, style }: { paras: RichText[]; s: Script; z: Sizes; style?: Style }) {
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
export function Watermark({ words, size, tags }: { words: { text: string; s: Script }[]; size: { width: number; height: number }; tags: Record<string, unknown> }) {
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
export function Notice({ nl, tr, brand, z, tags }: { nl: Script; tr: Script; brand: Brand; z: Sizes; tags: Record<string, unknown> }) {
  return (
    <View fixed {...tags} style={{ position: 'absolute', bottom: mm(22), left: z.margin, right: z.margin, borderWidth: 0.8, borderColor: brand.colors.accent, borderRadius: mm(1.5), paddingVertical: mm(1.5), paddingHorizontal: mm(3), backgroundColor: tint(brand.colors.accent, 0.9) }}>
      <Text {...tagIn('P', nl, say(nl.language, 'translationNotice'))} style={{ ...textStyle(nl), fontSize: 7.5 * Math.max(z.k, 0.9), color: ink }}>{say(nl.language, 'translationNotice')}</Text>
      <Text {...tagIn('P', tr, say(tr.language, 'translationNotice'))} style={{ ...textStyle(tr), fontSize: 7.5 * Math.max(z.k, 0.9), color: ink, marginTop: 1 }}>{say(tr.language, 'translationNotice')}</Text>
    </View>
  );
}

/** The QR code with its label. */
export function Qr({ qr, s, z, brand }: { qr: { url: string; label?: string }; s: Script; z: Sizes; brand: Brand }) {
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
export function BandTitle({ text, s, brand, size, heading }: { text: string; s: Script; brand: Brand; size: number; heading?: boolean }) {
  return <Text {...tagIn(heading ? 'H1' : 'P', s, text)} style={{ ...textStyle(s), color: onColor(brand.colors.primary), fontSize: size, fontWeight: 'bold', marginTop: 5, lineHeight: 1.3 }}>{layoutText(text, hasRightToLeft(text))}</Text>;
}

export const chunk = <T,>(items: readonly T[], first: number, rest: number): T[][] => {
  const out: T[][] = [items.slice(0, first)];
  for (let i = first; i < items.length; i += rest) out.push(items.slice(i, i + rest));
  return out;
};

/** The react-pdf document of a tip sheet (Dutch alone, or bilingual for a translation). */
