/**
 * Turn mdast content into the small, typed subset that layouts print:
 * paragraphs and lists of styled text runs. Anything else becomes a diagnostic
 * or plain text; raw HTML is never interpreted.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { suggest } from '../schema/validate.js';
import { splitAttributes, type Attributes } from './attributes.js';
import { isComment } from './comments.js';
import { plain, pushRun, spanOf, toRuns, type RichText } from './runs.js';

export { plain, spanOf, toRuns, type Run, type RichText } from './runs.js';

/** One line of a list, nested lists flattened in reading order. */
export interface ListLine {
  runs: RichText;
  /** Nesting level: 0 for the outer list, 1 for a list inside one of its items, … */
  depth: number;
  /** What is printed before the text: `1.` in an ordered list, a bullet otherwise. */
  marker: string;
  /** Line and column of the item in the file. */
  line: number;
  column: number;
}

export type Block = { type: 'paragraph'; runs: RichText } | { type: 'list'; ordered: boolean; items: ListLine[] };

/** Levels of list nesting that print (a list, a list in it, and one more); deeper is an error. */
export const MAX_LIST_DEPTH = 3;

/** Bullets by nesting level (all in the bundled fonts of every script). */
const BULLETS = ['•', '–', '·'];


/**
 * The text of a list item's blocks other than its nested lists, joined by spaces: its
 * paragraphs, and what else is written in it (a quote, a code block, a heading), which was left
 * out unseen. HTML comments stay out (translation skeletons carry the Dutch text in them).
 */
function itemPhrasing(blocks: readonly Nodes[], inQuote = false): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const add = (nodes: PhrasingContent[]) => {
    if (!nodes.length) return;
    if (out.length) out.push({ type: 'text', value: ' ' });
    out.push(...nodes);
  };
  for (const block of blocks) {
    // The item's own nested lists print as lines below it; a list inside its quote is part of its text.
    if (block.type === 'list' && inQuote) for (const item of block.children) add(itemPhrasing(item.children, true));
    if (block.type === 'list' || block.type === 'thematicBreak' || block.type === 'definition' || isComment(block)) continue;
    if (block.type === 'paragraph' || block.type === 'heading') add(block.children);
    else if (block.type === 'html') add([block]);
    else if (block.type === 'blockquote') add(itemPhrasing(block.children, true));
    else if (toString(block).trim()) add([{ type: 'text', value: toString(block), position: block.position }]);
  }
  return out;
}

/**
 * Attributes a kind reads besides `#id` (`icon=` on a tip, `category=` on a card). Any other
 * is an error where it is written: `{#lezen icoon=boek}` would otherwise print a tip without
 * its pictogram, and `{a+b}` at the end of a line would vanish from the text unnoticed.
 */
const KNOWN_ATTRIBUTES = ['icon', 'category'];
/** `{#lezen icon=boek` without its `}`: printed as text, and the id and pictogram are lost. */
const UNCLOSED_ATTRIBUTES = /\{\s*(?:#[a-z0-9-]*|[a-z]+=)[^{}]*$/;

/**
 * Rich text of a heading, paragraph or list item, with trailing `{...}` attributes removed;
 * an attribute no kind reads is an error (`AttributeUnknown`).
 */
export function textWithAttributes(
  node: Heading | Paragraph | ListItem,
  diagnostics: Diagnostic[],
): { runs: RichText; attributes: Attributes } {
  // A list item's attributes end its last paragraph; what is written after it (a quote) follows them.
  const lastParagraph = node.type === 'listItem' ? node.children.map((c) => c.type).lastIndexOf('paragraph') : -1;
  const phrasing: PhrasingContent[] = node.type !== 'listItem' ? node.children : itemPhrasing(lastParagraph < 0 ? node.children : node.children.slice(0, lastParagraph + 1));
  const after = node.type === 'listItem' && lastParagraph >= 0 ? toRuns(itemPhrasing(node.children.slice(lastParagraph + 1)), diagnostics) : [];
  const { runs, attributes } = splitTrailingAttributes(node, toRuns(phrasing, diagnostics), diagnostics);
  const taskBox = node.type === 'listItem' ? TASK_BOX.exec(runs[0]?.text ?? '') : null;
  if (taskBox) diagnostics.push(diag('TaskBoxAsText', { box: taskBox[1]! }, { span: spanOf(node) }));
  for (const r of runs.length && after.length ? [{ text: ' ' }, ...after] : after) pushRun(runs, r);
  return { runs, attributes };
}

/** A task list's box (`- [ ] …`, `- [x] …`), which prints as its brackets. */
const TASK_BOX = /^(\[[ xX]\])\s/;

/** Rich text without the `{...}` attributes at its end, and those attributes (see `textWithAttributes`). */
function splitTrailingAttributes(node: Nodes, runs: RichText, diagnostics: Diagnostic[]): { runs: RichText; attributes: Attributes } {
  const last = runs.at(-1);
  if (!last) return { runs, attributes: { values: {} } };
  const { text, attributes } = splitAttributes(last.text);
  for (const key of Object.keys(attributes.values).filter((k) => !KNOWN_ATTRIBUTES.includes(k))) {
    const written = key === 'class' ? `.${attributes.values.class}` : key;
    diagnostics.push(diag('AttributeUnknown', { key: written, suggestion: suggest(key, KNOWN_ATTRIBUTES), known: `#id, ${KNOWN_ATTRIBUTES.map((k) => `${k}=`).join(', ')}` }, { span: spanOf(node) }));
  }
  if (text === last.text && UNCLOSED_ATTRIBUTES.test(text)) diagnostics.push(diag('AttributesNotClosed', {}, { span: spanOf(node) }));
  last.text = text.replace(/\s+$/, '');
  if (!last.text) runs.pop();
  if (runs[0]) runs[0].text = runs[0].text.replace(/^\s+/, '');
  return { runs, attributes };
}

/** The `|---|---|` line under a table's header: tables are not laid out, their cells print as one line of text. */
const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

/**
 * Paragraphs and lists from block content; other blocks are printed as plain paragraphs. A
 * table, read as a paragraph, prints with its `|` marks: a warning on its line (`TableNotPrinted`).
 * An HTML comment is never printed, in every kind. A link definition still here was used by no
 * reference (see resolve-references.ts): its address is not printed, with a warning.
 * A heading that reaches here has no place in the kind's structure: it prints as a paragraph,
 * with a warning (`HeadingPrintedAsText`).
 * A footnote's note still here was referred to by no marker (see resolve-footnotes.ts): it is
 * not printed, with a warning (`FootnoteNotPrinted`).
 */
export function toBlocks(nodes: readonly RootContent[], diagnostics: Diagnostic[]): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      if (TABLE_DELIMITER_ROW.test(toString(node))) diagnostics.push(diag('TableNotPrinted', {}, { span: spanOf(node) }));
      out.push({ type: 'paragraph', runs: toRuns(node.children, diagnostics) });
    } else if (node.type === 'list') out.push(listBlock(node, diagnostics));
    else if (isComment(node)) continue;
    else if (node.type === 'html') {
      diagnostics.push(diag('RawHtml', {}, { span: spanOf(node) }));
      out.push({ type: 'paragraph', runs: [{ text: node.value }] });
    } else if (node.type === 'footnoteDefinition') {
      diagnostics.push(diag('FootnoteNotPrinted', { reason: 'unused', marker: `[^${node.label ?? node.identifier}]` }, { span: spanOf(node) }));
    } else if (node.type === 'heading') {
      diagnostics.push(diag('HeadingPrintedAsText', { heading: toString(node), level: node.depth }, { span: spanOf(node) }));
      const runs = toRuns(node.children, diagnostics);
      if (plain(runs).trim()) out.push({ type: 'paragraph', runs });
    } else if (node.type === 'blockquote') {
      // A quote prints as its paragraphs and lists (its text as one string ran words together).
      out.push(...toBlocks(node.children, diagnostics));
    } else if (node.type === 'definition') {
      diagnostics.push(diag('LinkDefinitionUnused', { label: node.label ?? node.identifier, url: node.url }, { span: spanOf(node) }));
    } else if (node.type === 'thematicBreak') continue;
    else {
      const text = toString(node);
      if (text.trim()) out.push({ type: 'paragraph', runs: [{ text }] });
    }
  }
  return out;
}

