/**
 * The flexible block of a card face (title and text) and its paragraphs and lists, measured
 * and printed the same way (./cards.tsx draws the frame around it). A translated face may
 * be right to left (mirrored lists, right-aligned text) and may carry the Dutch text under a
 * rule (a bilingual face of a large card).
 */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactNode } from 'react';
import type { Block, RichText } from '../src/markdown/blocks.js';
import { markerColumnWidth } from './components/list-marker.js';
import { Para } from './components/rich-text.js';
import { tag } from './components/tags.js';
import { ink, muted } from './theme.js';

export type Hyphenate = (w: string) => string[];

/** The smallest font size (pt) of card text: text shrinks down to this, never below. */
export const MIN_TEXT_SIZE = 8;

const plainText = (runs: RichText) => runs.map((r) => r.text).join('');

/** Text direction of a block: right to left mirrors lists and aligns text to the right. */
const dirStyle = (rtl?: boolean): Style => (rtl ? { direction: 'rtl', textAlign: 'right' } : {});

/** Tag options of a block's text: its language when it differs from the document's. */
const tagOptions = (runs: RichText, lang?: string) => ({ actual: plainText(runs), ...(lang ? { lang } : {}) });

/** Paragraphs and Markdown lists of a face or the guide page, tagged `P` and `L` > `LI` > `Lbl` + `LBody`. */
export function Blocks({ blocks, size, color, hyphenate, rtl, lang }: { blocks: Block[]; size: number; color: string; hyphenate: Hyphenate; rtl?: boolean; lang?: string }) {
  const dir = dirStyle(rtl);
  return (
    <>
      {blocks.map((b, i) =>
        b.type === 'paragraph' ? (
          <Para key={i} tags={tag('P', tagOptions(b.runs, lang))} runs={b.runs} hyphenate={hyphenate} style={{ fontSize: size, lineHeight: 1.3, color: ink, marginBottom: size * 0.45, ...dir }} />
        ) : (
          <View key={i} {...tag('L', lang ? { lang } : {})} style={{ marginBottom: size * 0.45 }}>
            {b.items.map((item, j) => (
              <View key={j} {...tag('LI')} style={{ flexDirection: rtl ? 'row-reverse' : 'row', marginBottom: size * 0.2, ...(rtl ? { marginRight: item.depth * size * 0.95 } : { marginLeft: item.depth * size * 0.95 }) }}>
                <Text {...tag('Lbl')} style={{ width: markerColumnWidth(b.items.map((l) => l.marker), size, 0.95), fontSize: size, lineHeight: 1.3, color, fontWeight: 'bold', ...dir }}>{item.marker}</Text>
                <Para tags={tag('LBody', tagOptions(item.runs, lang))} runs={item.runs} hyphenate={hyphenate} style={{ flex: 1, fontSize: size, lineHeight: 1.3, color: ink, ...dir }} />
              </View>
            ))}
          </View>
        ),
      )}
    </>
  );
}

/** What one face shows, independent of its frame. */
export interface FaceText {
  title?: RichText | string;
  /** Paragraphs and lists. */
  blocks: Block[];
  /** Front: the question, printed large. */
  emphasis?: boolean;
  /** Extra content after the text (guide card legend). */
  extra?: (size: number) => ReactNode;
  /** Break lines only between words (titles). */
  noHyphenation?: boolean;
  /** Right to left (a translation into Arabic or Farsi). */
  rtl?: boolean;
  /** Language of the text when it is not the document's (the Dutch text on a translated card). */
  lang?: string;
  /** Fonts of the text when they are not the page's. */
  fontFamily?: string[];
  /** Hyphenation of the text when it is not the page's. */
  hyphenate?: Hyphenate;
  /** The Dutch text printed under a rule, smaller (a bilingual face). */
  dutch?: FaceText;
}

/** Size of the Dutch text of a bilingual face, relative to the translation's. */
export const DUTCH_SCALE = 0.8;

const wholeWords: Hyphenate = (w) => [w];

/**
 * The flexible block of a face at one font size: title and text. Measured and printed the same way.
 * @param titleTags structure props of the title (a heading, or `artifact()` where it repeats the other side's), optional
 * @param role of the large paragraphs of an emphasised face (default `P`; the guide card's deck title is the `H1`)
 */
export function FaceBody({ text, size, color, hyphenate: wanted, titleTags, role = 'P' }: { text: FaceText; size: number; color: string; hyphenate: Hyphenate; titleTags?: Record<string, unknown>; role?: 'P' | 'H1' }) {
  const hyphenate = text.noHyphenation ? wholeWords : (text.hyphenate ?? wanted);
  const runs: RichText | undefined = typeof text.title === 'string' ? [{ text: text.title }] : text.title;
  const titleSize = text.emphasis ? Math.max(MIN_TEXT_SIZE, size * 0.72) : size * 1.1;
  const dir = dirStyle(text.rtl);
  const own: Style = text.fontFamily ? { fontFamily: text.fontFamily as unknown as string } : {};
  const titleTagsIn = titleTags && text.lang && 'role' in titleTags ? { ...titleTags, lang: text.lang } : titleTags;
  const body = (
    <>
      {runs?.length ? <Para tags={titleTagsIn} runs={runs} hyphenate={hyphenate} style={{ fontSize: titleSize, lineHeight: 1.25, fontWeight: 'bold', color, marginBottom: size * 0.5, ...dir }} /> : null}
      {text.emphasis ? (
        text.blocks.map((b, i) =>
          b.type === 'paragraph' ? (
            <Para key={i} tags={tag(role, tagOptions(b.runs, text.lang))} runs={b.runs} hyphenate={hyphenate} style={{ fontSize: size, lineHeight: 1.3, color: ink, marginBottom: size * 0.4, ...dir }} />
          ) : (
            <Blocks key={i} blocks={[b]} size={size} color={color} hyphenate={hyphenate} rtl={text.rtl} lang={text.lang} />
          ),
        )
      ) : (
        <Blocks blocks={text.blocks} size={size} color={color} hyphenate={hyphenate} rtl={text.rtl} lang={text.lang} />
      )}
      {text.extra?.(size)}
    </>
  );
  if (!text.dutch && !text.fontFamily) return <View>{body}</View>;
  return (
    <View>
      <View style={own}>{body}</View>
      {text.dutch ? (
        <View style={{ borderTopWidth: 0.75, borderTopColor: muted, marginTop: size * 0.2, paddingTop: size * 0.5 }}>
          <FaceBody text={text.dutch} size={Math.max(MIN_TEXT_SIZE * DUTCH_SCALE, size * DUTCH_SCALE)} color={color} hyphenate={wanted} titleTags={titleTags ? tag('P', { lang: text.dutch.lang ?? 'nl' }) : undefined} role="P" />
        </View>
      ) : null}
    </View>
  );
}
