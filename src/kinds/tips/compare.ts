/**
 * Compare a translated tip sheet with its Dutch source: the same tip ids in the same
 * order (otherwise it does not say the same), every tip translated, and whether the
 * Dutch text changed since the translation was made (stale). Pure; used by the
 * build (the kind's `translation.compare`) and by `drukklaar status`.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { plain } from '../../markdown/blocks.js';
import { normaliseText, sourceHashes } from '../sheet-hash.js';
import { compareOrder } from '../translation-order.js';
import type { TranslationComparison } from '../translation-comparison.js';
import type { TipsModel } from './model.js';

/** Marker in `stale` for a change of the title or introduction (not a tip). */
export const TITLE_OR_INTRO = '(title or introduction)';

/** Compare a translation with its Dutch source. */
export function compareTranslation(source: TipsModel, translation: TipsModel): TranslationComparison {
  const srcIds = source.tips.map((t) => t.id);
  const inSrc = new Set(srcIds);
  const inTr = new Set(translation.tips.map((t) => t.id));
  const { missing, extra, moved } = compareOrder(srcIds, translation.tips);
  const empty = translation.tips.filter((t) => inSrc.has(t.id) && (!plain(t.heading).trim() || !t.text.length)).map((t) => ({ id: t.id, line: t.line }));
  if (source.intro.length && !translation.intro.length) empty.unshift({ id: '(introduction)', line: translation.introLine });
  if (normaliseText(source.meta.title) === normaliseText(translation.meta.title)) empty.unshift({ id: '(title)', line: 1 });
  const recorded = translation.meta.source;
  const stale: string[] = [];
  if (recorded) {
    const now = sourceHashes(source);
    const items = recorded.items ?? {};
    for (const id of srcIds) if (inTr.has(id) && items[id] !== now.items[id]) stale.push(id);
    if (recorded.hash !== now.hash && !stale.length) stale.push(TITLE_OR_INTRO);
  }
  // A pictogram prints from the Dutch tip: another one written in the translation was dropped unseen.
  const dutchIcon = new Map(source.tips.map((t) => [t.id, t.icon]));
  const differs = translation.tips
    .filter((t) => t.icon !== undefined && inSrc.has(t.id) && t.icon !== dutchIcon.get(t.id))
    .map((t) => ({ field: `icon of tip ${t.id}`, found: `\`${t.icon}\``, expected: dutchIcon.get(t.id) ? `\`${dutchIcon.get(t.id)}\`` : 'none', line: t.line }));
  return { missing, extra, moved, empty, origin: recorded ? 'recorded' : 'unknown', stale, ...(differs.length ? { differs } : {}) };
}

/** Diagnostics of a comparison, pointing at lines of the translation. */
export function comparisonDiagnostics(c: TranslationComparison, translation: TipsModel, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (line: number) => ({ file, span: { start: { line, column: 1 } } });
  const lineOf = (id: string | undefined) => translation.tips.find((t) => t.id === id)?.line;
  for (const m of c.missing) {
    const line = lineOf(m.after) ?? translation.tips[0]?.line ?? translation.introLine;
    out.push(diag('TranslationMismatch', { reason: 'tipMissing', id: m.id, after: m.after }, at(line)));
  }
  for (const x of c.extra) out.push(diag('TranslationMismatch', { reason: 'tipExtra', id: x.id }, at(x.line)));
  for (const m of c.moved) out.push(diag('TranslationMismatch', { reason: 'tipMoved', id: m.id, position: m.position, sourcePosition: m.expected }, at(m.line)));
  for (const { line, field, found, expected } of c.differs ?? []) out.push(diag('TranslationMismatch', { reason: 'factDiffers', field, found, expected }, at(line ?? 1)));
  if (c.empty.length) out.push(diag('TranslationIncomplete', { items: c.empty.map((e) => e.id).join(', ') }, at(c.empty[0]!.line)));
  if (c.origin === 'unknown') out.push(diag('TranslationOriginUnknown', {}, { file, span: { start: { line: 1, column: 1 } } }));
  if (c.stale.length) {
    const line = lineOf(c.stale[0]) ?? 1;
    out.push(diag('TranslationStale', { items: `changed: ${c.stale.join(', ')}` }, at(line)));
  }
  return out;
}
