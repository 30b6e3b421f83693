/**
 * What every piece of a quickscan's layout (quickscan.tsx) reads: direction, sizes, colours,
 * the fixed words of its language and, for a translation, the Dutch beside it.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Style } from '@react-pdf/types';
import type { Audience } from '../src/kinds/quickscan/schema.js';
import { say, type Language } from '../src/languages/language.js';
import { tag, type Role } from './components/tags.js';
import { mm } from './theme.js';
import { Dual, type Bilingual } from './quickscan-bilingual.js';

/** "voor ouders": who fills the scan in, in a language. */
export const audienceLabel: Record<Audience, (l: Language) => string> = {
  schoolteam: (l) => say(l, 'quickscan.forSchoolteam'),
  oudervereniging: (l) => say(l, 'quickscan.forOudervereniging'),
  ouders: (l) => say(l, 'quickscan.forOuders'),
};

/** Width of one answer column in points, by the number of columns. */
export function answerColumnWidth(columns: number): number {
  return mm(columns <= 3 ? 19 : columns <= 5 ? 16.5 : 13);
}

/** Size of the column headings in points when they fit (quickscans for parents print larger). */
export function headingSize(big: boolean): number {
  return big ? 8.5 : 7.5;
}

/** How the column headings print: their size, and whether words may break at hyphenation points. */
export interface Headings {
  size: number;
  hyphenate: boolean;
}

export interface Ctx {
  rtl: boolean;
  row: 'row' | 'row-reverse';
  align: 'left' | 'right';
  dirStyle: Style;
  family: string;
  colW: number;
  numW: number;
  big: boolean;
  hyphenate: (w: string) => string[];
  primary: string;
  accent: string;
  headings: Headings;
  /** A fixed word in the scan's language. */
  say: (key: string) => string;
  /** The Dutch words and texts printed beside a translation's (none for a Dutch scan). */
  bi?: Bilingual;
}

/** A fixed word as a Text: in the scan's language, and for a translation with the Dutch word under it. */
export function Word({ ctx, k, role, style }: { ctx: Ctx; k: string; role: Role; style: Style }) {
  if (ctx.bi) return <Dual b={ctx.bi} text={ctx.say(k)} dutch={say(ctx.bi.nl.language, k)} role={role} style={style} />;
  return <Text {...tag(role)} style={style}>{ctx.say(k)}</Text>;
}

/**
 * A number before a text in its own box, on the reading side (right to left: on the right),
 * so that a number never lands on the wrong end of a right-to-left line.
 */
export function Numbered({ ctx, n, children }: { ctx: Ctx; n: number; children: ReactNode }) {
  return (
    <View style={{ flexDirection: ctx.row, gap: 3 }}>
      <Text style={{ fontFamily: 'Noto Sans', fontSize: 9, fontWeight: 'bold', color: ctx.primary, marginTop: 1 }}>{`${n}.`}</Text>
      <View style={{ flex: 1 }}>{children}</View>
    </View>
  );
}
