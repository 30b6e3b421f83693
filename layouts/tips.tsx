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
import type { RenderInput } from '../src/kinds/kind.js';
import type { Tip, TipsModel } from '../src/kinds/tips/model.js';
import type { RichText } from '../src/markdown/blocks.js';
import { say } from '../src/languages/language.js';
import { BrandHeader, Footer } from './components/chrome.js';
import { tag, taggedDocument } from './components/tags.js';
import { ink, mm, muted, paperSizes, tint } from './theme.js';
import { type Script, scriptOf, tagIn, textStyle, sizes, iconOf, Marker, TipText, TipRow, Intro, Watermark, Notice, Qr, BandTitle, chunk } from './tips-parts.js';

/** The tips of each pair of facing pages (a Dutch page, then its translated page), by index. */
function facingGroups(dutch: TipsModel, paper: Paper): number[][] {
  const z = sizes(paper);
  return chunk(dutch.tips.map((_, i) => i), z.perPage[0]!, z.perPage[1]!);
}

/**
 * The pages a translated sheet printed `facing` has when each page's tips fit on it, and its
 * tips per page (first, then each further page); undefined for a sheet not printed facing.
 */
export function facingPlan({ source, sourceLanguage, brand }: RenderInput<TipsModel>): { pages: number; first: number; rest: number } | undefined {
  if (!source || !sourceLanguage || source.meta.bilingual !== 'facing') return undefined;
  const paper = paperOf(source, brand);
  const [first, rest] = sizes(paper).perPage as [number, number];
  return { pages: 2 * facingGroups(source, paper).length, first, rest };
}

type Paper = 'a4' | 'a5';

/** The paper a sheet prints on: its Dutch source's `paper`, else its brand's. */
export const paperOf = (dutch: TipsModel, brand: { paper: Paper }): Paper => dutch.meta.paper ?? brand.paper;

export function TipsLayout({ model, source, brand, language, sourceLanguage }: RenderInput<TipsModel>) {
  const dutch = source ?? model;
  const translated = source && sourceLanguage ? model : undefined;
  const nl = scriptOf(sourceLanguage ?? language);
  const tr = translated ? scriptOf(language) : undefined;
  const paper = paperOf(dutch, brand);
  const z = sizes(paper);
  const size = paperSizes[paper];
  const file = `content/tips/${dutch.slug}.${dutch.meta.lang}.md`;
  const icons = dutch.tips.map((t) => iconOf(t, file));
  const draft = model.meta.status === 'draft' || dutch.meta.status === 'draft';
  // One structure element each for the whole document (tagged on the first page, repeats are
  // Pagination artifacts), also where they print on the pages of both languages (facing).
  const watermark = draft ? <Watermark tags={tag('Div')} size={size} words={[{ text: say(nl.language, 'draft'), s: nl }, ...(tr ? [{ text: say(tr.language, 'draft'), s: tr }] : [])]} /> : null;
  const eyebrow = tr ? `${say(nl.language, 'tips.eyebrow')} · ${say(nl.language, 'translation')}: ${tr.language.nameNl}` : say(nl.language, 'tips.eyebrow');
  const pageStyle: Style = { fontFamily: 'Noto Sans', paddingTop: mm(14) * z.k, paddingBottom: tr ? mm(44) : mm(30), paddingHorizontal: z.margin, color: ink };
  const footer = (s: Script) => <Footer brand={brand} language={s.language} fontFamily={s.fonts} />;
  const notice = tr ? <Notice tags={tag('Div')} nl={nl} tr={tr} brand={brand} z={z} /> : null;
  const trTip = (i: number) => translated?.tips[i] ?? dutch.tips[i]!;

  let pages: ReactNode;
  if (!tr || !translated) {
    pages = (
      <Page experimentalPagination size={paper.toUpperCase() as 'A4' | 'A5'} style={pageStyle}>
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
      <Page experimentalPagination size={paper.toUpperCase() as 'A4' | 'A5'} style={pageStyle}>
        {watermark}
        {notice}
        {footer(tr)}
        <BrandHeader brand={brand} title={dutch.meta.title} eyebrow={eyebrow} lang={nl.language.code} extra={<BandTitle heading text={translated.meta.title} s={tr} brand={brand} size={16 * z.k} />} />
        <View style={{ flexDirection: dir, gap: mm(5) * z.k, marginBottom: mm(3), borderBottomWidth: 1, borderBottomColor: tint(brand.colors.primary, 0.6), paddingBottom: mm(1.5) }}>
          {ordered(
            <View key="m" style={{ width: Math.max(z.badge, z.icon) }} />,
            <Text key="nl" {...tag('P', { lang: nl.language.code })} style={{ ...cell, ...textStyle(nl), fontSize: 9, fontWeight: 'bold', color: muted }}>{nl.language.name}</Text>,
            <Text key="tr" {...tagIn('P', tr, `${tr.language.name} · ${say(tr.language, 'translation')}`)} style={{ ...cell, ...textStyle(tr), fontSize: 9 * tr.scale, fontWeight: 'bold', color: muted }}>{`${tr.language.name} · ${say(tr.language, 'translation')}`}</Text>,
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
    const groups = facingGroups(dutch, paper);
    const part = (s: Script, tipAt: (i: number) => Tip, title: string, other: string, otherScript: Script, g: number[], first: boolean, last: boolean, intro: RichText[]) => (
      <Page experimentalPagination key={`${s.language.code}-${g[0]}`} size={paper.toUpperCase() as 'A4' | 'A5'} style={pageStyle}>
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
                  {s === nl ? null : <BandTitle text={`${say(tr.language, 'translation')} · ${tr.language.name}`} s={tr} brand={brand} size={9 * z.k * tr.scale} />}
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
