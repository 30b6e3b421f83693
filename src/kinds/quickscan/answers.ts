/**
 * Read the answers of several respondents from CSV bytes: one row per respondent, one
 * column per item id, an optional respondent column. Values are scale labels or values;
 * the n.v.t. label and empty cells are kept apart and never count. Pure: bytes in,
 * answers or diagnostics (with file, line and column) out.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { suggest } from '../../schema/validate.js';
import { plain } from '../../markdown/blocks.js';
import { allItems, type QuickscanModel } from './model.js';
import { firstInvalidUtf8 } from '../../source/read-source.js';
import { answerKey } from './answer-key.js';

/** One answer: a scale value, "not applicable", or no answer. */
export type Answer = { kind: 'value'; value: number } | { kind: 'na' } | { kind: 'missing' };

export interface Respondent {
  /** Name from the respondent column, or the row number. */
  name: string;
  /** Line of the row in the file. */
  line: number;
  answers: Map<string, Answer>;
}

export interface AnswerSheet {
  file: string;
  /** Columns left out on purpose (a form's time stamp, e-mail address): CsvColumnIgnored warnings. */
  warnings?: Diagnostic[];
  /** Item ids that had a column. */
  items: string[];
  respondents: Respondent[];
  /** The decoded text, for code frames in diagnostics. */
  text: string;
}

/** Header names accepted for the respondent column (case-insensitive). */
export const respondentColumns = ['respondent', 'naam', 'name'];
/**
 * Columns that online forms (Google Forms, Microsoft Forms) add to an export of their
 * answers, in the languages of the schools: never answers, left out with a warning.
 */
const formColumns = new Set([
  'tijdstempel', 'timestamp', 'horodateur', 'zaman damgası', 'marca temporal', 'sygnatura czasowa',
  'id', 'begintijd', 'starttijd', 'start time', 'tijd van voltooien', 'voltooiingstijd', 'completion time', 'heure de début', 'heure de fin',
  'e-mail', 'e-mailadres', 'email', 'email address', 'adresse e-mail', 'adresse de messagerie', 'e-posta adresi',
  'laatst gewijzigd', 'laatste wijzigingstijd', 'last modified time', 'score', 'punten', 'points', 'totale score', 'total score',
]);

/** A statement or column heading compared as text: case, spacing, numbering and end punctuation aside. */
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^\s*\d+(\.\d+)*[.)]?\s+/u, '')
    .replace(/[\s.:?!؟…]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * The item a column heading names: its id, or the text of its statement in any language
 * version, as an online form exports it (`1.1 Ik begrijp …`, a grid's `Titel [Ik begrijp …]`,
 * or `Titel.Ik begrijp …`).
 */
function itemMatcher(models: readonly QuickscanModel[]): (heading: string) => string | undefined {
  const ids = new Set(models.flatMap((m) => allItems(m).map((i) => i.id)));
  const byText = new Map<string, string>();
  for (const m of models) for (const item of allItems(m)) byText.set(normalise(plain(item.runs)), item.id);
  const texts = [...byText].filter(([t]) => t.length >= 12);
  return (heading) => {
    if (ids.has(heading)) return heading;
    const text = normalise(heading);
    const bracket = /\[([^\]]+)\]$/u.exec(text);
    const found = byText.get(text) ?? (bracket ? byText.get(normalise(bracket[1]!)) : undefined);
    if (found) return found;
    // A statement at the end of the heading, after a question's title.
    const ends = texts.filter(([t]) => text.endsWith(t) && !/[\p{L}\p{N}]/u.test(text.charAt(text.length - t.length - 1)));
    return ends.length === 1 ? ends[0]![1] : undefined;
  };
}
const naWords = ['n.v.t.', 'nvt', 'n.v.t', 'n/a', 'na'];
const MAX_ERRORS = 25;

