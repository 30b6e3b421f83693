/**
 * Quickscan on A4: per section a table with the item text and one answer box per scale
 * point (plus the n.v.t. column), column headings repeated on every page the section
 * spans (a `fixed` header inside the section), rows that never split, a tip in smaller
 * type under its item, ruled lines for notes, and a result page to write the totals and
 * agree on what to do next. Mirrored for right-to-left languages (`language.dir`).
 *
 * Every answer box and writing area is in a marker link (./components/quickscan-fields.tsx)
 * by which the fillable variant's fields are placed.
 *
 * Tagged (PDF/UA-1): each section's grid is a `Table` whose header row holds the scale
 * labels as column headers (`TH`, scope Column) and whose rows have the item (number, text
 * and tip) as row header (`TH`, scope Row) and an answer cell (`TD`) per column. A marker
 * link is a `Link` element whose alt text says what the field is for (item and scale
 * value, or the writing area's purpose); the post-processing turns it into the `Form`
 * element of the field put there, with that text as the field's `/TU` (fields.ts).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { RenderInput } from '../src/kinds/kind.js';
import { answerColumns, type QuickscanModel, type QuickscanSection } from '../src/kinds/quickscan/model.js';
import type { Audience } from '../src/kinds/quickscan/schema.js';
import { plain } from '../src/markdown/blocks.js';
import { scriptFonts } from '../src/render/fonts.js';
import { hyphenationFor } from '../src/render/hyphenation.js';
import { formatSource } from '../src/schema/common.js';
import { bookmark } from './components/bookmark.js';
import { BrandHeader, Footer } from './components/chrome.js';
import { Icon } from './components/icon.js';
import { Para } from './components/rich-text.js';
import { ink, mm, muted, onColor, rule, tint } from './theme.js';
import { documentProps } from './components/document-meta.js';
import { AnswerBox, WriteArea } from './components/quickscan-fields.js';
import { artifact, tag, taggedDocument } from './components/tags.js';
import { ColumnHeader, type Headings, type QuickscanCtx as Ctx } from './quickscan-column-header.js';

export { ANSWER_BOX, MARKER, radioMarker, textMarker } from './components/quickscan-fields.js';
export type { Headings } from './quickscan-column-header.js';

const audienceLabels: Record<Audience, string> = {
  schoolteam: 'voor het schoolteam',
  oudervereniging: 'voor de oudervereniging',
  ouders: 'voor ouders',
};

const words = {
  eyebrow: 'Quickscan',
  notes: 'Notities',
  resultTitle: 'Resultaat',
  resultIntro:
    'Tel per deel de waarden van je antwoorden op (n.v.t. telt niet mee). Deel dat totaal door het aantal uitspraken dat je beantwoordde: dat is je gemiddelde.',
  section: 'Deel',
  items: 'Uitspraken',
  max: 'Hoogst mogelijk',
  total: 'Totaal',
  mean: 'Gemiddelde',
  now: 'En nu?',
  discuss: 'Bespreek samen',
  discussText: 'Leg jullie antwoorden naast elkaar. Waar zijn jullie het over eens? Waar kijken jullie anders? Wat verrast jullie?',
  actions: 'Kies twee acties',
  actionsText: 'Wat pakken jullie eerst aan? Kies iets kleins en haalbaars, en spreek af wie het doet.',
  action: 'Actie',
  again: 'We kijken opnieuw op',
  sources: 'Bronnen',
  values: 'waarde',
};

/** Width of one answer column in points, by the number of columns. */
export function answerColumnWidth(columns: number): number {
  return mm(columns <= 3 ? 19 : columns <= 5 ? 16.5 : 13);
}

/** Size of the column headings in points when they fit (quickscans for parents print larger). */
export function headingSize(big: boolean): number {
  return big ? 8.5 : 7.5;
}

