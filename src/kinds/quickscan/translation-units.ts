/**
 * A quickscan's translatable units for the exchange formats (XLIFF, PO): the front matter's
 * texts (`title`, `subtitle`, `summary`, `instruction`, `scale.<n>`, `notApplicable`), the
 * introduction, each part's `<part>.title` and `<part>.intro`, and each statement's
 * `<statement>.text` and `<statement>.tip`. Texts are the file's own Markdown; new texts
 * go back into a file line by line, every other line kept. Pure.
 */
import { withFrontMatterField } from '../../source/front-matter-field.js';
import type { TranslationUnit, TranslationUnitFacts } from '../translation-units.js';
import type { QuickscanModel } from './model.js';
import { quickscanHashes, wholeHash } from './translation-hash.js';
import { applyEdits, regionLines, regionText, type Edit } from '../translation-lines.js';
import { bodyStart, headingLine, itemLines, replaceScaleLabel, sectionIntroEnd } from './translation-lines.js';

/** One-line front matter fields that are translated, in order. */
const FIELDS = ['title', 'subtitle', 'summary', 'instruction'] as const;

/** The units outside the parts: front matter texts, scale labels and the introduction. */
const outside = (model: QuickscanModel) => [...FIELDS, ...model.meta.scale.map((_, k) => `scale.${k + 1}`), 'notApplicable', 'intro'];

function list(model: QuickscanModel, text: string): TranslationUnit[] {
  const lines = text.split('\n');
  const m = model.meta;
  const units: TranslationUnit[] = [];
  for (const field of FIELDS) {
    const value = m[field];
    if (field === 'title' || field === 'instruction' || value) units.push({ id: field, text: (value ?? '').replace(/\s+/g, ' ').trim(), note: `${field} of the quickscan (front matter)` });
  }
  m.scale.forEach((p, k) => units.push({ id: `scale.${k + 1}`, text: p.label, note: `answer ${k + 1} of ${m.scale.length} (value ${p.value}): heading of an answer column, keep it short` }));
  if (m.notApplicable) units.push({ id: 'notApplicable', text: m.notApplicable, note: 'heading of the "not applicable" answer column, keep it short' });
  const first = model.sections[0];
  units.push({ id: 'intro', text: regionText(lines.slice(bodyStart(lines), first ? first.line - 1 : lines.length)), note: 'introduction above the first part' });
  model.sections.forEach((s, i) => {
    const part = `part ${i + 1} of ${model.sections.length} (id ${s.id})`;
    units.push({ id: `${s.id}.title`, text: headingLine(lines[s.line - 1] ?? '').text, note: `${part}: title` });
    units.push({ id: `${s.id}.intro`, text: regionText(lines.slice(s.line, sectionIntroEnd(model, i, lines))), note: `${part}: text under the title, above the statements` });
    s.items.forEach((it, j) => {
      const at = itemLines(lines, it.line - 1);
      const n = `statement ${i + 1}.${j + 1} (id ${it.id})`;
      units.push({ id: `${it.id}.text`, text: at.text, note: `${n}: one line beside its row of answer boxes` });
      units.push({ id: `${it.id}.tip`, text: at.tip?.text ?? '', note: `${n}: tip in smaller type under the statement` });
    });
  });
  return units;
}

function stale(source: QuickscanModel, translation: QuickscanModel): string[] {
  const recorded = translation.meta.source;
  if (!recorded) return [];
  const now = quickscanHashes(source);
  const items = recorded.items ?? {};
  const has = new Set(translation.sections.flatMap((s) => [s.id, ...s.items.map((it) => it.id)]));
  const out = source.sections.flatMap((s) => [
    ...(has.has(s.id) && items[s.id] !== now.items[s.id] ? [`${s.id}.title`, `${s.id}.intro`] : []),
    ...s.items.filter((it) => has.has(it.id) && items[it.id] !== now.items[it.id]).flatMap((it) => [`${it.id}.text`, `${it.id}.tip`]),
  ]);
  if (wholeHash(source, items) !== recorded.hash) out.unshift(...outside(source));
  return out;
}

/**
 * Insertions for the statements of the Dutch source that a translation's part lacks (deleted
 * by hand) and that the import gives a text for: each goes back after the statement before
 * it in the Dutch order, with its id and tip, in the style of the part's other statements.
 */
