/**
 * Parse a Markdown body into an mdast tree whose positions are the file's own
 * (the body starts after the front matter, so lines are shifted), with reference links
 * and images resolved to their definitions' addresses.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { resolveReferences } from './resolve-references.js';

const processor = unified().use(remarkParse);

/**
 * @param body Markdown text after the front matter
 * @param bodyLine 1-based line of the file where the body starts
 */
export function parseMarkdown(body: string, bodyLine: number): Root {
  const tree = processor.parse(body) as Root;
  resolveReferences(tree);
  const shift = bodyLine - 1;
  if (shift) {
    visit(tree, (node) => {
      if (node.position) {
        node.position.start.line += shift;
        node.position.end.line += shift;
      }
    });
  }
  return tree;
}
