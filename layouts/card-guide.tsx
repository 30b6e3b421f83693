/**
 * The guide page of a card deck (`--gids`, A4, tagged): what the deck is, how to use it, its
 * categories, how to print it, sources; and the legend of categories it shares with the
 * guide card's front.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Brand } from '../src/brands/brand.js';
import type { CardsModel } from '../src/kinds/cards/model.js';
import type { Language } from '../src/languages/language.js';
import { formatSource } from '../src/schema/common.js';
import type { Category } from '../src/kinds/cards/model.js';
import { Blocks, countByCategory, type Hyphenate } from './cards.js';
import { BrandHeader, Footer } from './components/chrome.js';
import { Icon, type IconData } from './components/icon.js';
import { Para } from './components/rich-text.js';
import { artifact, tag, taggedDocument } from './components/tags.js';
import { ink, mm, muted, onColor, tint } from './theme.js';

/** The legend of the guide card's front: a colour chip, icon and label per category. */
export function Legend({ categories, colors, icons, size, count }: { categories: Category[]; colors: Record<string, string>; icons: Record<string, IconData | undefined>; size: number; count: Record<string, number> }) {
  return (
    <View {...tag('L')} style={{ marginTop: size * 0.4 }}>
      {categories.map((c) => (
        <View key={c.id} {...tag('LI')} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: size * 0.35 }}>
          {/* The colour and pictogram of a category: its name is printed beside them. */}
          <View {...artifact()} style={{ width: size * 1.7, height: size * 1.7, borderRadius: size * 0.3, backgroundColor: colors[c.id], alignItems: 'center', justifyContent: 'center', marginRight: size * 0.6 }}>
            {icons[c.id] ? <Icon icon={icons[c.id]!} size={size * 1.25} color={onColor(colors[c.id]!)} /> : null}
          </View>
          <Text {...tag('LBody')} style={{ fontSize: size, color: ink }}>
            {c.label} <Text style={{ color: muted }}>({count[c.id] ?? 0})</Text>
          </Text>
        </View>
      ))}
    </View>
  );
}

/** The guide page (`--gids`): what the deck is, how to use it, how to print it, sources. */
export function GuideDocument({
  model,
  brand,
  language,
  colors,
  icons,
  printNote,
  hyphenate,
  fontFamily,
}: {
  model: CardsModel;
  brand: Brand;
  language: Language;
  colors: Record<string, string>;
  icons: Record<string, IconData | undefined>;
  printNote: string;
  hyphenate: Hyphenate;
  fontFamily: string[];
}) {
  const { meta } = model;
  const count = countByCategory(model.cards);
  return (
    <Document title={`${meta.title}: handleiding`} author={brand.name} subject={meta.summary ?? meta.title} language={language.code} creator="drukklaar" producer="drukklaar" {...taggedDocument}>
      <Page size="A4" experimentalPagination style={{ fontFamily: fontFamily as unknown as string, paddingTop: mm(14), paddingBottom: mm(30), paddingHorizontal: mm(16), color: ink }}>
        <Footer brand={brand} language={language} />
        <BrandHeader brand={brand} title={meta.title} subtitle={meta.subtitle} eyebrow="Gesprekskaarten: handleiding" />
        {meta.instruction ? (
          <View style={{ backgroundColor: tint(brand.colors.primary, 0.9), borderRadius: mm(2), padding: mm(4), marginBottom: mm(4) }}>
            <Text {...tag('H2')} style={{ fontSize: 11, fontWeight: 'bold', color: brand.colors.primary, marginBottom: 4 }}>Zo gebruik je de kaarten</Text>
            <Para tags={tag('P', { actual: meta.instruction })} runs={[{ text: meta.instruction }]} hyphenate={hyphenate} style={{ fontSize: 10, lineHeight: 1.45 }} />
          </View>
        ) : null}
        <Blocks blocks={model.guide} size={10} color={brand.colors.primary} hyphenate={hyphenate} />
        <Text {...tag('H2')} style={{ fontSize: 11, fontWeight: 'bold', color: brand.colors.primary, marginTop: mm(3), marginBottom: 4 }}>
          {model.cards.length} kaarten in {model.categories.length} {model.categories.length === 1 ? 'kleur' : 'kleuren'}
        </Text>
        <Legend categories={model.categories} colors={colors} icons={icons} size={10} count={count} />
        <Text {...tag('H2')} style={{ fontSize: 11, fontWeight: 'bold', color: brand.colors.primary, marginTop: mm(3), marginBottom: 4 }}>Afdrukken</Text>
        <Text {...tag('P', { actual: printNote })} style={{ fontSize: 9, lineHeight: 1.4, color: muted }}>{printNote}</Text>
        {meta.sources?.length ? (
          <View style={{ marginTop: mm(4) }}>
            <Text {...tag('H2')} style={{ fontSize: 9, fontWeight: 'bold', color: ink, marginBottom: 3 }}>{language.strings.source}</Text>
            {meta.sources.map((s, i) => (
              <Text key={i} {...tag('P', { actual: formatSource(s) })} style={{ fontSize: 8, lineHeight: 1.35, color: muted, marginBottom: 2 }}>
                {formatSource(s)}
              </Text>
            ))}
          </View>
        ) : null}
      </Page>
    </Document>
  );
}
