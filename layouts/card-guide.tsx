/**
 * The guide page of a card deck (`--gids`, A4, tagged): what the deck is, how to use it, its
 * categories, how to print it, sources; and the legend of categories it shares with the
 * guide card's front.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Brand } from '../src/brands/brand.js';
import type { CardsModel } from '../src/kinds/cards/model.js';
import { say, wordLanguage, type Language } from '../src/languages/language.js';
import type { Style } from '@react-pdf/types';
import { formatSource } from '../src/schema/common.js';
import type { Category } from '../src/kinds/cards/model.js';
import { Blocks, countByCategory, type Hyphenate } from './cards.js';
import { BrandHeader, Footer } from './components/chrome.js';
import { Icon, type IconData } from './components/icon.js';
import { Para } from './components/rich-text.js';
import { artifact, tag, taggedDocument } from './components/tags.js';
import { ink, mm, muted, onColor, tint } from './theme.js';

/**
 * The legend of the guide card's front: a colour chip, icon and label per category.
 * @param rtl mirrored, for a right-to-left language (optional)
 * @param lang language of the labels when it is not the document's (optional)
 */
export function Legend({ categories, colors, icons, size, count, rtl, lang }: { categories: Category[]; colors: Record<string, string>; icons: Record<string, IconData | undefined>; size: number; count: Record<string, number>; rtl?: boolean; lang?: string }) {
  return (
    <View {...tag('L', lang ? { lang } : {})} style={{ marginTop: size * 0.4 }}>
      {categories.map((c) => (
        <View key={c.id} {...tag('LI')} style={{ flexDirection: rtl ? 'row-reverse' : 'row', alignItems: 'center', marginBottom: size * 0.35 }}>
          {/* The colour and pictogram of a category: its name is printed beside them. */}
          <View {...artifact()} style={{ width: size * 1.7, height: size * 1.7, borderRadius: size * 0.3, backgroundColor: colors[c.id], alignItems: 'center', justifyContent: 'center', ...(rtl ? { marginLeft: size * 0.6 } : { marginRight: size * 0.6 }) }}>
            {icons[c.id] ? <Icon icon={icons[c.id]!} size={size * 1.25} color={onColor(colors[c.id]!)} /> : null}
          </View>
          <Text {...tag('LBody', rtl ? { actual: `${c.label} (${count[c.id] ?? 0})` } : {})} style={{ fontSize: size, color: ink, ...(rtl ? { direction: 'rtl' } : {}) }}>
            {c.label} <Text style={{ color: muted }}>({count[c.id] ?? 0})</Text>
          </Text>
        </View>
      ))}
    </View>
  );
}

/**
 * A fixed word as the pieces between and at its placeholders, each its own child of a Text:
 * react-pdf draws each child as a run of its own, so the Dutch guide stays as it was drawn
 * when these words were written inline.
 */
function pieces(lang: Language, key: 'cards.count', values: Record<string, string | number>): (string | number)[] {
  const marked = say(lang, key, Object.fromEntries(Object.keys(values).map((k) => [k, `\u0000${k}\u0000`])));
  return marked.split('\u0000').flatMap((p, i) => (i % 2 ? [values[p]!] : p ? [p] : []));
}

/** One page of the guide: a deck in one language, with what it needs to be drawn. */
export interface GuidePageInput {
  model: CardsModel;
  language: Language;
  printNote: string;
  hyphenate: Hyphenate;
  fontFamily: string[];
  /** The CONCEPT watermark's word, on a draft translation's pages. */
  draft?: string;
}

/**
 * The guide (`--gids`): what the deck is, how to use it, how to print it, sources. A Dutch
 * deck has one page; a translation has its page in the language, then the Dutch page.
 */
export function GuideDocument({ pages, brand, colors, icons }: { pages: GuidePageInput[]; brand: Brand; colors: Record<string, string>; icons: Record<string, IconData | undefined> }) {
  const first = pages[0]!;
  const { meta } = first.model;
  return (
    <Document title={say(first.language, 'cards.guideTitle', { title: meta.title })} author={brand.name} subject={meta.summary ?? meta.title} language={first.language.code} creator="drukklaar" producer="drukklaar" {...taggedDocument}>
      {pages.map((p, i) => (
        <GuidePage key={i} page={p} brand={brand} colors={colors} icons={icons} lang={i > 0 ? p.language.code : undefined} />
      ))}
    </Document>
  );
}