/** Spreadsheet letter of a 0-based column index (A, B, ..., Z, AA, ...). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function decode(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { diagnostics: [diag('CsvEncoding', { reason: 'utf16' }, { file, span: { start: { line: 1, column: 1 } } })] };
  }
  if (bytes.includes(0)) return { diagnostics: [diag('CsvEncoding', { reason: 'nulBytes' }, { file, span: { start: { line: 1, column: 1 } } })] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n'), diagnostics: [] };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n');
    const pos = { line: prefix.length, column: (prefix.at(-1)?.length ?? 0) + 1 };
    return {
      diagnostics: [diag('CsvEncoding', { reason: 'badByte', byte: bytes[at]!.toString(16).padStart(2, '0'), line: pos.line, column: pos.column }, { file, span: { start: pos } })],
    };
  }
}

/** Count a character in a line, outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** Character columns (1-based) where each field of a raw line starts. */
function fieldStarts(line: string, delimiter: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) starts.push(i + 2);
  }
  return starts;
}

/**
 * Parse and check an answers file against a quickscan.
 * @param bytes the raw file
 * @param file path to print in diagnostics
 * @param model the quickscan the answers belong to
 * @param versions its other language versions: their scale labels (by position) and n.v.t. label count too
 */
export function parseAnswers(bytes: Uint8Array, file: string, model: QuickscanModel, versions: readonly QuickscanModel[] = []): { sheet?: AnswerSheet; diagnostics: Diagnostic[] } {
  const decoded = decode(bytes, file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { diagnostics: [diag('CsvEmpty', {}, { file })] };
  const headerLine = lines[headerIndex]!;
  const itemIds = allItems(model).map((i) => i.id);
  const doc = `the quickscan \`${model.slug}\``;

  // The first line decides the separator: comma or semicolon (what spreadsheets write).
  const counts = { ',': countOutsideQuotes(headerLine, ','), ';': countOutsideQuotes(headerLine, ';') };
  let delimiter: ',' | ';' = counts[';'] > counts[','] ? ';' : ',';
  if (counts[','] === 0 && counts[';'] === 0) {
    const only = headerLine.trim().replace(/^"|"$/g, '');
    const known = itemIds.includes(only) || respondentColumns.includes(only.toLowerCase());
    if (!known) {
      const other = ['\t', '|', ' '].find((c) => headerLine.includes(c));
      const name = other === '\t' ? 'tabs' : other === '|' ? '`|`' : other === ' ' ? 'spaces' : undefined;
      return {
        diagnostics: [
          diag(
            'CsvDelimiter',
            { reason: 'headerWithoutSeparator', row: headerIndex + 1, separator: name },
            { file, span: { start: { line: headerIndex + 1, column: 1 } } },
          ),
        ],
      };
    }
    delimiter = ',';
  }

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { diagnostics: [diag('CsvInvalid', { reason: 'unparsable', cause: err.message.replace(/^Invalid [^:]*:\s*/, '') }, { file, span: { start: { line: err.lines ?? 1, column: 1 } } })] };
  }
  const diagnostics: Diagnostic[] = [];
  const push = (d: Diagnostic) => {
    if (diagnostics.length < MAX_ERRORS) diagnostics.push(d);
  };
  const [head, ...rows] = records;
  const headerStarts = fieldStarts(headerLine, delimiter);
  const header = head!.record;
  let respondentCol = -1;
  const columns: (string | undefined)[] = [];
  const seenCols = new Map<string, number>();
  const itemOf = itemMatcher([model, ...versions]);
  const warnings: Diagnostic[] = [];
  header.forEach((raw, c) => {
    const name = raw.trim();
    const at = { file, span: { start: { line: headerIndex + 1, column: headerStarts[c] ?? 1 } } };
    const letter = columnLetter(c);
    if (respondentColumns.includes(name.toLowerCase()) && respondentCol < 0) {
      respondentCol = c;
      columns.push(undefined);
      return;
    }
    if (!name) {
      push(diag('CsvInvalid', { reason: 'headerEmpty', row: headerIndex + 1, column: letter }, at));
      columns.push(undefined);
      return;
    }
    const id = itemOf(name);
    if (!id && formColumns.has(name.toLowerCase())) {
      warnings.push(diag('CsvColumnIgnored', { column: letter, name }, at));
      columns.push(undefined);
      return;
    }
    if (!id) {
      push(diag('CsvUnknownItem', { column: letter, id: name, doc, suggestion: suggest(name, itemIds), known: itemIds.length > 8 ? `${itemIds.slice(0, 8).join(', ')}, ...` : itemIds.join(', ') }, at));
      columns.push(undefined);
      return;
    }
    if (seenCols.has(id)) {
      push(diag('CsvInvalid', { reason: 'headerDuplicate', row: headerIndex + 1, column: letter, id, other: columnLetter(seenCols.get(id)!) }, at));
      columns.push(undefined);
      return;
    }
    seenCols.set(id, c);
    columns.push(id);
  });
  if (!rows.length) diagnostics.push(diag('CsvEmpty', { header: true }, { file, span: { start: { line: headerIndex + 1, column: 1 } } }));

  const scale = model.meta.scale;
  const byLabel = new Map(scale.map((p) => [answerKey(p.label), p.value]));
  // A translation's labels stand for the Dutch values at the same place (a different scale is never built).
  for (const v of versions) v.meta.scale.forEach((p, k) => scale[k] && !byLabel.has(answerKey(p.label)) && byLabel.set(answerKey(p.label), scale[k]!.value));
  const byValue = new Set(scale.map((p) => p.value));
  const na = new Set([...naWords, ...[model, ...versions].flatMap((v) => (v.meta.notApplicable ? [v.meta.notApplicable] : []))].map(answerKey));
  const allowed = [...scale.map((p) => `\`${p.label}\` or ${p.value}`), ...(model.meta.notApplicable ? [`\`${model.meta.notApplicable}\``] : [])].join(', ');

  const respondents: Respondent[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const rawLine = lines[line - 1] ?? '';
    const starts = fieldStarts(rawLine, delimiter);
    if (record.length !== header.length) {
      const other = delimiter === ',' ? ';' : ',';
      const mixed = record.length === 1 && rawLine.includes(other);
      const rowAt = { file, span: { start: { line, column: 1 } } };
      push(
        mixed
          ? diag('CsvDelimiter', { reason: 'rowSeparator', row: line, rowSeparator: other, headerSeparator: delimiter }, rowAt)
          : diag('CsvInvalid', { reason: 'rowLength', row: line, values: record.length, columns: header.length }, rowAt),
      );
      continue;
    }
    const answers = new Map<string, Answer>();
    columns.forEach((id, c) => {
      if (!id) return;
      const value = (record[c] ?? '').trim();
      // Matched by what it says: `٣` is 3, `قليلا` is the label `قليلًا` (answer-key.ts).
      const key = answerKey(value);
      if (!value) answers.set(id, { kind: 'missing' });
      else if (na.has(key)) answers.set(id, { kind: 'na' });
      else if (byLabel.has(key)) answers.set(id, { kind: 'value', value: byLabel.get(key)! });
      else if (/^-?\d+([.,]\d+)?$/.test(key) && byValue.has(Number(key.replace(',', '.')))) answers.set(id, { kind: 'value', value: Number(key.replace(',', '.')) });
      else push(diag('CsvValueInvalid', { row: line, column: columnLetter(c), id, value, allowed }, { file, span: { start: { line, column: starts[c] ?? 1 } } }));
    });
    const name = respondentCol >= 0 ? (record[respondentCol] ?? '').trim() : '';
    respondents.push({ name: name || `rij ${line}`, line, answers });
  }
  if (diagnostics.length) return { diagnostics };
  return { sheet: { file, ...(warnings.length ? { warnings } : {}), items: columns.filter((c): c is string => !!c), respondents, text }, diagnostics: [] };
}

/**
 * The answers of several files as one sheet: every respondent, every item that had a column.
 * @param sheets the files' sheets, in the order given
 */
export function combineSheets(sheets: readonly AnswerSheet[]): AnswerSheet {
  if (sheets.length === 1) return sheets[0]!;
  return {
    file: sheets.map((s) => s.file).join(', '),
    warnings: sheets.flatMap((s) => s.warnings ?? []),
    items: [...new Set(sheets.flatMap((s) => s.items))],
    respondents: sheets.flatMap((s) => s.respondents),
    text: '',
  };
}
