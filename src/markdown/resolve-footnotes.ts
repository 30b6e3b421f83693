/**
 * Print a footnote where its marker stands: `text[^1]` with `[^1]: Bron: CBS` becomes
 * `text (Bron: CBS)`. A sheet for parents has no page foot to send the reader to, and the
 * layouts print blocks in the order they are written, so the note goes in parentheses after
 * the words it belongs to; its definition is then not printed a second time.
 */
import type { FootnoteDefinition, Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

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

/**
 * Replace, in place, every footnote marker that has a note by ` (note)`, and remove the notes
 * so used. A note never referred to stays in the tree (`toBlocks` warns about it); a marker
 * inside a note is left as it is (`toRuns` warns about it).
 * @param tree a parsed Markdown tree, positions already the file's own
 */
export function resolveFootnotes(tree: Root): void {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  if (!definitions.size) return;
  const used = new Set<FootnoteDefinition>();
  visit(tree, (node: Nodes, index, parent) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type !== 'footnoteReference' || !parent || index === undefined) return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    used.add(definition);
    const before = parent.children[index - 1];
    const open = before?.type === 'text' && /\s$/.test(before.value) ? '(' : ' (';
    const inserted: PhrasingContent[] = [{ type: 'text', value: open }, ...notePhrasing(definition), { type: 'text', value: ')' }];
    (parent.children as Nodes[]).splice(index, 1, ...inserted);
    return [SKIP, index + inserted.length];
  });
  visit(tree, (node: Nodes, index, parent) => {
    if (node.type !== 'footnoteDefinition' || !used.has(node) || !parent || index === undefined) return;
    (parent.children as Nodes[]).splice(index, 1);
    return [SKIP, index];
  });
}
