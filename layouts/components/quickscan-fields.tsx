/**
 * What a quickscan prints where a field goes: answer boxes and writing areas, each inside an
 * invisible marker link (`drukklaar:radio/<item>/<value>`, `drukklaar:text/<name>`) whose
 * rectangle the kind's post-processing reads to place the fillable variant's fields
 * (src/kinds/quickscan/fields.ts). In a tagged document the link's alt text is the field's
 * description.
 */
import { Link, Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactNode } from 'react';
import { ink } from '../theme.js';
import { artifact } from './tags.js';

/** Side of a printed answer box in points. Tests count boxes by this size: keep it unique on the page. */
export const ANSWER_BOX = 12;

/** Scheme of the marker links that locate form fields. */
export const MARKER = 'drukklaar:';
export const radioMarker = (item: string, value: string) => `${MARKER}radio/${item}/${value}`;
export const textMarker = (name: string) => `${MARKER}text/${name}`;

/**
 * The answer box: a white square with a dark border, inside a marker link.
 * @param alt what a screen reader says for the field: the item and the scale value
 */
export function AnswerBox({ item, value, alt }: { item: string; value: string; alt: string }) {
  return (
    <Link
      src={radioMarker(item, value)}
      {...({ alt } as object)}
      style={{ width: ANSWER_BOX, height: ANSWER_BOX, borderWidth: 0.9, borderColor: ink, backgroundColor: '#ffffff', textDecoration: 'none' }}
    />
  );
}

/**
 * A field to write in, as a marker link around its area.
 * @param alt what a screen reader says for the field (its purpose)
 * @param tags a role for the area itself (e.g. a table cell), optional
 */
export function WriteArea({ name, alt, style, children, tags }: { name: string; alt: string; style: Style; children?: ReactNode; tags?: Record<string, unknown> }) {
  return (
    <Link src={textMarker(name)} {...({ alt } as object)} {...tags} style={{ textDecoration: 'none', ...style }}>
      {children ?? <Text {...artifact()}> </Text>}
    </Link>
  );
}
