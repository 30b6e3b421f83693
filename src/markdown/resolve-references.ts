/**
 * Give reference links and images (`[text][ref]`, `![alt][ref]`) the address of their
 * definition (`[ref]: https://…`), so that layouts print them like inline links and images:
 * the definition line itself is never printed, and without this its address was lost.
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Root } from 'mdast';
import { resolveDefinitions } from './resolve-definitions.js';

const isReference = (node: Nodes): node is LinkReference | ImageReference => node.type === 'linkReference' || node.type === 'imageReference';

/**
 * Replace, in place, every reference whose definition exists by a link or image with the
 * definition's address, and remove the definitions so used; a reference without a definition
 * is left as it is (printed as text), and so is a definition nothing refers to.
 * @param tree a parsed Markdown tree
 */
export function resolveReferences(tree: Root): void {
  resolveDefinitions<Definition, LinkReference | ImageReference>(tree, 'definition', isReference, (node, { url, title }) => {
    const replacement: Link | Image =
      node.type === 'linkReference'
        ? { type: 'link', url, title, children: node.children, position: node.position }
        : { type: 'image', url, title, alt: node.alt, position: node.position };
    return [replacement];
  });
}