/**
 * Blocks with each list line as a paragraph after its number or bullet, for a place that
 * prints paragraphs only (a quickscan's introductions).
 * @param blocks paragraphs and lists
 */
export function listsAsParagraphs(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] => (b.type === 'paragraph' ? [b] : b.items.map((l) => ({ type: 'paragraph', runs: [{ text: `${l.marker} ` }, ...l.runs] }))));
}

function listBlock(list: List, diagnostics: Diagnostic[]): Block {
  return { type: 'list', ordered: !!list.ordered, items: listLines(list, 0, diagnostics) };
}

/**
 * The lines of a list and of the lists nested in its items, in reading order, each with its
 * depth. An item nested deeper than `MAX_LIST_DEPTH` levels is an error (`ListTooDeep`) on
 * its line, reported once per list; what is below it is not printed.
 * @param list the mdast list
 * @param depth its nesting level (0 for an outer list)
 * @param diagnostics collects raw HTML warnings and depth errors
 */
export function listLines(list: List, depth: number, diagnostics: Diagnostic[]): ListLine[] {
  const out: ListLine[] = [];
  const visit = (l: List, d: number): boolean => {
    if (d >= MAX_LIST_DEPTH) {
      diagnostics.push(diag('ListTooDeep', { depth: d + 1, max: MAX_LIST_DEPTH }, { span: spanOf(l.children[0]) }));
      return false;
    }
    const start = l.start ?? 1;
    for (const [i, item] of l.children.entries()) {
      out.push({ runs: textWithAttributes(item, diagnostics).runs, depth: d, marker: l.ordered ? `${start + i}.` : BULLETS[d % BULLETS.length]!, line: item.position?.start.line ?? 0, column: item.position?.start.column ?? 1 });
      for (const child of item.children) if (child.type === 'list' && !visit(child, d + 1)) return false;
    }
    return true;
  };
  visit(list, depth);
  return out;
}

/**
 * The lists nested in a list item, as lines from depth 1 (see `listLines`).
 * @param item the mdast list item
 * @param diagnostics collects raw HTML warnings and depth errors
 */
export function nestedLines(item: ListItem, diagnostics: Diagnostic[]): ListLine[] {
  return item.children.flatMap((c) => (c.type === 'list' ? listLines(c, 1, diagnostics) : []));
}

/** A heading and the nodes under it, up to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading;
  children: RootContent[];
}

/**
 * Split content at headings of one depth.
 * @returns the nodes before the first such heading, and the sections
 */
export function sectionsAt(nodes: readonly RootContent[], depth: number): { before: RootContent[]; sections: Section[] } {
  const before: RootContent[] = [];
  const sections: Section[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= depth) {
      if (node.depth === depth) sections.push({ heading: node, children: [] });
      else (sections.at(-1)?.children ?? before).push(node);
    } else (sections.at(-1)?.children ?? before).push(node);
  }
  return { before, sections };
}