function missingStatements(lines: readonly string[], translation: QuickscanModel, source: QuickscanModel, texts: ReadonlyMap<string, string>): Edit[] {
  const edits: Edit[] = [];
  translation.sections.forEach((s, i) => {
    const dutch = source.sections.find((d) => d.id === s.id);
    if (!dutch) return;
    const present = new Map(s.items.map((it) => [it.id, itemLines(lines, it.line - 1)]));
    const style = [...present.values()][0];
    const bullet = style?.bullet ?? '- ';
    const tipBullet = style?.tip?.bullet ?? `${' '.repeat(bullet.length)}- `;
    // Where the next missing statement goes: before the part's first statement, then after each present one.
    let at = s.items[0] ? s.items[0].line - 1 : sectionIntroEnd(translation, i, lines);
    let pending: string[] = [];
    const flush = () => {
      if (pending.length) edits.push({ start: at, end: at, lines: pending });
      pending = [];
    };
    for (const it of dutch.items) {
      const here = present.get(it.id);
      if (here) {
        flush();
        at = here.tip?.end ?? here.end;
        continue;
      }
      const body = texts.get(`${it.id}.text`)?.replace(/\s+/g, ' ').trim();
      if (!body) continue;
      pending.push(`${bullet}${body} {#${it.id}}`);
      const tip = texts.get(`${it.id}.tip`)?.replace(/\s+/g, ' ').trim();
      if (tip) pending.push(`${tipBullet}${style?.tip?.prefix ?? ''}${tip}`);
    }
    flush();
  });
  return edits;
}

function write(text: string, translation: QuickscanModel, source: QuickscanModel, given: ReadonlyMap<string, string>): string {
  // Only texts that differ from the file's are written: every other line stays byte for byte.
  const current = new Map(list(translation, text).map((u) => [u.id, u.text]));
  const texts = new Map([...given].filter(([id, t]) => current.get(id) !== t));
  const lines = text.split('\n');
  if (bodyStart(lines) === 0) return text;
  const edits: Edit[] = [];
  const intro = texts.get('intro');
  const first = translation.sections[0];
  if (intro !== undefined) {
    const start = bodyStart(lines);
    const end = first ? first.line - 1 : lines.length;
    edits.push({ start, end, lines: regionLines(lines.slice(start, end), intro) });
  }
  translation.sections.forEach((s, i) => {
    const title = texts.get(`${s.id}.title`);
    const head = headingLine(lines[s.line - 1] ?? '');
    if (title !== undefined) edits.push({ start: s.line - 1, end: s.line, lines: [`## ${title} ${head.attributes ?? `{#${s.id}}`}`.replace(/^## +\{/, '## {')] });
    const sIntro = texts.get(`${s.id}.intro`);
    if (sIntro !== undefined) {
      const end = sectionIntroEnd(translation, i, lines);
      edits.push({ start: s.line, end, lines: regionLines(lines.slice(s.line, end), sIntro) });
    }
    for (const it of s.items) {
      const at = itemLines(lines, it.line - 1);
      const body = texts.get(`${it.id}.text`);
      const tip = texts.get(`${it.id}.tip`);
      if (body !== undefined) edits.push({ start: it.line - 1, end: at.end, lines: [`${at.bullet}${body.replace(/\s+/g, ' ').trim()}${at.attributes ? ` ${at.attributes}` : ''}`.replace(/^(\s*[-*+]) +\{/, '$1 {')] });
      if (tip === '' && at.tip) edits.push({ start: at.end, end: at.tip.end, lines: [] });
      else if (tip) {
        const line = `${at.tip?.bullet ?? `${' '.repeat(at.bullet.length)}- `}${at.tip?.prefix ?? ''}${tip.replace(/\s+/g, ' ').trim()}`;
        edits.push(at.tip ? { start: at.end, end: at.tip.end, lines: [line] } : { start: at.end, end: at.end, lines: [line] });
      }
    }
  });
  edits.push(...missingStatements(lines, translation, source, texts));
  applyEdits(lines, edits);
  let out = lines.join('\n');
  out = FIELDS.reduce((acc, field) => (texts.get(field) ? withFrontMatterField(acc, field, texts.get(field)!) : acc), out);
  if (texts.get('notApplicable')) out = withFrontMatterField(out, 'notApplicable', texts.get('notApplicable')!);
  translation.meta.scale.forEach((_, k) => {
    const label = texts.get(`scale.${k + 1}`);
    if (label) out = replaceScaleLabel(out, k, label);
  });
  return out;
}

/** The unit facts of quickscans. */
export const quickscanUnits: TranslationUnitFacts<QuickscanModel> = { list, stale, write };
