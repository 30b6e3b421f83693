/**
 * Result report of a quickscan (the `score` command): the mean per section as a bar
 * chart, per section the distribution of the answers as stacked bars with the items'
 * means and spread, and the items where respondents disagree most as conversation starters.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { Brand } from '../src/brands/brand.js';
import { say, wordLanguage, type Language } from '../src/languages/language.js';
import type { QuickscanModel } from '../src/kinds/quickscan/model.js';
import type { Distribution, ItemScore, ScoreReport } from '../src/kinds/quickscan/score.js';
import { plain } from '../src/markdown/blocks.js';
import { fontsOf } from '../src/render/fonts.js';
import { layoutText } from '../src/text/layout-text.js';
import { bookmark } from './components/bookmark.js';
import { BrandHeader, Footer } from './components/chrome.js';
import { Icon } from './components/icon.js';
import { ink, mm, muted, onColor, rule, tint } from './theme.js';
import { artifact, tag, taggedDocument } from './components/tags.js';

export interface ReportInput {
  model: QuickscanModel;
  report: ScoreReport;
  brand: Brand;
  language: Language;
  /** Name of the answers file, printed under the title. */
  answersName: string;
  date: Date;
}

/**
 * Numbers as the report's readers write them: the language's decimal separator (Dutch,
 * French and Turkish 3,5; Arabic, Farsi and English 3.5), no grouping, and Western digits
 * as everywhere else in the report; a missing number is a dash.
 * @param language the report's language
 */
export function numberFormat(language: Language): (x: number | undefined, digits?: number) => string {
  const formats = new Map<number, Intl.NumberFormat>();
  return (x, digits = 1) => {
    if (x === undefined) return '–';
    let format = formats.get(digits);
    if (!format) formats.set(digits, (format = new Intl.NumberFormat(language.code, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false, numberingSystem: 'latn' })));
    return format.format(x);
  };
}

const naColor = '#d0d4d9';

/** Colours of the scale points: light for the lowest value, the brand colour for the highest. */
function scaleColors(model: QuickscanModel, primary: string): Map<number, string> {
  const sorted = [...model.meta.scale].sort((a, b) => a.value - b.value);
  const n = sorted.length;
  return new Map(sorted.map((p, i) => [p.value, tint(primary, n === 1 ? 0 : 0.78 - (0.78 * i) / (n - 1))]));
}

/** One stacked bar: a segment per scale point (and n.v.t.), widths proportional to counts. */
function StackedBar({ dist, colors, height, labels, rtl, tags }: { dist: Distribution; colors: Map<number, string>; height: number; labels: boolean; rtl: boolean; tags?: Record<string, unknown> }) {
  const total = dist.counts.reduce((a, c) => a + c.count, 0) + dist.na;
  if (!total) return <View {...tags} style={{ height, backgroundColor: '#f0f1f3', borderRadius: 2 }} />;
  const segs = [...dist.counts.map((c) => ({ key: String(c.value), count: c.count, color: colors.get(c.value)! })), { key: 'na', count: dist.na, color: naColor }].filter((s) => s.count > 0);
  return (
    <View {...tags} style={{ flexDirection: rtl ? 'row-reverse' : 'row', height, borderRadius: 2, overflow: 'hidden' }}>
      {segs.map((s) => (
        <View key={s.key} style={{ width: `${(100 * s.count) / total}%`, backgroundColor: s.color, alignItems: 'center', justifyContent: 'center' }}>
          {labels ? <Text style={{ fontSize: 7.5, color: onColor(s.color), fontWeight: 'bold' }}>{String(s.count)}</Text> : null}
        </View>
      ))}
    </View>
  );
}

/**
 * A part's number and title. Right to left the number is a text of its own on the right (at
 * the start of a right-to-left line it printed on the line's left end). Left to right it is one
 * text, as before.
 */