function SectionTable({ model, section, index, ctx }: { model: QuickscanModel; section: QuickscanSection; index: number; ctx: Ctx }) {
  const cols = answerColumns(model.meta);
  const size = ctx.big ? 11 : 9.5;
  return (
    <>
      {/* The title block is a sibling before the table, so the table (and its fixed header) starts on the page where the title lands. */}
      <View wrap={false} minPresenceAhead={mm(40)} {...bookmark(`${index + 1}. ${plain(section.title)}`)} style={{ marginTop: mm(5), marginBottom: mm(2) }}>
        {/* Number and title: one heading, "1 Title" (not hyphenated: only a right-to-left title reads differently). */}
        <View {...tag('H2', ctx.rtl ? { actual: `${index + 1} ${plain(section.title)}` } : {})} style={{ flexDirection: ctx.row, alignItems: 'center' }}>
          <View style={{ width: mm(7), height: mm(7), borderRadius: mm(3.5), backgroundColor: ctx.accent, alignItems: 'center', justifyContent: 'center', marginRight: ctx.rtl ? 0 : mm(2.5), marginLeft: ctx.rtl ? mm(2.5) : 0 }}>
            <Text style={{ fontSize: 11, fontWeight: 'bold', color: onColor(ctx.accent) }}>{index + 1}</Text>
          </View>
          <Para runs={section.title} style={{ flex: 1, fontSize: 13, fontWeight: 'bold', color: ctx.primary, textAlign: ctx.align, ...ctx.dirStyle }} />
        </View>
        {section.intro.map((b, i) =>
          b.type === 'paragraph' ? (
            <Para key={i} tags={tag('P', { actual: plain(b.runs) })} runs={b.runs} hyphenate={ctx.hyphenate} style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginTop: mm(1.2), textAlign: ctx.align, ...ctx.dirStyle }} />
          ) : null,
        )}
      </View>
    <View {...tag('Table')}>
      <ColumnHeader model={model} ctx={ctx} />
      {section.items.map((item, i) => {
        // The item's number, text and tip are one row header (two nodes, one element: the same structKey).
        const header = tag('TH', { scope: 'Row' });
        return (
        <View
          key={item.id}
          {...tag('TR')}
          wrap={false}
          style={{ flexDirection: ctx.row, alignItems: 'center', paddingVertical: mm(ctx.big ? 2.2 : 1.6), borderBottomWidth: 0.5, borderBottomColor: rule, backgroundColor: i % 2 ? tint(ctx.primary, 0.95) : '#ffffff' }}
        >
          <Text {...header} style={{ width: ctx.numW, fontSize: 7.5, color: muted, textAlign: ctx.rtl ? 'right' : 'left', paddingLeft: ctx.rtl ? 0 : 2, paddingRight: ctx.rtl ? 2 : 0 }}>{`${index + 1}.${i + 1}`}</Text>
          <View {...header} style={{ flex: 1, paddingRight: ctx.rtl ? 0 : mm(2), paddingLeft: ctx.rtl ? mm(2) : 0 }}>
            <Para tags={tag('P', { actual: plain(item.runs) })} runs={item.runs} hyphenate={ctx.hyphenate} style={{ fontSize: size, lineHeight: 1.35, color: ink, textAlign: ctx.align, ...ctx.dirStyle }} />
            {item.tip ? (
              <Para tags={tag('P', { actual: plain(item.tip) })} runs={item.tip} hyphenate={ctx.hyphenate} style={{ fontSize: size - 2, lineHeight: 1.35, color: muted, fontStyle: 'italic', marginTop: 1.5, textAlign: ctx.align, ...ctx.dirStyle }} />
            ) : null}
          </View>
          {cols.map((c) => (
            <View key={c.value} {...tag('TD')} style={{ width: ctx.colW, alignItems: 'center' }}>
              <AnswerBox item={item.id} value={c.value} alt={`${index + 1}.${i + 1} ${plain(item.runs)} — ${c.label}`} />
            </View>
          ))}
        </View>
        );
      })}
    </View>
      {model.meta.notes ? (
        <View wrap={false} style={{ marginTop: mm(2) }}>
          <Text {...tag('P')} style={{ fontSize: 8, color: muted, textAlign: ctx.align, ...ctx.dirStyle }}>{words.notes}</Text>
          <WriteArea name={`notities-${section.id}`} alt={`${words.notes}: ${index + 1}. ${plain(section.title)}`} style={{ height: mm(7) * model.meta.notes }}>
            {Array.from({ length: model.meta.notes }, (_, i) => (
              <View key={i} style={{ height: mm(7), borderBottomWidth: 0.6, borderBottomColor: tint(ink, 0.7) }} />
            ))}
          </WriteArea>
        </View>
      ) : null}
    </>
  );
}

