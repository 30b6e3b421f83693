/**
 * Dutch text left in a translation: a translator who skipped a tip, a statement or a card
 * face (or pasted the Dutch file and translated only part of it) leaves the Dutch words
 * under the translation's heading. The build printed them as the translation, beside the
 * same Dutch text, under "Traduction". Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { TranslationUnit } from './translation-units.js';

/** Fewer words than this may be the same in both languages (a name, "Smartschool", "Tips"). */
const MIN_WORDS = 3;

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The line of a text in a file, outside HTML comments (where a skeleton keeps the Dutch text).
 * @param fileText the translation's file text
 * @param text the unit's text
 */
function lineOfText(fileText: string, text: string): number | undefined {
  const visible = fileText.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const first = text.split('\n')[0]!.trim();
  const at = first ? visible.indexOf(first) : -1;
  return at < 0 ? undefined : visible.slice(0, at).split('\n').length;
}

/**
 * A warning naming the units of a translation that are the Dutch text unchanged (at least
 * three words), at the first one's line; none when every unit is translated.
 * @param source the Dutch document's units
 * @param translation the translation's units
 * @param fileText the translation's file text
 * @param file the translation's path
 */
export function untranslatedUnits(source: readonly TranslationUnit[], translation: readonly TranslationUnit[], fileText: string, file: string): Diagnostic[] {
  const dutch = new Map(source.map((u) => [u.id, comparable(u.text)]));
  const same = translation.filter((u) => words(u.text) >= MIN_WORDS && dutch.get(u.id) === comparable(u.text));
  if (same.length === 0) return [];
  const line = lineOfText(fileText, same[0]!.text) ?? 1;
  return [diag('TranslationIsDutch', { units: same.map((u) => u.id).join(', '), count: same.length }, { file, span: { start: { line, column: 1 } } })];
}
