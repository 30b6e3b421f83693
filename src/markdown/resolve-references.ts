/**
 * Give reference links and images (`[text][ref]`, `![alt][ref]`) the address of their
 * definition (`[ref]: https://…`), so that layouts print them like inline links and images:
 * the definition line itself is never printed, and without this its address was lost.
 */
import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Replace, in place, every reference whose definition exists by a link or image with the
 * definition's address, and remove the definitions so used; a reference without a definition
 * is left as it is (printed as text), and so is a definition nothing refers to.
 * @param tree a parsed Markdown tree
 */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  if (!definitions.size) return;
  const used = new Set<Definition>();
  visit(tree, (node: Nodes, index, parent) => {
    if ((node.type !== 'linkReference' && node.type !== 'imageReference') || !parent || index === undefined) return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    used.add(definition);
    const { url, title } = definition;
    const replacement: Link | Image =
      node.type === 'linkReference'
        ? { type: 'link', url, title, children: node.children, position: node.position }
        : { type: 'image', url, title, alt: node.alt, position: node.position };
    (parent.children as Nodes[])[index] = replacement;
  });
  // A definition used is printed with its reference; one never used stays (`toBlocks` warns about it).
  visit(tree, 'definition', (node: Definition, index, parent) => {
    if (!used.has(node) || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
