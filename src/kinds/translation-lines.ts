/**
 * Where a translation's texts stand in its Markdown file, line by line, for every kind that
 * reads units out of a file and writes new texts back with every other line kept: the file's
 * lines and front matter end, a region's Markdown, a heading's text and attributes, and the
 * edits that replace regions. Pure.
 */

/** A replacement of lines [start, end) by `lines`. */
export interface Edit {
  start: number;
  end: number;
  lines: string[];
}

/** A line that is one HTML comment (the Dutch text a skeleton shows the translator). */
export const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/**
 * The lines of a file and the index of its front matter's closing `---` (-1 without front matter).
 * @param text the file's text
 */
export function fileLines(text: string): { lines: string[]; fmEnd: number } {
  const lines = text.split('\n');
  const fmEnd = /^---\s*$/.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) : -1;
  return { lines, fmEnd };
}

/**
 * Markdown of a region of lines: HTML comments dropped, blank lines collapsed, trimmed.
 * @param lines the region's lines
 */
export function regionText(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Lines of a region with a new text: its comment lines (the Dutch text of a skeleton) kept above it.
 * @param old the region's lines now
 * @param text the new Markdown ('' for none)
 */
export function regionLines(old: readonly string[], text: string): string[] {
  const comments = old.filter((l) => COMMENT_LINE.test(l));
  return ['', ...comments, ...(comments.length && text ? [''] : []), ...(text ? text.split('\n') : []), ''];
}

/** The text of a `##` heading line without its `#`s and `{#id …}` attributes. */
export const headingText = (line: string): string => line.replace(/^#+[ \t]*/, '').replace(/[ \t]*\{[^{}]*\}[ \t]*$/, '').trim();

/** The `{#id …}` attributes at the end of a line, if any. */
export const attributesOf = (line: string): string | undefined => /\{[^{}]*\}[ \t]*$/.exec(line)?.[0].trim();

/**
 * Apply edits to lines in place: bottom up, so earlier line numbers stay valid; at one line,
 * the insertion after the replacement.
 * @param lines the file's lines (changed)
 * @param edits the replacements
 */
export function applyEdits(lines: string[], edits: Edit[]): string[] {
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  for (const e of edits) lines.splice(e.start, e.end - e.start, ...e.lines);
  return lines;
}