/** One guide page in one language; `lang` tags its text when it is not the document's language. */
function GuidePage({ page, brand, colors, icons, lang }: { page: GuidePageInput; brand: Brand; colors: Record<string, string>; icons: Record<string, IconData | undefined>; lang?: string }) {
  const { model, language, printNote, hyphenate, fontFamily } = page;
  const { meta } = model;
  const count = countByCategory(model.cards);
  const rtl = language.dir === 'rtl';
  const dir: Style = rtl ? { direction: 'rtl', textAlign: 'right' } : {};
  const opts = (actual?: string) => ({ ...(lang ? { lang } : {}), ...(actual ? { actual } : {}) });
  const colours = model.categories.length;
  return (
    <Page size="A4" experimentalPagination style={{ fontFamily: fontFamily as unknown as string, paddingTop: mm(14), paddingBottom: mm(30), paddingHorizontal: mm(16), color: ink }}>
      <Footer brand={brand} language={language} {...(rtl ? { fontFamily } : {})} />
      {page.draft ? (
        <View {...tag('Div')} style={{ position: 'absolute', top: 421 - 100, left: -60, width: 715, height: 200, transform: 'rotate(-45deg)', alignItems: 'center', justifyContent: 'center' }}>
          <Text {...tag('P', opts(page.draft))} style={{ width: 715, fontSize: 80, fontWeight: 'bold', color: '#f2c9c9', textAlign: 'center', ...(rtl ? { direction: 'rtl' } : {}) }}>{page.draft}</Text>
        </View>
      ) : null}
      <BrandHeader brand={brand} title={meta.title} subtitle={meta.subtitle} eyebrow={say(language, 'cards.guideEyebrow')} eyebrowLang={wordLanguage(language, 'cards.guideEyebrow')} {...(rtl ? { rtl, fontFamily } : {})} {...(lang ? { lang } : {})} />
      {meta.instruction ? (
        <View style={{ backgroundColor: tint(brand.colors.primary, 0.9), borderRadius: mm(2), padding: mm(4), marginBottom: mm(4) }}>
          <Text {...tag('H2', opts())} style={{ fontSize: 11, fontWeight: 'bold', color: brand.colors.primary, marginBottom: 4, ...dir }}>{say(language, 'cards.howTo')}</Text>
          <Para tags={tag('P', { actual: meta.instruction, ...opts() })} runs={[{ text: meta.instruction }]} hyphenate={hyphenate} style={{ fontSize: 10, lineHeight: 1.45, ...dir }} />
        </View>
      ) : null}
      <Blocks blocks={model.guide} size={10} color={brand.colors.primary} hyphenate={hyphenate} rtl={rtl} {...(lang ? { lang } : {})} />
      <Text {...tag('H2', opts())} style={{ fontSize: 11, fontWeight: 'bold', color: brand.colors.primary, marginTop: mm(3), marginBottom: 4, ...dir }}>
        {pieces(language, 'cards.count', { cards: model.cards.length, colours, word: colours === 1 ? say(language, 'cards.colour') : say(language, 'cards.colours') })}
      </Text>
      <Legend categories={model.categories} colors={colors} icons={icons} size={10} count={count} rtl={rtl} {...(lang ? { lang } : {})} />
      <Text {...tag('H2', opts())} style={{ fontSize: 11, fontWeight: 'bold', color: brand.colors.primary, marginTop: mm(3), marginBottom: 4, ...dir }}>{say(language, 'cards.print')}</Text>
      <Text {...tag('P', { actual: printNote, ...opts() })} style={{ fontSize: 9, lineHeight: 1.4, color: muted, ...dir }}>{printNote}</Text>
      {meta.sources?.length ? (
        <View style={{ marginTop: mm(4) }}>
          <Text {...tag('H2', opts())} style={{ fontSize: 9, fontWeight: 'bold', color: ink, marginBottom: 3, ...dir }}>{say(language, 'source')}</Text>
          {meta.sources.map((s, i) => (
            <Text key={i} {...tag('P', { actual: formatSource(s), ...(language.code === 'nl' ? {} : { lang: 'nl' }) })} style={{ fontSize: 8, lineHeight: 1.35, color: muted, marginBottom: 2, ...(rtl ? { fontFamily: 'Noto Sans' } : {}) }}>
              {formatSource(s)}
            </Text>
          ))}
        </View>
      ) : null}
    </Page>
  );
}
