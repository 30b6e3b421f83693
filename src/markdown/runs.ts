/**
 * Styled text runs from Markdown's phrasing content (emphasis, strong, struck-through text,
 * code, links, line breaks), with a warning for what does not print as written.
 */
import type { Nodes, PhrasingContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { isComment } from './comments.js';

/** A piece of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Struck through (`~~text~~`). */
  strike?: boolean;
}
export type RichText = Run[];

/** Span of an mdast node in the file. */
export function spanOf(node: Nodes | undefined): Span | undefined {
  const p = node?.position;
  if (!p) return undefined;
  return { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } };
}

/** The plain text of rich text. */
export function plain(runs: RichText): string {
  return runs.map((r) => r.text).join('');
}

/** A link's address as a reader types it: an e-mail address without `mailto:` and its `?subject=…`. */
const printedAddress = (url: string): string => (/^mailto:/i.test(url) ? url.slice(7).split('?')[0]! : url);

/** A footnote marker left as text: its note `[^1]: …` is missing from the file. */
const UNDEFINED_FOOTNOTE = /\[\^[^\]\s]+\]/;

/** A warning at a footnote marker in a text that has no note (it prints as written). */
function warnUndefinedFootnote(node: Text, diagnostics: Diagnostic[]): void {
  const found = UNDEFINED_FOOTNOTE.exec(node.value);
  const start = node.position?.start;
  if (!found || !start) return;
  const before = node.value.slice(0, found.index).split('\n');
  const line = start.line + before.length - 1;
  const column = (before.length > 1 ? 1 : start.column) + before.at(-1)!.length;
  const span = { start: { line, column }, end: { line, column: column + found[0].length } };
  diagnostics.push(diag('FootnoteNotPrinted', { reason: 'noNote', marker: found[0] }, { span }));
}

/** Append a run, joined to the last one when their styles are the same. */
export function pushRun(out: Run[], run: Run): void {
  const prev = out.at(-1);
  if (prev && !!prev.bold === !!run.bold && !!prev.italic === !!run.italic && !!prev.strike === !!run.strike) prev.text += run.text;
  else out.push(run);
}

/**
 * Styled runs from phrasing content; HTML is kept as its literal text, and an image is
 * replaced by its description (alt text), each with a warning.
 */
export function toRuns(nodes: readonly PhrasingContent[], diagnostics: Diagnostic[], style: Omit<Run, 'text'> = {}): RichText {
  const out: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        warnUndefinedFootnote(node, diagnostics);
        // A tab (pasted from a word processor) has no glyph: the layout would join the words.
        pushRun(out, { ...style, text: node.value.replace(/\s*\n\s*/g, ' ').replace(/[\t\v\f\u3000]/g, ' ') });
        break;
      case 'strong':
        for (const r of toRuns(node.children, diagnostics, { ...style, bold: true })) pushRun(out, r);
        break;
      case 'emphasis':
        for (const r of toRuns(node.children, diagnostics, { ...style, italic: true })) pushRun(out, r);
        break;
      case 'delete':
        for (const r of toRuns(node.children, diagnostics, { ...style, strike: true })) pushRun(out, r);
        break;
      case 'footnoteReference':
        diagnostics.push(diag('FootnoteNotPrinted', { reason: 'inNote', marker: `[^${node.label ?? node.identifier}]` }, { span: spanOf(node) }));
        break;
      case 'inlineCode':
        pushRun(out, { ...style, text: node.value });
        break;
      case 'break':
        // A hard line break (two spaces or `\` at the end of a line) starts a new line, as written (an address, a poem).
        pushRun(out, { ...style, text: '\n' });
        break;
      case 'link':
        for (const r of toRuns(node.children, diagnostics, style)) pushRun(out, r);
        if (![node.url, printedAddress(node.url)].includes(toString(node))) pushRun(out, { ...style, text: ` (${printedAddress(node.url)})` });
        break;
      case 'image':
        diagnostics.push(diag('ImageNotPrinted', { url: node.url, alt: node.alt ?? '' }, { span: spanOf(node) }));
        if (node.alt) pushRun(out, { ...style, text: node.alt });
        break;
      case 'html': {
        if (isComment(node)) break; // a comment is never printed, in every kind
        const d = diag('RawHtml', {}, { span: spanOf(node) });
        diagnostics.push(d);
        pushRun(out, { ...style, text: node.value });
        break;
      }
      default:
        pushRun(out, { ...style, text: toString(node) });
    }
  }
  return out;
}
