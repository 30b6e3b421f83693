/**
 * Quickscan on A4: per section a table with the item text and one answer box per scale
 * point (plus the n.v.t. column), column headings repeated on every page the section
 * spans (a `fixed` header inside the section), rows that never split, a tip in smaller
 * type under its item, ruled lines for notes, and a result page to write the totals and
 * agree on what to do next. Every fixed word comes from the language files (`quickscan.*`).
 *
 * A translation prints bilingual (quickscan-bilingual.tsx): each statement in Dutch and in the
 * language beside one row of answer boxes, headings, instruction and the result page's words in
 * both, the translation notice on every page and CONCEPT on a draft; right to left it is
 * mirrored (number, translation, Dutch text, boxes from right to left).
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
import { plain } from '../src/markdown/blocks.js';
import { fontsOf } from '../src/render/fonts.js';
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
import { say } from '../src/languages/language.js';
import { answerColumnWidth, audienceLabel, headingSize, Numbered, Word, type Ctx, type Headings } from './quickscan-context.js';
import { Cell, DraftWatermark, Dual, dutchItem, dutchLabel, dutchSection, NOTICE_ROOM, ordered, TranslationNotice, type Bilingual } from './quickscan-bilingual.js';
import { BandTitle, scriptOf, tagIn, textStyle } from './tips-parts.js';

export { ANSWER_BOX, MARKER, radioMarker, textMarker } from './components/quickscan-fields.js';
export { answerColumnWidth, headingSize, type Headings } from './quickscan-context.js';

function ColumnHeader({ model, ctx }: { model: QuickscanModel; ctx: Ctx }) {
  const cols = answerColumns(model.meta);
  const corner = tag('TD');
  return (
    // Repeated on every page the section spans: a header row the first time, then a Pagination artifact.
    <View fixed {...tag('TR')} style={{ flexDirection: ctx.row, alignItems: 'flex-end', borderBottomWidth: 1.2, borderBottomColor: ctx.primary, paddingBottom: mm(1), marginBottom: mm(0.5) }}>
      {/* The empty corner above the items: one cell, so the header row is as wide as the others. */}
      <View {...corner} style={{ width: ctx.numW }} />
      <View {...corner} style={{ flex: 1 }} />
      {cols.map((c) => (
        <View key={c.value} {...tag('TH', { scope: 'Column' })} style={{ width: ctx.colW, alignItems: 'center' }}>
          {c.point?.symbol ? (
            <View {...artifact()} style={{ marginBottom: mm(0.8) }}>
              <Icon icon={c.point.symbol} size={ctx.big ? mm(7) : mm(5.5)} color={ink} />
            </View>
          ) : null}
          <Text {...(ctx.bi ? tagIn('P', ctx.bi.tr, c.label) : {})} {...(ctx.headings.hyphenate ? { hyphenationCallback: ctx.hyphenate } : {})} style={{ fontSize: ctx.headings.size, fontWeight: 'bold', textAlign: 'center', color: c.point ? ink : muted, ...ctx.dirStyle }}>
            {c.label}
          </Text>
          {ctx.bi ? <Text {...tagIn('P', ctx.bi.nl, dutchLabel(ctx.bi, c.value))} style={{ ...textStyle(ctx.bi.nl), fontSize: Math.max(6, ctx.headings.size - 1.5), textAlign: 'center', color: muted, marginTop: 1 }}>{dutchLabel(ctx.bi, c.value)}</Text> : null}
        </View>
      ))}
    </View>
  );
}

