/**
 * A card deck's translatable units for the exchange formats: `title`, `subtitle`, `summary`,
 * `instruction` (front matter), `label.<category>` (the category labels), `guide` (the text
 * before the first card) and each card's `<card>.title`, `<card>.front` and `<card>.back`.
 * Texts are the file's own Markdown; new texts go back line by line, every other line kept. Pure.
 */
import { withFrontMatterField } from '../../source/front-matter-field.js';
import { sheetHash, sourceHashes } from '../sheet-hash.js';
import { applyEdits, attributesOf, fileLines, headingText, regionLines, regionText, type Edit } from '../translation-lines.js';
import type { TranslationUnit, TranslationUnitFacts } from '../translation-units.js';
import type { CardsModel } from './model.js';
import { asSheet } from './deck-hash.js';

/** Front matter fields that are translated, in order. */
const FIELDS = ['title', 'subtitle', 'summary', 'instruction'] as const;
const BREAK_LINE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

/** Where each card stands in the file: heading, the break between its faces (if any), the next card. */
interface Place {
  id: string;
  heading: number;
  split?: number;
  end: number;
}

function places(model: CardsModel, lines: readonly string[]): Place[] {
  const heads = model.cards.map((c) => ({ id: c.id, heading: c.line - 1 })).sort((a, b) => a.heading - b.heading);
  return heads.map((h, i) => {
    const end = heads[i + 1]?.heading ?? lines.length;
    const at = lines.findIndex((l, j) => j > h.heading && j < end && BREAK_LINE.test(l) && (lines[j - 1] ?? '').trim() === '');
    return { ...h, end, ...(at >= 0 ? { split: at } : {}) };
  });
}

/** The line of a category's label in the front matter, and the label's value span in it. */
function labelAt(lines: readonly string[], fmEnd: number, id: string): { index: number; start: number; end: number } | undefined {
  const cats = lines.findIndex((l, i) => i > 0 && i < fmEnd && /^categories\s*:/.test(l));
  if (cats < 0) return undefined;
  for (let i = cats + 1; i < fmEnd && /^[ \t]/.test(lines[i]!); i++) {
    if (!new RegExp(`^\\s+${id}\\s*:`).test(lines[i]!)) continue;
    for (let j = i; j < fmEnd && (j === i || /^\s{4,}/.test(lines[j]!)); j++) {
      const m = /label\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,}\n#]*[^,}\n# ])/.exec(lines[j]!);
      if (m) return { index: j, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length };
    }
  }
  return undefined;
}

function list(model: CardsModel, text: string): TranslationUnit[] {
  const { lines, fmEnd } = fileLines(text);
  const units: TranslationUnit[] = [];
  for (const field of FIELDS) {
    const value = model.meta[field];
    if (field === 'title' || value) units.push({ id: field, text: value ?? '', note: `${field} of the card deck (front matter)` });
  }
  for (const c of model.categories) units.push({ id: `label.${c.id}`, text: c.label, note: `category label \`${c.id}\`, printed in capitals on the coloured band of each card` });
  const ps = places(model, lines);
  units.push({ id: 'guide', text: regionText(lines.slice(fmEnd + 1, ps[0]?.heading ?? lines.length)), note: 'guide text before the cards (guide page, guide card)' });
  ps.forEach((p, i) => {
    const n = `card ${i + 1} of ${ps.length} (id ${p.id})`;
    units.push({ id: `${p.id}.title`, text: headingText(lines[p.heading] ?? ''), note: `${n}: title, in bold on both faces` });
    units.push({ id: `${p.id}.front`, text: regionText(lines.slice(p.heading + 1, p.split ?? p.end)), note: `${n}: front, the question (printed large)` });
    units.push({ id: `${p.id}.back`, text: p.split === undefined ? '' : regionText(lines.slice(p.split + 1, p.end)), note: `${n}: back, follow-up questions and tips` });
  });
  return units;
}

function stale(source: CardsModel, translation: CardsModel): string[] {
  const recorded = translation.meta.source;
  if (!recorded) return [];
  const sheet = asSheet(source);
  const now = sourceHashes(sheet);
  const items = recorded.items ?? {};
  const inTranslation = new Set(translation.cards.map((c) => c.id));
  const out = source.cards.filter((c) => inTranslation.has(c.id) && items[c.id] !== now.items[c.id]).flatMap((c) => [`${c.id}.title`, `${c.id}.front`, `${c.id}.back`]);
  if (sheetHash(sheet, items) !== recorded.hash) out.unshift(...FIELDS, ...source.categories.map((c) => `label.${c.id}`), 'guide');
  return out;
}

function write(text: string, translation: CardsModel, source: CardsModel, texts: ReadonlyMap<string, string>): string {
  const { lines, fmEnd } = fileLines(text);
  if (fmEnd < 0) return text;
  const edits: Edit[] = [];
  const ps = places(translation, lines);
  const at = new Map(ps.map((p) => [p.id, p]));
  const guide = texts.get('guide');
  if (guide !== undefined) {
    const end = ps[0]?.heading ?? lines.length;
    edits.push({ start: fmEnd + 1, end, lines: regionLines(lines.slice(fmEnd + 1, end), guide) });
  }
  source.cards.forEach((card, i) => {
    const title = texts.get(`${card.id}.title`);
    const front = texts.get(`${card.id}.front`);
    const back = texts.get(`${card.id}.back`);
    const p = at.get(card.id);
    if (p) {
      if (title !== undefined) edits.push({ start: p.heading, end: p.heading + 1, lines: [`## ${title} ${attributesOf(lines[p.heading]!) ?? `{#${card.id}}`}`.replace(/^## +\{/, '## {')] });
      const mid = p.split ?? p.end;
      if (front !== undefined) edits.push({ start: p.heading + 1, end: mid, lines: regionLines(lines.slice(p.heading + 1, mid), front) });
      if (back !== undefined && p.split !== undefined) edits.push({ start: p.split + 1, end: p.end, lines: regionLines(lines.slice(p.split + 1, p.end), back) });
      else if (back) edits.push({ start: p.end, end: p.end, lines: ['---', '', ...back.split('\n'), ''] });
      return;
    }
    if (title === undefined && front === undefined && back === undefined) return;
    // A card the file lacks goes before the next card of the Dutch order that it has, or last.
    const section = [`## ${title ?? ''} {#${card.id}}`.replace(/^## +\{/, '## {'), '', ...(front ? front.split('\n') : []), '', '---', '', ...(back ? back.split('\n') : [])];
    const next = source.cards.slice(i + 1).find((c) => at.has(c.id));
    if (next) edits.push({ start: at.get(next.id)!.heading, end: at.get(next.id)!.heading, lines: [...section, ''] });
    else if (lines.at(-1) === '') edits.push({ start: lines.length - 1, end: lines.length - 1, lines: ['', ...section] });
    else edits.push({ start: lines.length, end: lines.length, lines: ['', ...section, ''] });
  });
  applyEdits(lines, edits);
  // Then the front matter: category labels in place, then the translated fields.
  for (const c of source.categories) {
    const label = texts.get(`label.${c.id}`);
    const spot = label ? labelAt(lines, fmEnd, c.id) : undefined;
    if (label && spot) lines[spot.index] = lines[spot.index]!.slice(0, spot.start) + JSON.stringify(label) + lines[spot.index]!.slice(spot.end);
  }
  return FIELDS.reduce((out, field) => (texts.get(field) ? withFrontMatterField(out, field, texts.get(field)!) : out), lines.join('\n'));
}

/** The unit facts of card decks. */
export const cardsUnits: TranslationUnitFacts<CardsModel> = { list, stale, write };
