/**
 * Give reference links and images (`[text][ref]`, `![alt][ref]`) the address of their
 * definition (`[ref]: https://…`), so that layouts print them like inline links and images:
 * the definition line itself is never printed, and without this its address was lost.
 */
import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Replace, in place, every reference whose definition exists by a link or image with the
 * definition's address; a reference without a definition is left as it is (printed as text).
 * @param tree a parsed Markdown tree
 */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  if (!definitions.size) return;
  visit(tree, (node: Nodes, index, parent) => {
    if ((node.type !== 'linkReference' && node.type !== 'imageReference') || !parent || index === undefined) return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    const { url, title } = definition;
    const replacement: Link | Image =
      node.type === 'linkReference'
        ? { type: 'link', url, title, children: node.children, position: node.position }
        : { type: 'image', url, title, alt: node.alt, position: node.position };
    (parent.children as Nodes[])[index] = replacement;
  });
}