function ResultPage({ model, ctx }: { model: QuickscanModel; ctx: Ctx }) {
  const max = Math.max(...model.meta.scale.map((p) => p.value));
  const cell = (w: number | undefined, bold = false): Style => ({ ...(w ? { width: w } : { flex: 1 }), fontSize: 8.5, fontWeight: bold ? 'bold' : 'normal', textAlign: ctx.align, ...ctx.dirStyle });
  const boxCell: Style = { width: mm(24), height: mm(8), borderWidth: 0.9, borderColor: ink, backgroundColor: '#ffffff' };
  const heading = (t: string) => <Text {...tag('H4')} style={{ fontSize: 11, fontWeight: 'bold', color: ctx.primary, marginBottom: mm(1.5), textAlign: ctx.align, ...ctx.dirStyle }}>{t}</Text>;
  return (
    <View break {...bookmark(words.resultTitle)}>
      <Text {...tag('H2')} style={{ fontSize: 16, fontWeight: 'bold', color: ctx.primary, marginBottom: mm(2), textAlign: ctx.align, ...ctx.dirStyle }}>{words.resultTitle}</Text>
      <Text {...tag('P')} style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(3), textAlign: ctx.align, ...ctx.dirStyle }}>{words.resultIntro}</Text>
      {/* A table: a row per part, its name the row header, the two boxes to fill in its last cells. */}
      <View {...tag('Table')}>
      <View {...tag('TR')} style={{ flexDirection: ctx.row, borderBottomWidth: 1.2, borderBottomColor: ctx.primary, paddingBottom: mm(1), gap: mm(3) }}>
        {[words.section, words.items, words.max, words.total, words.mean].map((t, k) => (
          <Text key={k} {...tag('TH', { scope: 'Column' })} style={cell(k === 0 ? undefined : k === 1 ? mm(20) : mm(24), true)}>{t}</Text>
        ))}
      </View>
      {model.sections.map((s, i) => (
        <View key={s.id} {...tag('TR')} wrap={false} style={{ flexDirection: ctx.row, alignItems: 'center', paddingVertical: mm(1.5), borderBottomWidth: 0.5, borderBottomColor: rule, gap: mm(3) }}>
          <Text {...tag('TH', { scope: 'Row' })} style={cell(undefined)}>{`${i + 1}. ${plain(s.title)}`}</Text>
          <Text {...tag('TD')} style={cell(mm(20))}>{String(s.items.length)}</Text>
          <Text {...tag('TD')} style={cell(mm(24))}>{String(s.items.length * max)}</Text>
          <WriteArea name={`totaal-${s.id}`} alt={`${words.total}: ${i + 1}. ${plain(s.title)}`} tags={tag('TD')} style={boxCell} />
          <WriteArea name={`gemiddelde-${s.id}`} alt={`${words.mean}: ${i + 1}. ${plain(s.title)}`} tags={tag('TD')} style={boxCell} />
        </View>
      ))}
      </View>
      <View wrap={false} style={{ marginTop: mm(8), borderWidth: 1.2, borderColor: ctx.accent, borderRadius: mm(2), padding: mm(5) }}>
        <Text {...tag('H3')} style={{ fontSize: 14, fontWeight: 'bold', color: ink, marginBottom: mm(3), textAlign: ctx.align, ...ctx.dirStyle }}>{words.now}</Text>
        {heading(`1. ${words.discuss}`)}
        <Text {...tag('P')} style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(1), textAlign: ctx.align, ...ctx.dirStyle }}>{words.discussText}</Text>
        <WriteArea name="bespreking" alt={words.discuss} style={{ height: mm(21), marginBottom: mm(4) }}>
          {[0, 1, 2].map((i) => (
            <View key={i} style={{ height: mm(7), borderBottomWidth: 0.6, borderBottomColor: tint(ink, 0.7) }} />
          ))}
        </WriteArea>
        {heading(`2. ${words.actions}`)}
        <Text {...tag('P')} style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(1), textAlign: ctx.align, ...ctx.dirStyle }}>{words.actionsText}</Text>
        {[1, 2].map((n) => (
          <View key={n} style={{ flexDirection: ctx.row, alignItems: 'flex-end', marginTop: mm(2) }}>
            <Text {...tag('P')} style={{ width: mm(16), fontSize: 9, fontWeight: 'bold', textAlign: ctx.align, ...ctx.dirStyle }}>{`${words.action} ${n}`}</Text>
            <WriteArea name={`actie-${n}`} alt={`${words.action} ${n}`} style={{ flex: 1, height: mm(8), borderBottomWidth: 0.6, borderBottomColor: ink }} />
          </View>
        ))}
        <View style={{ marginTop: mm(5) }}>{heading(`3. ${words.again}`)}</View>
        <View style={{ flexDirection: ctx.row }}>
          <WriteArea name="datum" alt={words.again} style={{ width: mm(50), height: mm(8), borderBottomWidth: 0.6, borderBottomColor: ink }} />
        </View>
      </View>
      {model.meta.sources?.length ? (
        <View wrap={false} style={{ marginTop: mm(6) }}>
          <Text {...tag('H3')} style={{ fontSize: 7.5, fontWeight: 'bold', color: muted, textAlign: ctx.align, ...ctx.dirStyle }}>{words.sources}</Text>
          {model.meta.sources.map((s, i) => (
            <Text key={i} {...tag('P', { actual: formatSource(s) })} style={{ fontSize: 7, color: muted, marginTop: 1, textAlign: ctx.align, ...ctx.dirStyle }}>{formatSource(s)}</Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/**
 * The quickscan document (the printed layout; the fillable variant adds fields over it).
 * @param headings optional: how the column headings print (heading-fit.ts); default their
 *   full size, breaking only between words
 */
export function QuickscanLayout({ model, brand, language }: RenderInput<QuickscanModel>, headings?: Headings) {
  const rtl = language.dir === 'rtl';
  const family = (scriptFonts[language.script] ?? ['Noto Sans']) as unknown as string;
  const cols = answerColumns(model.meta).length;
  const big = model.meta.audience === 'ouders';
  const ctx: Ctx = {
    rtl,
    row: rtl ? 'row-reverse' : 'row',
    align: rtl ? 'right' : 'left',
    dirStyle: rtl ? { direction: 'rtl' } : {},
    family,
    colW: answerColumnWidth(cols),
    numW: mm(8),
    big,
    hyphenate: hyphenationFor(language.code),
    primary: brand.colors.primary,
    accent: brand.colors.accent,
    headings: headings ?? { size: headingSize(big), hyphenate: false },
  };
  const { meta } = model;
  const legend = meta.scale.map((p) => p.label).join(' · ');
  return (
    <Document {...documentProps(meta, brand, language)} {...taggedDocument}>
      <Page size="A4" style={{ fontFamily: family, paddingTop: mm(14), paddingBottom: mm(28), paddingHorizontal: mm(16), color: ink }}>
        <BrandHeader brand={brand} title={meta.title} subtitle={meta.subtitle} eyebrow={`${words.eyebrow} · ${audienceLabels[meta.audience]}`} rtl={rtl} fontFamily={scriptFonts[language.script]} />
        {model.intro.map((b, i) =>
          b.type === 'paragraph' ? <Para key={i} tags={tag('P', { actual: plain(b.runs) })} runs={b.runs} hyphenate={ctx.hyphenate} style={{ fontSize: 9.5, lineHeight: 1.45, marginBottom: mm(2), textAlign: ctx.align, ...ctx.dirStyle }} /> : null,
        )}
        <View style={{ backgroundColor: tint(brand.colors.accent, 0.85), borderRadius: mm(1.5), padding: mm(3.5) }}>
          <Text {...tag('P', { actual: meta.instruction })} hyphenationCallback={ctx.hyphenate} style={{ fontSize: big ? 11 : 9.5, lineHeight: 1.45, textAlign: ctx.align, ...ctx.dirStyle }}>
            {meta.instruction}
          </Text>
          {meta.scale.some((p) => p.symbol) ? (
            // The scale as a line of labels; the pictograms say the same (artifacts).
            <View {...tag('P')} style={{ flexDirection: ctx.row, flexWrap: 'wrap', marginTop: mm(2), gap: mm(5) }}>
              {meta.scale.map((p) => (
                <View key={p.value} style={{ flexDirection: ctx.row, alignItems: 'center', gap: mm(1.5) }}>
                  {p.symbol ? <Icon icon={p.symbol} size={mm(6)} color={ink} tags={artifact()} /> : null}
                  <Text style={{ fontSize: 10, fontWeight: 'bold' }}>{p.label}</Text>
                </View>
              ))}
            </View>
          ) : (
            <Text {...tag('P')} style={{ fontSize: 8, color: muted, marginTop: mm(1.5), textAlign: ctx.align, ...ctx.dirStyle }}>{`${legend}${meta.notApplicable ? ` · ${meta.notApplicable}` : ''}`}</Text>
          )}
        </View>
        {model.sections.map((s, i) => (
          <SectionTable key={s.id} model={model} section={s} index={i} ctx={ctx} />
        ))}
        <ResultPage model={model} ctx={ctx} />
        <Footer brand={brand} language={language} fontFamily={scriptFonts[language.script]} />
      </Page>
    </Document>
  );
}
