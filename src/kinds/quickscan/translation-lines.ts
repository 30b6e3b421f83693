/**
 * Where a quickscan's texts stand in its file, line by line, for reading units out of the
 * Markdown and writing them back with every other line kept: the body's first line, a
 * heading's text and attributes, a statement's lines and its tip's, a part's introduction,
 * and the label of a scale point in the front matter. Pure.
 */
import { COMMENT_LINE } from '../translation-lines.js';
import type { QuickscanModel } from './model.js';

const BULLET = /^(\s*[-*+]\s+)/;
const ATTRIBUTES = /[ \t]*(\{[^{}]*\})[ \t]*$/;
const TIP_PREFIX = /^(tip\s*[:\-–]\s*)/i;

/** Index of the first body line (after the closing `---`); 0 when the file has no front matter. */
export function bodyStart(lines: readonly string[]): number {
  if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
  return lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) + 1;
}

/** The text of a `##` heading line without its `#`s, and its `{#id …}` attributes. */
export function headingLine(line: string): { text: string; attributes?: string } {
  const attributes = ATTRIBUTES.exec(line)?.[1];
  return { text: line.replace(/^#+[ \t]*/, '').replace(ATTRIBUTES, '').trim(), ...(attributes ? { attributes } : {}) };
}

/** A list line's bullet, text (continuation lines joined) and attributes, from `start` up to `end`. */
function listLines(lines: readonly string[], start: number, nested: boolean) {
  const first = lines[start] ?? '';
  const bullet = BULLET.exec(first)?.[1] ?? '- ';
  const indent = bullet.length;
  let end = start + 1;
  // Continuation lines: indented at least as far as the text, not a list line of their own.
  while (end < lines.length && lines[end]!.trim() && /^\s/.test(lines[end]!) && !BULLET.test(lines[end]!) && (nested || lines[end]!.search(/\S/) >= indent)) end++;
  const joined = [first.slice(bullet.length), ...lines.slice(start + 1, end).map((l) => l.trim())].join(' ');
  const attributes = ATTRIBUTES.exec(joined)?.[1];
  return { bullet, end, joined: joined.replace(ATTRIBUTES, '').trim(), ...(attributes ? { attributes } : {}) };
}

/**
 * A statement's lines: its bullet, text and attributes, the line after it (`end`), and its
 * tip (a nested list line right under it), if any.
 * @param lines the file's lines
 * @param start the statement's line index (0-based)
 */
export function itemLines(lines: readonly string[], start: number) {
  const item = listLines(lines, start, false);
  const next = lines[item.end] ?? '';
  const nestedTip = /^\s+/.test(next) && BULLET.test(next);
  const tip = nestedTip ? listLines(lines, item.end, true) : undefined;
  const prefix = tip ? TIP_PREFIX.exec(tip.joined)?.[1] : undefined;
  return {
    bullet: item.bullet,
    text: item.joined,
    end: item.end,
    ...(item.attributes ? { attributes: item.attributes } : {}),
    ...(tip ? { tip: { bullet: tip.bullet, prefix: prefix ?? '', text: tip.joined.slice(prefix?.length ?? 0), end: tip.end } } : {}),
  };
}

/** Index of the line that ends a part's introduction: its first statement or the next part, less the comments and blank lines just above. */
export function sectionIntroEnd(model: QuickscanModel, index: number, lines: readonly string[]): number {
  const s = model.sections[index]!;
  let end = s.items[0] ? s.items[0].line - 1 : (model.sections[index + 1]?.line ?? lines.length + 1) - 1;
  // A skeleton's comments (the Dutch text of the title and first statement) are not the introduction.
  while (end > s.line && (COMMENT_LINE.test(lines[end - 1]!) || !lines[end - 1]!.trim())) end--;
  return end;
}

/**
 * The file text with the label of scale point `k` (0-based) in the front matter replaced.
 * @param text the whole file
 * @param k the point's position in `scale:`
 * @param label the new label (written as a double-quoted YAML string)
 */
export function replaceScaleLabel(text: string, k: number, label: string): string {
  const lines = text.split('\n');
  const fmEnd = bodyStart(lines) - 1;
  const start = lines.findIndex((l, i) => i > 0 && i < fmEnd && /^scale\s*:/.test(l));
  if (start < 0) return text;
  let entry = -1;
  for (let i = start + 1; i < fmEnd && /^[ \t]/.test(lines[i]!); i++) {
    if (/^\s*-\s/.test(lines[i]!)) entry++;
    if (entry === k && /label\s*:/.test(lines[i]!)) {
      lines[i] = lines[i]!.replace(/label\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,}]*[^,}\s])/, `label: ${JSON.stringify(label)}`);
      return lines.join('\n');
    }
  }
  return text;
}
