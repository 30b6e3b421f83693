/**
 * HTML comments in Markdown: dropped silently by the kinds whose translation skeletons
 * carry the Dutch text as comments to translate from. Pure.
 */
import type { Nodes } from 'mdast';

/** Whether a node is an HTML comment and nothing else. */
export const isComment = (node: Nodes) => node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);

/**
 * A copy of the nodes without HTML comments, at any depth.
 * @param nodes the nodes (e.g. a tree's children)
 */
export function withoutComments<T extends Nodes>(nodes: readonly T[]): T[] {
  return nodes
    .filter((n) => !isComment(n))
    .map((n) => ('children' in n ? ({ ...n, children: withoutComments(n.children as Nodes[]) } as T) : n));
}
