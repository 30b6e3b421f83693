/**
 * The diagnostics of a translation's comparison with its Dutch source, for kinds whose items
 * are named by the registry's reasons for any kind's items (`itemMissing`, `itemExtra`,
 * `itemMoved`), each located in the translation's file. Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { TranslationComparison } from './translation-comparison.js';

/** Where the translation's items are, for locating its diagnostics. */
export interface ItemPlaces {
  /** What one item is called in messages, e.g. "card". */
  item: string;
  /** The line of an item of the translation, by id. */
  lineOf(id: string | undefined): number | undefined;
  /** The line of its first item (where a missing first item belongs). */
  firstLine: number | undefined;
}

/**
 * Diagnostics of a comparison, pointing at lines of the translation.
 * @param c the comparison
 * @param places the translation's items
 * @param file the translation's path
 */
export function itemComparisonDiagnostics(c: TranslationComparison, places: ItemPlaces, file: string): Diagnostic[] {
  const { item, lineOf } = places;
  const out: Diagnostic[] = [];
  const at = (line: number) => ({ file, span: { start: { line, column: 1 } } });
  for (const m of c.missing) out.push(diag('TranslationMismatch', { reason: 'itemMissing', item, id: m.id, after: m.after }, at(lineOf(m.after) ?? places.firstLine ?? 1)));
  for (const x of c.extra) out.push(diag('TranslationMismatch', { reason: 'itemExtra', item, id: x.id }, at(x.line)));
  for (const m of c.moved) out.push(diag('TranslationMismatch', { reason: 'itemMoved', item, id: m.id, position: m.position, sourcePosition: m.expected }, at(m.line)));
  for (const { line, column, field, found, expected } of c.differs ?? []) out.push(diag('TranslationMismatch', { reason: 'factDiffers', field, found, expected }, { file, span: { start: { line: line ?? 1, column: column ?? 1 } } }));
  if (c.empty.length) out.push(diag('TranslationIncomplete', { items: c.empty.map((e) => e.id).join(', ') }, at(c.empty[0]!.line)));
  if (c.origin === 'unknown') out.push(diag('TranslationOriginUnknown', {}, at(1)));
  if (c.stale.length) out.push(diag('TranslationStale', { items: `changed: ${c.stale.join(', ')}` }, at(lineOf(c.stale[0]) ?? 1)));
  return out;
}
