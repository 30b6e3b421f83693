/**
 * Print a footnote where its marker stands: `text[^1]` with `[^1]: Bron: CBS` becomes
 * `text (Bron: CBS)`. A sheet for parents has no page foot to send the reader to, and the
 * layouts print blocks in the order they are written, so the note goes in parentheses after
 * the words it belongs to; its definition is then not printed a second time.
 */
import type { FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { resolveDefinitions } from './resolve-definitions.js';

/** The note's text as phrasing: its paragraphs' own runs (emphasis kept), other blocks as text, joined by spaces. */
function notePhrasing(definition: FootnoteDefinition): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const [i, block] of definition.children.entries()) {
    if (i) out.push({ type: 'text', value: ' ' });
    if (block.type === 'paragraph') out.push(...structuredClone(block.children));
    else out.push({ type: 'text', value: toString(block) });
  }
  return out;
}

const isMarker = (node: Nodes): node is FootnoteReference => node.type === 'footnoteReference';

/**
 * Replace, in place, every footnote marker that has a note by ` (note)`, and remove the notes
 * so used. A note never referred to stays in the tree (`toBlocks` warns about it); a marker
 * inside a note is left as it is (`toRuns` warns about it).
 * @param tree a parsed Markdown tree, positions already the file's own
 */
export function resolveFootnotes(tree: Root): void {
  resolveDefinitions<FootnoteDefinition, FootnoteReference>(tree, 'footnoteDefinition', isMarker, (_marker, definition, before) => {
    const open = before?.type === 'text' && /\s$/.test(before.value) ? '(' : ' (';
    return [{ type: 'text', value: open }, ...notePhrasing(definition), { type: 'text', value: ')' }];
  });
}