function SectionTable({ model, section, index, ctx }: { model: QuickscanModel; section: QuickscanSection; index: number; ctx: Ctx }) {
  const cols = answerColumns(model.meta);
  const size = ctx.big ? 11 : 9.5;
  return (
    <>
      {/* The title block is a sibling before the table, so the table (and its fixed header) starts on the page where the title lands. */}
      <View wrap={false} minPresenceAhead={mm(40)} {...bookmark(`${index + 1}. ${plain(section.title)}`)} style={{ marginTop: mm(5), marginBottom: mm(2) }}>
        {/* Number and title: one heading, "1 Title" (not hyphenated: only a right-to-left title reads differently). */}
        <View {...tag('H2', ctx.rtl && !ctx.bi ? { actual: `${index + 1} ${plain(section.title)}` } : {})} style={{ flexDirection: ctx.row, alignItems: 'center' }}>
          <View style={{ width: mm(7), height: mm(7), borderRadius: mm(3.5), backgroundColor: ctx.accent, alignItems: 'center', justifyContent: 'center', marginRight: ctx.rtl ? 0 : mm(2.5), marginLeft: ctx.rtl ? mm(2.5) : 0 }}>
            <Text style={{ fontSize: 11, fontWeight: 'bold', color: onColor(ctx.accent) }}>{index + 1}</Text>
          </View>
          {ctx.bi ? (
            <View style={{ flex: 1, flexDirection: ctx.row, gap: mm(4) }}>
              {ordered(ctx.bi, <Cell key="nl" s={ctx.bi.nl} runs={dutchSection(ctx.bi, section).title} size={13} bold color={ctx.primary} />, <Cell key="tr" s={ctx.bi.tr} runs={section.title} size={13} bold color={ctx.primary} />)}
            </View>
          ) : (
            <Para runs={section.title} style={{ flex: 1, fontSize: 13, fontWeight: 'bold', color: ctx.primary, textAlign: ctx.align, ...ctx.dirStyle }} />
          )}
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
          {ctx.bi ? (
            <View {...header} style={{ flex: 1, flexDirection: ctx.row, gap: mm(3), paddingRight: ctx.rtl ? 0 : mm(2), paddingLeft: ctx.rtl ? mm(2) : 0 }}>
              {ordered(ctx.bi, <Cell key="nl" s={ctx.bi.nl} runs={dutchItem(ctx.bi, item.id).runs} tip={dutchItem(ctx.bi, item.id).tip} size={size - 1} />, <Cell key="tr" s={ctx.bi.tr} runs={item.runs} tip={item.tip} size={size - 1} />)}
            </View>
          ) : (
          <View {...header} style={{ flex: 1, paddingRight: ctx.rtl ? 0 : mm(2), paddingLeft: ctx.rtl ? mm(2) : 0 }}>
            <Para tags={tag('P', { actual: plain(item.runs) })} runs={item.runs} hyphenate={ctx.hyphenate} style={{ fontSize: size, lineHeight: 1.35, color: ink, textAlign: ctx.align, ...ctx.dirStyle }} />
            {item.tip ? (
              <Para tags={tag('P', { actual: plain(item.tip) })} runs={item.tip} hyphenate={ctx.hyphenate} style={{ fontSize: size - 2, lineHeight: 1.35, color: muted, fontStyle: 'italic', marginTop: 1.5, textAlign: ctx.align, ...ctx.dirStyle }} />
            ) : null}
          </View>
          )}
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
          <Word ctx={ctx} k="quickscan.notes" role="P" style={{ fontSize: 8, color: muted, textAlign: ctx.align, ...ctx.dirStyle }} />
          <WriteArea name={`notities-${section.id}`} alt={`${ctx.say('quickscan.notes')}: ${index + 1}. ${plain(section.title)}`} style={{ height: mm(7) * model.meta.notes }}>
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
  const headingStyle: Style = { fontSize: 11, fontWeight: 'bold', color: ctx.primary, marginBottom: mm(1.5), textAlign: ctx.align, ...ctx.dirStyle };
  const heading = (n: number, k: string) =>
    ctx.bi ? <Numbered ctx={ctx} n={n}><Dual b={ctx.bi} text={ctx.say(k)} dutch={say(ctx.bi.nl.language, k)} role="H4" style={headingStyle} /></Numbered> : <Text {...tag('H4')} style={headingStyle}>{`${n}. ${ctx.say(k)}`}</Text>;
  return (
    <View break {...bookmark(ctx.say('quickscan.resultTitle'))}>
      <Word ctx={ctx} k="quickscan.resultTitle" role="H2" style={{ fontSize: 16, fontWeight: 'bold', color: ctx.primary, marginBottom: mm(2), textAlign: ctx.align, ...ctx.dirStyle }} />
      <Word ctx={ctx} k="quickscan.resultIntro" role="P" style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(3), textAlign: ctx.align, ...ctx.dirStyle }} />
      {/* A table: a row per part, its name the row header, the two boxes to fill in its last cells. */}
      <View {...tag('Table')}>
      <View {...tag('TR')} style={{ flexDirection: ctx.row, borderBottomWidth: 1.2, borderBottomColor: ctx.primary, paddingBottom: mm(1), gap: mm(3) }}>
        {['quickscan.section', 'quickscan.items', 'quickscan.max', 'quickscan.total', 'quickscan.mean'].map((key, k) =>
          ctx.bi ? (
            <View key={k} {...tag('TH', { scope: 'Column' })} style={{ ...(k === 0 ? { flex: 1 } : { width: k === 1 ? mm(20) : mm(24) }) }}>
              <Text style={{ ...textStyle(ctx.bi.tr), fontSize: 8.5 * ctx.bi.tr.scale, fontWeight: 'bold' }}>{ctx.say(key)}</Text>
              <Text style={{ ...textStyle(ctx.bi.nl), direction: 'ltr', textAlign: ctx.align, fontSize: 7, color: muted }}>{say(ctx.bi.nl.language, key)}</Text>
            </View>
          ) : (
            <Text key={k} {...tag('TH', { scope: 'Column' })} style={cell(k === 0 ? undefined : k === 1 ? mm(20) : mm(24), true)}>{ctx.say(key)}</Text>
          ),
        )}
      </View>
      {model.sections.map((s, i) => (
        <View key={s.id} {...tag('TR')} wrap={false} style={{ flexDirection: ctx.row, alignItems: 'center', paddingVertical: mm(1.5), borderBottomWidth: 0.5, borderBottomColor: rule, gap: mm(3) }}>
          {ctx.bi ? (
            <View {...tag('TH', { scope: 'Row' })} style={{ flex: 1 }}>
              <Numbered ctx={ctx} n={i + 1}>
                <Dual b={ctx.bi} text={plain(s.title)} dutch={plain(dutchSection(ctx.bi, s).title)} role="P" style={{ fontSize: 8.5, textAlign: ctx.align, ...ctx.dirStyle }} />
              </Numbered>
            </View>
          ) : (
            <Text {...tag('TH', { scope: 'Row' })} style={cell(undefined)}>{`${i + 1}. ${plain(s.title)}`}</Text>
          )}
          <Text {...tag('TD')} style={cell(mm(20))}>{String(s.items.length)}</Text>
          <Text {...tag('TD')} style={cell(mm(24))}>{String(s.items.length * max)}</Text>
          <WriteArea name={`totaal-${s.id}`} alt={`${ctx.say('quickscan.total')}: ${i + 1}. ${plain(s.title)}`} tags={tag('TD')} style={boxCell} />
          <WriteArea name={`gemiddelde-${s.id}`} alt={`${ctx.say('quickscan.mean')}: ${i + 1}. ${plain(s.title)}`} tags={tag('TD')} style={boxCell} />
        </View>
      ))}
      </View>
      <View wrap={false} style={{ marginTop: mm(8), borderWidth: 1.2, borderColor: ctx.accent, borderRadius: mm(2), padding: mm(5) }}>
        <Word ctx={ctx} k="quickscan.now" role="H3" style={{ fontSize: 14, fontWeight: 'bold', color: ink, marginBottom: mm(3), textAlign: ctx.align, ...ctx.dirStyle }} />
        {heading(1, 'quickscan.discuss')}
        <Word ctx={ctx} k="quickscan.discussText" role="P" style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(1), textAlign: ctx.align, ...ctx.dirStyle }} />
        <WriteArea name="bespreking" alt={ctx.say('quickscan.discuss')} style={{ height: mm(21), marginBottom: mm(4) }}>
          {[0, 1, 2].map((i) => (
            <View key={i} style={{ height: mm(7), borderBottomWidth: 0.6, borderBottomColor: tint(ink, 0.7) }} />
          ))}
        </WriteArea>
        {heading(2, 'quickscan.actions')}
        <Word ctx={ctx} k="quickscan.actionsText" role="P" style={{ fontSize: 9, lineHeight: 1.4, color: muted, marginBottom: mm(1), textAlign: ctx.align, ...ctx.dirStyle }} />
        {[1, 2].map((n) => (
          <View key={n} style={{ flexDirection: ctx.row, alignItems: 'flex-end', marginTop: mm(2) }}>
            <Text {...tag('P')} style={{ width: mm(16), fontSize: 9, fontWeight: 'bold', textAlign: ctx.align, ...ctx.dirStyle, ...(ctx.bi ? textStyle(ctx.bi.tr) : {}) }}>{`${ctx.say('quickscan.action')} ${n}`}</Text>
            <WriteArea name={`actie-${n}`} alt={`${ctx.say('quickscan.action')} ${n}`} style={{ flex: 1, height: mm(8), borderBottomWidth: 0.6, borderBottomColor: ink }} />
          </View>
        ))}
        <View style={{ marginTop: mm(5) }}>{heading(3, 'quickscan.again')}</View>
        <View style={{ flexDirection: ctx.row }}>
          <WriteArea name="datum" alt={ctx.say('quickscan.again')} style={{ width: mm(50), height: mm(8), borderBottomWidth: 0.6, borderBottomColor: ink }} />
        </View>
      </View>
      {model.meta.sources?.length ? (
        <View wrap={false} style={{ marginTop: mm(6) }}>
          <Word ctx={ctx} k="source" role="H3" style={{ fontSize: 7.5, fontWeight: 'bold', color: muted, textAlign: ctx.align, ...ctx.dirStyle }} />
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
export function QuickscanLayout({ model, brand, language, source, sourceLanguage }: RenderInput<QuickscanModel>, headings?: Headings) {
  const rtl = language.dir === 'rtl';
  const bi: Bilingual | undefined =
    source && sourceLanguage ? { nl: scriptOf(sourceLanguage), tr: scriptOf(language), dutch: source, draft: model.meta.status === 'draft' || source.meta.status === 'draft' } : undefined;
  const family = (fontsOf(language) ?? ['Noto Sans']) as unknown as string;
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
    say: (key) => say(language, key),
    ...(bi ? { bi } : {}),
  };
  const nl = bi?.nl.language ?? language;
  const eyebrow = `${say(nl, 'quickscan.eyebrow')} · ${audienceLabel[model.meta.audience](nl)}${bi ? ` · ${say(nl, 'translation')}: ${language.nameNl}` : ''}`;
  const { meta } = model;
  const legend = meta.scale.map((p) => p.label).join(' · ');
  return (
    <Document {...documentProps(meta, brand, language)} {...taggedDocument}>
      <Page size="A4" style={{ fontFamily: family, paddingTop: mm(14), paddingBottom: mm(28) + (bi ? NOTICE_ROOM : 0), paddingHorizontal: mm(16), color: ink }}>
        {bi ? <DraftWatermark b={bi} /> : null}
        {bi ? <TranslationNotice b={bi} brand={brand} /> : null}
        {bi ? (
          <BrandHeader brand={brand} title={bi.dutch.meta.title} subtitle={bi.dutch.meta.subtitle} eyebrow={eyebrow} lang={nl.code} extra={<BandTitle heading text={meta.title} s={bi.tr} brand={brand} size={16} />} />
        ) : (
          <BrandHeader brand={brand} title={meta.title} subtitle={meta.subtitle} eyebrow={eyebrow} rtl={rtl} fontFamily={fontsOf(language)} />
        )}
        {model.intro.map((b, i) =>
          b.type === 'paragraph' ? <Para key={i} tags={tag('P', { actual: plain(b.runs) })} runs={b.runs} hyphenate={ctx.hyphenate} style={{ fontSize: 9.5, lineHeight: 1.45, marginBottom: mm(2), textAlign: ctx.align, ...ctx.dirStyle }} /> : null,
        )}
        <View style={{ backgroundColor: tint(brand.colors.accent, 0.85), borderRadius: mm(1.5), padding: mm(3.5) }}>
          <Text {...tag('P', { actual: meta.instruction })} hyphenationCallback={ctx.hyphenate} style={{ fontSize: big ? 11 : 9.5, lineHeight: 1.45, textAlign: ctx.align, ...ctx.dirStyle }}>
            {meta.instruction}
          </Text>
          {bi ? <Text {...tagIn('P', bi.nl, bi.dutch.meta.instruction)} hyphenationCallback={bi.nl.hyphenate} style={{ ...textStyle(bi.nl), fontSize: big ? 10 : 9, lineHeight: 1.45, color: muted, marginTop: mm(1.5) }}>{bi.dutch.meta.instruction}</Text> : null}
          {meta.scale.some((p) => p.symbol) ? (
            // The scale as a line of labels; the pictograms say the same (artifacts).
            <View {...tag('P', bi ? { actual: meta.scale.map((p) => `${p.label} (${dutchLabel(bi, String(p.value))})`).join(' · ') } : {})} style={{ flexDirection: ctx.row, flexWrap: 'wrap', marginTop: mm(2), gap: mm(5) }}>
              {meta.scale.map((p) => (
                <View key={p.value} style={{ flexDirection: ctx.row, alignItems: 'center', gap: mm(1.5) }}>
                  {p.symbol ? <Icon icon={p.symbol} size={mm(6)} color={ink} tags={artifact()} /> : null}
                  <Text style={{ fontSize: 10, fontWeight: 'bold' }}>{p.label}</Text>
                  {bi ? <Text style={{ ...textStyle(bi.nl), fontSize: 9, color: muted }}>{dutchLabel(bi, String(p.value))}</Text> : null}
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
        <Footer brand={brand} language={language} fontFamily={fontsOf(language)} />
      </Page>
    </Document>
  );
}
