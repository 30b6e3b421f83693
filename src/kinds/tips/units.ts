/**
 * A tip sheet's translatable units for the exchange formats: title, subtitle and summary
 * (front matter), the introduction, and each tip's heading and text, by id
 * (`title`, `intro`, `<tip>.heading`, `<tip>.body`). Texts are the file's own Markdown;
 * new texts go back into a file line by line, every other line kept. Pure.
 */
import { withFrontMatterField } from '../../source/front-matter-field.js';
import { applyEdits, attributesOf, fileLines, headingText, regionLines, regionText, type Edit } from '../translation-lines.js';
import type { TranslationUnit, TranslationUnitFacts } from '../translation-units.js';
import { sheetHash, sourceHashes } from '../sheet-hash.js';
import type { TipsModel } from './model.js';

/** Front matter fields that are translated, in order. */
const FIELDS = ['title', 'subtitle', 'summary'] as const;
/** Line index of each tip heading, in file order. */
const headingIndexes = (model: TipsModel) => model.tips.map((t) => ({ id: t.id, index: t.line - 1 })).sort((a, b) => a.index - b.index);

function list(model: TipsModel, text: string): TranslationUnit[] {
  const { lines, fmEnd } = fileLines(text);
  const heads = headingIndexes(model);
  const units: TranslationUnit[] = [];
  for (const field of FIELDS) {
    const value = model.meta[field];
    if (field === 'title' || value) units.push({ id: field, text: value ?? '', note: `${field} of the tip sheet (front matter)` });
  }
  units.push({ id: 'intro', text: regionText(lines.slice(fmEnd + 1, heads[0]?.index ?? lines.length)), note: 'introduction above the tips (paragraphs separated by a blank line)' });
  heads.forEach((h, i) => {
    const n = `tip ${i + 1} of ${heads.length} (id ${h.id})`;
    units.push({ id: `${h.id}.heading`, text: headingText(lines[h.index] ?? ''), note: `${n}: heading, printed in bold beside its pictogram` });
    units.push({ id: `${h.id}.body`, text: regionText(lines.slice(h.index + 1, heads[i + 1]?.index ?? lines.length)), note: `${n}: text under the heading (one or two short paragraphs)` });
  });
  return units;
}

function stale(source: TipsModel, translation: TipsModel): string[] {
  const recorded = translation.meta.source;
  if (!recorded) return [];
  const now = sourceHashes(source);
  const items = recorded.items ?? {};
  const inTranslation = new Set(translation.tips.map((t) => t.id));
  const out = source.tips.filter((t) => inTranslation.has(t.id) && items[t.id] !== now.items[t.id]).flatMap((t) => [`${t.id}.heading`, `${t.id}.body`]);
  if (sheetHash(source, items) !== recorded.hash) out.unshift(...FIELDS, 'intro');
  return out;
}

function write(text: string, translation: TipsModel, source: TipsModel, texts: ReadonlyMap<string, string>): string {
  const { lines, fmEnd } = fileLines(text);
  if (fmEnd < 0) return text;
  const edits: Edit[] = [];
  const heads = headingIndexes(translation);
  const at = new Map(heads.map((h, i) => [h.id, { index: h.index, next: heads[i + 1]?.index ?? lines.length }]));
  const intro = texts.get('intro');
  if (intro !== undefined) {
    const end = heads[0]?.index ?? lines.length;
    edits.push({ start: fmEnd + 1, end, lines: regionLines(lines.slice(fmEnd + 1, end), intro) });
  }
  source.tips.forEach((tip, i) => {
    const heading = texts.get(`${tip.id}.heading`);
    const body = texts.get(`${tip.id}.body`);
    const place = at.get(tip.id);
    if (place) {
      if (heading !== undefined) edits.push({ start: place.index, end: place.index + 1, lines: [`## ${heading} ${attributesOf(lines[place.index]!) ?? `{#${tip.id}}`}`.replace(/^## +\{/, '## {')] });
      if (body !== undefined) edits.push({ start: place.index + 1, end: place.next, lines: regionLines(lines.slice(place.index + 1, place.next), body) });
      return;
    }
    if (heading === undefined && body === undefined) return;
    // A tip the file lacks goes before the next tip of the Dutch order that it has, or last.
    const next = source.tips.slice(i + 1).find((t) => at.has(t.id));
    const section = [`## ${heading ?? ''} {#${tip.id}}`.replace(/^## +\{/, '## {'), '', ...(body ? body.split('\n') : [])];
    if (next) edits.push({ start: at.get(next.id)!.index, end: at.get(next.id)!.index, lines: [...section, ''] });
    else if (lines.at(-1) === '') edits.push({ start: lines.length - 1, end: lines.length - 1, lines: ['', ...section] });
    else edits.push({ start: lines.length, end: lines.length, lines: ['', ...section, ''] });
  });
  applyEdits(lines, edits);
  // Then the front matter, above every line edited so far.
  return FIELDS.reduce((out, field) => (texts.get(field) ? withFrontMatterField(out, field, texts.get(field)!) : out), lines.join('\n'));
}

/** The unit facts of tip sheets. */
export const tipsUnits: TranslationUnitFacts<TipsModel> = { list, stale, write };