function PartTitle({ n, title, rtl, tags, box, font }: { n: number; title: string; rtl: boolean; tags: Record<string, unknown>; box: Style; font: Style }) {
  if (!rtl) return <Text {...tags} style={{ ...box, ...font }}>{`${n}. ${title}`}</Text>;
  const { direction: _direction, textAlign: _textAlign, ...number } = font;
  return (
    <View {...tags} style={{ ...box, flexDirection: 'row-reverse', gap: 3 }}>
      {/* Right to left the Bidirectional Algorithm shows `1.` as `.1`: the dot after the number in reading order. */}
      <Text style={{ ...number, fontFamily: 'Noto Sans' }}>{`${n}.`}</Text>
      <Text style={{ ...font, flex: 1 }}>{title}</Text>
    </View>
  );
}

/** What a distribution bar shows, in words: its alt text. */
const distributionWords = (language: Language, dist: Distribution, na?: string) =>
  [...dist.counts.map((c) => `${c.label}: ${c.count}`), ...(na ? [`${na}: ${dist.na}`] : []), say(language, 'quickscan.report.noAnswer', { n: dist.missing })].join(' · ');

/** The quickscan result report. */
export function QuickscanReportLayout({ model, report, brand, language, answersName, date }: ReportInput) {
  const rtl = language.dir === 'rtl';
  const fmt = numberFormat(language);
  const row = rtl ? 'row-reverse' : 'row';
  const align: Style = { textAlign: rtl ? 'right' : 'left', ...(rtl ? { direction: 'rtl' } : {}) };
  const family = fontsOf(language) ?? ['Noto Sans'];
  const primary = brand.colors.primary;
  const accent = brand.colors.accent;
  const colors = scaleColors(model, primary);
  const { meta } = model;
  const range = report.max - report.min || 1;
  const when = date.toISOString().slice(0, 10);
  const legend = (
    <View {...artifact()} style={{ flexDirection: row, flexWrap: 'wrap', gap: mm(4), marginBottom: mm(3) }}>
      {[...meta.scale].map((p) => (
        <View key={p.value} style={{ flexDirection: row, alignItems: 'center', gap: mm(1.2) }}>
          <View style={{ width: mm(3.5), height: mm(3.5), backgroundColor: colors.get(p.value) }} />
          {p.symbol ? <Icon icon={p.symbol} size={mm(4)} color={ink} /> : null}
          <Text style={{ fontSize: 8 }}>{`${p.label} (${p.value})`}</Text>
        </View>
      ))}
      {meta.notApplicable ? (
        <View style={{ flexDirection: row, alignItems: 'center', gap: mm(1.2) }}>
          <View style={{ width: mm(3.5), height: mm(3.5), backgroundColor: naColor }} />
          <Text style={{ fontSize: 8, color: muted }}>{say(language, 'quickscan.report.notCounted', { label: meta.notApplicable })}</Text>
        </View>
      ) : null}
    </View>
  );
  return (
    <Document title={say(language, 'quickscan.report.title', { title: meta.title })} author={brand.name} subject={say(language, 'quickscan.report.subject', { title: meta.title })} language={language.code} creator="drukklaar" producer="drukklaar" {...taggedDocument}>
      <Page size="A4" style={{ fontFamily: family as unknown as string, paddingTop: mm(14), paddingBottom: mm(26), paddingHorizontal: mm(16), color: ink }}>
        <BrandHeader brand={brand} title={meta.title} subtitle={report.respondents === 1 ? say(language, 'quickscan.report.respondentsOne', { n: 1 }) : say(language, 'quickscan.report.respondentsMany', { n: report.respondents })} eyebrow={say(language, 'quickscan.report.eyebrow')} eyebrowLang={wordLanguage(language, 'quickscan.report.eyebrow')} rtl={rtl} fontFamily={family} />
        <Text {...tag('P')} style={{ fontSize: 8.5, color: muted, marginBottom: mm(4), ...align }}>
          {/* Right to left, the date and file names keep the order they were typed in (layout-text.ts). */}
          {((t: string) => (rtl ? layoutText(t, true) : t))(say(language, 'quickscan.report.intro', { file: answersName, date: when, min: report.min, max: report.max, mean: fmt(report.mean) }))}
        </Text>

        {/* The bar chart is read as a table: per part its name (row header) and its mean; the bars are drawing. */}
        <View wrap={false} {...tag('Table')} {...bookmark(say(language, 'quickscan.report.meanPerPart'))}>
          <Text {...tag('Caption')} style={{ fontSize: 13, fontWeight: 'bold', color: primary, marginBottom: mm(2), ...align }}>{say(language, 'quickscan.report.meanPerPart')}</Text>
          {report.sections.map((s, i) => (
            <View key={s.section.id} {...tag('TR')} style={{ flexDirection: row, alignItems: 'center', marginBottom: mm(1.8) }}>
              <PartTitle n={i + 1} title={plain(s.section.title)} rtl={rtl} tags={tag('TH', { scope: 'Row' })} box={{ width: mm(55) }} font={{ fontSize: 9, ...align }} />
              <View {...artifact()} style={{ flex: 1, height: mm(5), backgroundColor: '#eef0f2', borderRadius: 2, flexDirection: row }}>
                <View style={{ width: `${s.mean === undefined ? 0 : (100 * (s.mean - report.min)) / range}%`, backgroundColor: accent, borderRadius: 2 }} />
              </View>
              <Text {...tag('TD')} style={{ width: mm(14), fontSize: 10, fontWeight: 'bold', textAlign: 'right' }}>{fmt(s.mean)}</Text>
            </View>
          ))}
          <View {...artifact()} style={{ flexDirection: row, marginLeft: rtl ? 0 : mm(55), marginRight: rtl ? mm(55) : mm(14) }}>
            <Text style={{ flex: 1, fontSize: 7, color: muted, textAlign: rtl ? 'right' : 'left' }}>{String(report.min)}</Text>
            <Text style={{ flex: 1, fontSize: 7, color: muted, textAlign: rtl ? 'left' : 'right' }}>{String(report.max)}</Text>
          </View>
        </View>

        <View wrap={false} style={{ marginTop: mm(6), borderWidth: 1.2, borderColor: accent, borderRadius: mm(2), padding: mm(4) }} {...bookmark(say(language, 'quickscan.report.talkAbout'))}>
          <Text {...tag('H2')} style={{ fontSize: 13, fontWeight: 'bold', color: ink, marginBottom: mm(1), ...align }}>{say(language, 'quickscan.report.talkAbout')}</Text>
          <Text {...tag('P')} style={{ fontSize: 8.5, color: muted, marginBottom: mm(2.5), ...align }}>
            {report.conversationStarters.length
              ? say(language, 'quickscan.report.starters', { threshold: fmt(report.disagreementThreshold, 2) })
              : say(language, 'quickscan.report.noStarters')}
          </Text>
          {report.conversationStarters.map((it) => (
            <View key={it.item.id} {...tag('P')} style={{ flexDirection: row, alignItems: 'center', marginBottom: mm(2) }}>
              <Text style={{ width: mm(10), fontSize: 8, color: muted, ...align }}>{it.number}</Text>
              <Text style={{ flex: 1, fontSize: 9, lineHeight: 1.3, ...align }}>{plain(it.item.runs)}</Text>
              <View style={{ width: mm(40), marginHorizontal: mm(3) }}>
                <StackedBar tags={tag('Figure', { alt: distributionWords(language, it.distribution, meta.notApplicable) })} dist={it.distribution} colors={colors} height={mm(4.5)} labels rtl={rtl} />
              </View>
              <Text style={{ width: mm(22), fontSize: 8, textAlign: 'right' }}>{say(language, 'quickscan.report.spread', { sd: fmt(it.sd, 2) })}</Text>
            </View>
          ))}
        </View>

        {report.sections.map((s, i) => {
          const row_ = (it: ItemScore) => {
            const flagged = report.conversationStarters.includes(it);
            return (
              <View key={it.item.id} wrap={false} {...tag('TR')} style={{ flexDirection: row, alignItems: 'center', paddingVertical: mm(1.3), borderBottomWidth: 0.5, borderBottomColor: rule, backgroundColor: flagged ? tint(accent, 0.85) : '#ffffff' }}>
                <Text {...tag('TD')} style={{ width: mm(10), fontSize: 7.5, color: muted, ...align }}>{it.number}</Text>
                <Text {...tag('TH', { scope: 'Row' })} style={{ flex: 1, fontSize: 8.5, lineHeight: 1.3, ...align }}>{plain(it.item.runs)}</Text>
                <View {...tag('TD')} style={{ width: mm(40), marginHorizontal: mm(3) }}>
                  <StackedBar tags={tag('Figure', { alt: distributionWords(language, it.distribution, meta.notApplicable) })} dist={it.distribution} colors={colors} height={mm(3.5)} labels={false} rtl={rtl} />
                </View>
                <Text {...tag('TD')} style={{ width: mm(12), fontSize: 9, fontWeight: 'bold', textAlign: 'right' }}>{fmt(it.mean)}</Text>
                <Text {...tag('TD')} style={{ width: mm(17), fontSize: 8, textAlign: 'right', color: flagged ? ink : muted }}>{`${fmt(it.sd, 2)}${flagged ? ' !' : ''}`}</Text>
              </View>
            );
          };
          return (
            // A part is a table: its title, mean and distribution the caption, a row per item with the item as row header.
            <View key={s.section.id} {...tag('Table')} style={{ marginTop: mm(6) }} {...bookmark(`${i + 1}. ${plain(s.section.title)}`)}>
              {/* Title, distribution, table heading and the first two items stay together. */}
              <View wrap={false}>
                <View {...tag('Caption')}>
                  <View style={{ flexDirection: row, alignItems: 'baseline', borderBottomWidth: 1.2, borderBottomColor: primary, paddingBottom: mm(1), marginBottom: mm(2) }}>
                    <PartTitle n={i + 1} title={plain(s.section.title)} rtl={rtl} tags={tag('H2')} box={{ flex: 1 }} font={{ fontSize: 12, fontWeight: 'bold', color: primary, ...align }} />
                    <Text {...tag('P')} style={{ fontSize: 9, ...align }}>{s.n === 1 ? say(language, 'quickscan.report.partMeanOne', { mean: fmt(s.mean), n: 1 }) : say(language, 'quickscan.report.partMeanMany', { mean: fmt(s.mean), n: s.n })}</Text>
                  </View>
                  {i === 0 ? legend : null}
                  <View style={{ marginBottom: mm(3) }}>
                    {/* The line under the bar says in words what the bar shows. */}
                    <StackedBar tags={artifact()} dist={s.distribution} colors={colors} height={mm(6)} labels rtl={rtl} />
                    <Text {...tag('P')} style={{ fontSize: 7.5, color: muted, marginTop: 2, ...align }}>
                      {distributionWords(language, s.distribution, meta.notApplicable)}
                    </Text>
                  </View>
                </View>
                <View {...tag('TR')} style={{ flexDirection: row, borderBottomWidth: 0.6, borderBottomColor: rule, paddingBottom: 2 }}>
                  <Text {...tag('TH', { scope: 'Column' })} style={{ width: mm(10), fontSize: 7.5, color: muted }} />
                  <Text {...tag('TH', { scope: 'Column' })} style={{ flex: 1, fontSize: 7.5, color: muted, ...align }}>{say(language, 'quickscan.report.statement')}</Text>
                  <Text {...tag('TH', { scope: 'Column' })} style={{ width: mm(40), marginHorizontal: mm(3), fontSize: 7.5, color: muted, textAlign: 'center' }}>{say(language, 'quickscan.report.answers')}</Text>
                  <Text {...tag('TH', { scope: 'Column' })} style={{ width: mm(12), fontSize: 7.5, color: muted, textAlign: 'right' }}>{say(language, 'quickscan.report.meanShort')}</Text>
                  <Text {...tag('TH', { scope: 'Column' })} style={{ width: mm(17), fontSize: 7.5, color: muted, textAlign: 'right' }}>{say(language, 'quickscan.report.spreadHeading')}</Text>
                </View>
                {s.items.slice(0, 2).map(row_)}
              </View>
              {s.items.slice(2).map(row_)}
            </View>
          );
        })}
        <Footer brand={brand} language={language} fontFamily={family} />
      </Page>
    </Document>
  );
}
