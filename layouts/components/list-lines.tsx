/**
 * The lines of a list (nested lists flattened, see `listLines` in src/markdown/blocks.ts):
 * each with its marker, indented by its depth.
 */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ListLine } from '../../src/markdown/blocks.js';
import { markerColumnWidth } from './list-marker.js';
import { Para } from './rich-text.js';
import { tag } from './tags.js';

/**
 * @param lines the list's lines
 * @param size font size in points; markers and indentation scale with it
 * @param color colour of the markers
 * @param textStyle style of the text (colour, line height)
 * @param from depth printed without indentation (1 for lines under a checklist question)
 * @param hyphenate optional hyphenation callback
 */
export function ListLines({ lines, size, color, textStyle, from = 0, hyphenate }: { lines: ListLine[]; size: number; color: string; textStyle?: Style; from?: number; hyphenate?: (w: string) => string[] }) {
  // In a tagged PDF the lines are one list (depth shows in the indentation only).
  const numberWidth = markerColumnWidth(lines.filter((l) => l.marker.length > 1).map((l) => l.marker), size, 1.6);
  return (
    <View {...tag('L')}>
      {lines.map((l, i) => (
        <View key={i} {...tag('LI')} style={{ flexDirection: 'row', marginTop: size * 0.2, marginLeft: (l.depth - from) * size * 1.2 }}>
          <Text {...tag('Lbl')} style={{ width: l.marker.length > 1 ? numberWidth : size, fontSize: size, lineHeight: 1.35, color, fontWeight: 'bold' }}>{l.marker}</Text>
          <Para tags={tag('LBody', { actual: l.runs.map((r) => r.text).join('') })} runs={l.runs} {...(hyphenate ? { hyphenate } : {})} style={{ flex: 1, fontSize: size, lineHeight: 1.35, ...textStyle }} />
        </View>
      ))}
    </View>
  );
}
