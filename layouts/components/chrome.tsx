/**
 * Page chrome shared by the A4/A5 layouts: the brand header with logo and title band,
 * and the fixed footer with contact line, licence and localised page numbers.
 */
import { Image, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Brand } from '../../src/brands/brand.js';
import { brandFonts, LOGO_PRINT_WIDTH_MM } from '../../src/brands/brand.js';
import { pageLabel, type Language } from '../../src/languages/language.js';
import { hasRightToLeft, layoutText } from '../../src/text/layout-text.js';
import { ink, mm, muted, onColor } from '../theme.js';
import { artifact, tag } from './tags.js';
import { brandLine } from './brand-line.js';

export interface HeaderProps {
  brand: Brand;
  title: string;
  subtitle?: string;
  /** Small label above the title, e.g. "Checklist". */
  eyebrow?: string;
  /** Language of the eyebrow (default Dutch): it is capitalised and read aloud in it. */
  eyebrowLang?: string;
  rtl?: boolean;
  fontFamily?: string[];
  /** More content at the end of the title band (e.g. the title in a second language). */
  extra?: ReactNode;
  /** Language of title and subtitle (default: the document's). The brand name is Dutch. */
  lang?: string;
}

/** Logo and brand name on top, then the title on a band in the brand's primary colour. */
export function BrandHeader({ brand, title, subtitle, eyebrow, eyebrowLang = 'nl', rtl, fontFamily, extra, lang }: HeaderProps) {
  const { width, height } = brand.logoImage;
  const logoW = mm(LOGO_PRINT_WIDTH_MM);
  const logoH = Math.min(mm(16), (logoW * height) / width);
  const fg = onColor(brand.colors.primary);
  return (
    <View style={{ marginBottom: mm(6) }}>
      <View style={{ flexDirection: rtl ? 'row-reverse' : 'row', justifyContent: 'space-between', alignItems: 'center', marginBottom: mm(4) }}>
        {/* The logo says what the brand name beside it says: an artifact, not a Figure. */}
        <Image {...artifact()} src={{ data: brand.logoImage.onWhite, format: 'png' }} style={{ height: logoH, width: (logoH * width) / height }} />
        <Text {...tag('P', { lang: 'nl' })} style={{ fontSize: 9, color: muted, fontFamily: (brand.textFonts ?? ['Noto Sans']) as unknown as string }}>{brandLine(brand.name)}</Text>
      </View>
      <View style={{ backgroundColor: brand.colors.primary, paddingVertical: mm(5), paddingHorizontal: mm(6), borderRadius: mm(2) }}>
        {eyebrow ? (
          <Text {...tag('P', { lang: eyebrowLang })} style={{ color: brand.accentOnPrimary ?? brand.colors.accent, fontSize: 9, fontWeight: 'bold', marginBottom: 3, textAlign: rtl ? 'right' : 'left' }}>
            {eyebrow.toLocaleUpperCase(eyebrowLang)}
          </Text>
        ) : null}
        <Text
          {...tag('H1', { lang, ...(rtl ? { actual: title } : {}) })}
          style={{ color: fg, fontSize: 20, fontWeight: 'bold', lineHeight: 1.25, textAlign: rtl ? 'right' : 'left', ...(fontFamily ? { fontFamily: fontFamily as unknown as string } : {}), ...(rtl ? { direction: 'rtl' } : {}) }}
        >
          {layoutText(title, hasRightToLeft(title))}
        </Text>
        {subtitle ? (
          <Text {...tag('P', { lang, ...(rtl ? { actual: subtitle } : {}) })} style={{ color: fg, fontSize: 11, marginTop: 3, lineHeight: 1.3, textAlign: rtl ? 'right' : 'left', ...(fontFamily ? { fontFamily: fontFamily as unknown as string } : {}), ...(rtl ? { direction: 'rtl' } : {}) }}>
            {layoutText(subtitle, hasRightToLeft(subtitle))}
          </Text>
        ) : null}
        {extra}
      </View>
    </View>
  );
}

export interface FooterProps {
  brand: Brand;
  language: Language;
  /** An extra line above the brand line (e.g. the model's attribution). */
  note?: string;
  fontFamily?: string[];
}

/**
 * Fixed footer on every page. No lineHeight here: it would blank the page number (react-pdf #3402).
 * The page label has a width: a right-to-left Text without one draws nothing in a flex row.
 */
export function Footer({ brand, language, note, fontFamily }: FooterProps) {
  const rtl = language.dir === 'rtl';
  const family = (fontFamily ?? ['Noto Sans']) as unknown as string;
  // Repeated on every page: a Pagination artifact, read by no screen reader (tagged on its
  // first page, it would interrupt the reading between the first and the second page).
  return (
    <View fixed style={{ position: 'absolute', bottom: mm(8), left: mm(16), right: mm(16) }}>
      {note ? <Text style={{ fontSize: 7, color: muted, marginBottom: 3, fontFamily: 'Noto Sans' }}>{note}</Text> : null}
      <View style={{ borderTopWidth: 1.5, borderTopColor: brand.colors.accent, paddingTop: 3, flexDirection: 'row', justifyContent: 'space-between' }}>
        {/* The brand lines are the school's own (Latin) text, so the footer keeps one reading order in every language; only the page label follows the language. */}
        <View style={{ flexShrink: 1, paddingRight: 8 }}>
          <Text style={{ fontSize: 7.5, color: ink, fontWeight: 'bold', fontFamily: brandFonts(brand) as string }}>{brandLine(brand.footer ?? brand.name)}</Text>
          {brand.contact ? <Text style={{ fontSize: 7, color: muted, fontFamily: brandFonts(brand) as string }}>{brandLine(brand.contact)}</Text> : null}
          {brand.licence ? <Text style={{ fontSize: 6.5, color: muted, fontFamily: brandFonts(brand) as string }}>{brandLine(brand.licence)}</Text> : null}
        </View>
        <Text
          style={{ fontSize: 8, color: muted, fontFamily: family, width: mm(40), textAlign: 'right', ...(rtl ? { direction: 'rtl' } : {}) }}
          render={({ pageNumber, totalPages }) => pageLabel(language, pageNumber, totalPages ?? pageNumber)}
        />
      </View>
    </View>
  );
}

/** An empty square to tick with a pen. */
export function TickBox({ size = 9, color = ink }: { size?: number; color?: string }) {
  return <View style={{ width: size, height: size, borderWidth: 0.9, borderColor: color, borderRadius: 1.5, marginTop: 1.5 }} />;
}

/** Ruled lines to write on. */
export function NoteLines({ count, label, color }: { count: number; label?: string; color: string }) {
  if (!count) return null;
  return (
    <View style={{ marginTop: mm(2) }}>
      {label ? <Text {...tag('P')} style={{ fontSize: 8, color: muted }}>{label}</Text> : null}
      {Array.from({ length: count }, (_, i) => (
        <View key={i} style={{ height: mm(7), borderBottomWidth: 0.6, borderBottomColor: color }} />
      ))}
    </View>
  );
}
