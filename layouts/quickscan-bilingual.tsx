/**
 * The pieces a translated quickscan adds (quickscan.tsx): each statement, part title,
 * instruction and fixed word in the translation beside (or above) the Dutch text, the
 * translation notice in both languages and the CONCEPT watermark of a draft. A Dutch scan
 * prints none of these. Right to left, the translation stands on the reading side (right).
 */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactNode } from 'react';
import type { Brand } from '../src/brands/brand.js';
import { allItems, answerColumns, type QuickscanItem, type QuickscanModel, type QuickscanSection } from '../src/kinds/quickscan/model.js';
import { say } from '../src/languages/language.js';
import type { RichText } from '../src/markdown/blocks.js';
import { Para } from './components/rich-text.js';
import { tag, type Role } from './components/tags.js';
import { ink, mm, muted, paperSizes, tint } from './theme.js';
import { tagIn, textStyle, Watermark, type Script } from './tips-parts.js';

/** The two languages of a translated scan: the Dutch source and the translation. */
export interface Bilingual {
  nl: Script;
  tr: Script;
  /** The Dutch scan, whose texts print beside the translation's. */
  dutch: QuickscanModel;
  draft: boolean;
}

/** Room kept above the footer for the translation notice. */
export const NOTICE_ROOM = mm(16);

/** Two cells in reading order: Dutch then translation, or (right to left) translation then Dutch. */
export function ordered(b: Bilingual, dutchCell: ReactNode, trCell: ReactNode): ReactNode[] {
  return b.tr.rtl ? [trCell, dutchCell] : [dutchCell, trCell];
}

/** A statement or title in one language of a bilingual row. */
export function Cell({ s, runs, tip, size, bold, color }: { s: Script; runs: RichText; tip?: RichText; size: number; bold?: boolean; color?: string }) {
  const base = textStyle(s);
  return (
    <View {...tag('Div', { lang: s.language.code })} style={{ flex: 1 }}>
      <Para tags={tagIn('P', s, runs)} runs={runs} hyphenate={s.hyphenate} style={{ ...base, fontSize: size * s.scale, lineHeight: 1.35, color: color ?? ink, ...(bold ? { fontWeight: 'bold' } : {}) }} />
      {tip ? <Para tags={tagIn('P', s, tip)} runs={tip} hyphenate={s.hyphenate} style={{ ...base, fontSize: (size - 2) * s.scale, lineHeight: 1.35, color: muted, fontStyle: 'italic', marginTop: 1.5 }} /> : null}
    </View>
  );
}

/**
 * A fixed word in the translation's language with the Dutch word under it, smaller.
 * @param role the structure role of the translated text
 */
export function Dual({ b, text, dutch, role, style }: { b: Bilingual; text: string; dutch: string; role: Role; style: Style }) {
  const size = typeof style.fontSize === 'number' ? style.fontSize : 9;
  return (
    <View>
      <Text {...tagIn(role, b.tr, text)} style={{ ...style, ...textStyle(b.tr), fontSize: size * b.tr.scale }}>{text}</Text>
      <Text {...tagIn('P', b.nl, dutch)} style={{ ...style, ...textStyle(b.nl), direction: 'ltr', textAlign: b.tr.rtl ? 'right' : 'left', fontSize: Math.max(6.5, size * 0.8), fontWeight: 'normal', color: muted, marginTop: 0.5 }}>{dutch}</Text>
    </View>
  );
}

/** The translation notice in Dutch and in the translation's language, fixed above the footer. */
export function TranslationNotice({ b, brand }: { b: Bilingual; brand: Brand }) {
  return (
    <View fixed {...tag('Div')} style={{ position: 'absolute', bottom: mm(20), left: mm(16), right: mm(16), borderWidth: 0.8, borderColor: brand.colors.accent, borderRadius: mm(1.5), paddingVertical: mm(1.2), paddingHorizontal: mm(3), backgroundColor: tint(brand.colors.accent, 0.9) }}>
      <Text {...tagIn('P', b.nl, say(b.nl.language, 'translationNotice'))} style={{ ...textStyle(b.nl), fontSize: 7, color: ink }}>{say(b.nl.language, 'translationNotice')}</Text>
      <Text {...tagIn('P', b.tr, say(b.tr.language, 'translationNotice'))} style={{ ...textStyle(b.tr), fontSize: 7 * b.tr.scale, color: ink, marginTop: 1 }}>{say(b.tr.language, 'translationNotice')}</Text>
    </View>
  );
}

/** The diagonal CONCEPT watermark of a draft, in both languages, on every page. */
export function DraftWatermark({ b }: { b: Bilingual }) {
  if (!b.draft) return null;
  return <Watermark tags={tag('Div')} size={paperSizes.a4} words={[{ text: say(b.nl.language, 'draft'), s: b.nl }, { text: say(b.tr.language, 'draft'), s: b.tr }]} />;
}

/** The Dutch label of an answer column, by its value. */
export const dutchLabel = (b: Bilingual, value: string) => answerColumns(b.dutch.meta).find((c) => c.value === value)?.label ?? '';

/** The Dutch part with a translated part's id (the translation has the same ids: a mismatch is never built). */
export const dutchSection = (b: Bilingual, section: QuickscanSection) => b.dutch.sections.find((s) => s.id === section.id) ?? section;

/** The Dutch statement with a translated statement's id. */
export const dutchItem = (b: Bilingual, id: string): QuickscanItem => allItems(b.dutch).find((it) => it.id === id) ?? { id, explicitId: true, runs: [], line: 0 };
