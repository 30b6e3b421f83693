/**
 * The column headings of a quickscan section (the table's header row) and the context every
 * part of the quickscan page takes, apart from the page layout (quickscan.tsx).
 */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import { answerColumns, type QuickscanModel } from '../src/kinds/quickscan/model.js';
import { Icon } from './components/icon.js';
import { ink, mm, muted } from './theme.js';
import { artifact, tag } from './components/tags.js';

/** How the column headings print: their size, and whether words may break at hyphenation points. */
export interface Headings {
  size: number;
  hyphenate: boolean;
}

/** What every part of a quickscan page takes: direction, font, column widths, hyphenation, brand colours and how the column headings print. */
export interface QuickscanCtx {
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
}

/** A section's column headings: one per answer column, with its pictogram; repeated on every page the section spans. */
export function ColumnHeader({ model, ctx }: { model: QuickscanModel; ctx: QuickscanCtx }) {
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
          <Text {...(ctx.headings.hyphenate ? { hyphenationCallback: ctx.hyphenate } : {})} style={{ fontSize: ctx.headings.size, fontWeight: 'bold', textAlign: 'center', color: c.point ? ink : muted, ...ctx.dirStyle }}>
            {c.label}
          </Text>
        </View>
      ))}
    </View>
  );
}
