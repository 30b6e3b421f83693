/**
 * Checklist of the seven dimensions: per dimension a block that never splits, with
 * the helping questions of both perspectives side by side (or one perspective),
 * a tick box before every question and lines for notes.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { RenderInput } from '../src/kinds/kind.js';
import { say, wordLanguage, type Language } from '../src/languages/language.js';
import type { ChecklistModel, Dimension } from '../src/kinds/checklist/model.js';
import type { Perspective } from '../src/kinds/checklist/schema.js';
import { fontsOf } from '../src/render/fonts.js';
import { hyphenationFor } from '../src/render/hyphenation.js';
import { BrandHeader, Footer, NoteLines, TickBox } from './components/chrome.js';
import { ListLines } from './components/list-lines.js';
import { Para } from './components/rich-text.js';
import { bookmark } from './components/bookmark.js';
import { documentProps } from './components/document-meta.js';
import { tag, taggedDocument } from './components/tags.js';
import { ink, mm, muted, onColor, tint } from './theme.js';

/** A perspective's heading and who looks through it, in the document's language. */
const labels = (language: Language, perspective: Perspective) => ({ title: say(language, `checklist.${perspective}`), who: say(language, `checklist.${perspective}.who`) });

function Questions({ perspective, dimension, color, hyphenate, language }: { perspective: Perspective; dimension: Dimension; color: string; hyphenate: (w: string) => string[]; language: Language }) {
  const label = labels(language, perspective);
  return (
    <View style={{ flex: 1, backgroundColor: tint(color, 0.9), borderRadius: mm(1.5), padding: mm(3) }}>
      <Text {...tag('H3')} style={{ fontSize: 9.5, fontWeight: 'bold', color: ink, marginBottom: 1 }}>{label.title}</Text>
      <Text {...tag('P')} style={{ fontSize: 7.5, color: muted, marginBottom: mm(2) }}>{label.who}</Text>
      {/* The questions are a list; the tick box is for the pen (drawn borders: an artifact), so an item is its text alone. */}
      <View {...tag('L')}>
        {dimension.questions[perspective].map((q, i) => (
          <View key={i} {...tag('LI')} style={{ flexDirection: 'row', marginBottom: mm(1.8) }}>
            <TickBox />
            <View {...tag('LBody')} style={{ flex: 1, marginLeft: mm(2.2) }}>
              <Para tags={tag('P', { actual: q.runs.map((r) => r.text).join('') })} runs={q.runs} hyphenate={hyphenate} style={{ fontSize: 9, lineHeight: 1.35, color: ink }} />
              {q.sub.length ? <ListLines lines={q.sub} from={1} size={8.5} color={color} textStyle={{ color: ink }} hyphenate={hyphenate} /> : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Usable height of an A4 page between header margin and footer, in points. */
const PAGE_BODY = mm(297 - 14 - 30);

/**
 * A rough height of a dimension block, to keep blocks whole when they fit on a page
 * and let them flow across pages when they do not (content is never cut).
 */
function fitsOnOnePage(d: Dimension, shown: Perspective[]): boolean {
  const charsPerLine = shown.length === 2 ? 48 : 100;
  const lines = (t: string) => Math.max(1, Math.ceil(t.length / charsPerLine));
  const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
  const column = (p: Perspective) => d.questions[p].reduce((h, q) => h + (lines(text(q.runs)) + q.sub.reduce((n, l) => n + lines(text(l.runs)), 0)) * 12.2 + mm(1.8), 0);
  const explanation = d.explanation.reduce((h, b) => h + (b.type === 'paragraph' ? lines(text(b.runs)) : b.items.reduce((n, l) => n + lines(text(l.runs)), 0)) * 12.6, 0);
  const height = mm(16) + explanation + Math.max(...shown.map(column)) + mm(32);
  return height < PAGE_BODY * 0.9;
}

export function ChecklistLayout({ model, brand, language, variant }: RenderInput<ChecklistModel>) {
  const hyphenate = hyphenationFor(language.code);
  const shown: Perspective[] = variant.id === 'ouderbril' || variant.id === 'schoolbril' ? [variant.id] : ['ouderbril', 'schoolbril'];
  const { meta } = model;
  const subtitle = shown.length === 1 ? `${meta.subtitle ? `${meta.subtitle} · ` : ''}${labels(language, shown[0]!).title}` : meta.subtitle;
  const primary = brand.colors.primary;
  const accent = brand.colors.accent;
  return (
    <Document {...documentProps(meta, brand, language, shown.length === 1 ? `${meta.title} (${labels(language, shown[0]!).title})` : meta.title)} {...taggedDocument}>
      <Page size="A4" experimentalPagination style={{ fontFamily: fontsOf(language) as unknown as string, paddingTop: mm(14), paddingBottom: mm(30), paddingHorizontal: mm(16), color: ink }}>
        <Footer brand={brand} language={language} note={meta.attribution} />
        <BrandHeader brand={brand} title={meta.title} subtitle={subtitle} eyebrow={say(language, 'checklist.eyebrow')} eyebrowLang={wordLanguage(language, 'checklist.eyebrow')} />
        {model.intro.map((b, i) =>
          b.type === 'paragraph' ? (
            <Para key={i} tags={tag('P', { actual: b.runs.map((r) => r.text).join('') })} runs={b.runs} hyphenate={hyphenate} style={{ fontSize: 9.5, lineHeight: 1.45, marginBottom: mm(2.5) }} />
          ) : (
            <View key={i} style={{ marginBottom: mm(2.5) }}>
              <ListLines lines={b.items} size={9.5} color={primary} hyphenate={hyphenate} />
            </View>
          ),
        )}
        {model.dimensions.map((d, n) => (
          <View key={d.id} wrap={!fitsOnOnePage(d, shown)} {...bookmark(`${n + 1}. ${d.title.map((r) => r.text).join('')}`)} style={{ marginTop: mm(4), borderTopWidth: 2, borderTopColor: primary, paddingTop: mm(2.5) }}>
            <View {...tag('H2')} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: mm(1.5) }}>
              <View style={{ width: mm(7), height: mm(7), borderRadius: mm(3.5), backgroundColor: accent, alignItems: 'center', justifyContent: 'center', marginRight: mm(2.5) }}>
                <Text style={{ fontSize: 11, fontWeight: 'bold', color: onColor(accent) }}>{n + 1}</Text>
              </View>
              <Para runs={d.title} style={{ fontSize: 13, fontWeight: 'bold', color: primary }} />
            </View>
            {d.explanation.map((b, i) =>
              b.type === 'paragraph' ? (
                <Para key={i} tags={tag('P', { actual: b.runs.map((r) => r.text).join('') })} runs={b.runs} hyphenate={hyphenate} style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(2) }} />
              ) : (
                <View key={i} style={{ marginBottom: mm(2) }}>
                  <ListLines lines={b.items} size={9} color={primary} textStyle={{ color: muted }} hyphenate={hyphenate} />
                </View>
              ),
            )}
            <View style={{ flexDirection: 'row', gap: mm(4) }}>
              {shown.map((p) => (
                <Questions key={p} perspective={p} dimension={d} color={p === 'ouderbril' ? accent : primary} hyphenate={hyphenate} language={language} />
              ))}
            </View>
            <NoteLines count={meta.notes} label={say(language, 'checklist.notes')} color={tint(ink, 0.7)} />
          </View>
        ))}
      </Page>
    </Document>
  );
}
