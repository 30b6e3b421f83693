/**
 * Markdown's two kinds of definition, `[ref]: https://…` for reference links and images and
 * `[^1]: note` for footnotes, resolved the same way: each reference with a definition is
 * replaced where it stands, and the definitions so used are removed (never printed twice).
 * A reference without a definition, and a definition nothing refers to, stay as they are
 * (`toBlocks` and `toRuns` warn about them).
 */
import type { Definition, FootnoteDefinition, Nodes, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * @param tree a parsed Markdown tree, changed in place
 * @param definitionType `definition` or `footnoteDefinition`; the first definition of an identifier counts
 * @param isReference whether a node refers to such a definition
 * @param replace the nodes that take a reference's place (its children, if it keeps them, are resolved too)
 */
export function resolveDefinitions<D extends Definition | FootnoteDefinition, R extends Nodes & { identifier: string }>(
  tree: Root,
  definitionType: D['type'],
  isReference: (node: Nodes) => node is R,
  replace: (reference: R, definition: D, before: Nodes | undefined) => Nodes[],
): void {
  const definitions = new Map<string, D>();
  visit(tree, definitionType, (node) => {
    const d = node as D;
    if (!definitions.has(d.identifier)) definitions.set(d.identifier, d);
  });
  if (!definitions.size) return;
  const used = new Set<Nodes>();
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    // A reference inside a footnote's own note is left as it is.
    if (node.type === 'footnoteDefinition' && definitionType === 'footnoteDefinition') return SKIP;
    if (!isReference(node) || !parent || index === undefined) return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    used.add(definition);
    const replacement = replace(node, definition, parent.children[index - 1] as Nodes | undefined);
    (parent.children as Nodes[]).splice(index, 1, ...replacement);
    return index + replacement.length;
  });
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (node.type !== definitionType || !used.has(node) || !parent || index === undefined) return;
    (parent.children as Nodes[]).splice(index, 1);
    return [SKIP, index];
  });
}
