/**
 * Parse a Markdown body into an mdast tree whose positions are the file's own
 * (the body starts after the front matter, so lines are shifted), with reference links
 * and images resolved to their definitions' addresses and footnotes put in their place.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { resolveFootnotes } from './resolve-footnotes.js';
import { resolveReferences } from './resolve-references.js';

/**
 * The two pieces of GitHub's Markdown that content uses and CommonMark lacks: `~~struck~~`
 * text (two tildes only: `~5 min~` stays text) and footnotes (`[^1]`, `[^1]: …`). Tables,
 * task lists and bare web addresses stay CommonMark text, as the layouts expect them.
 */
function gfmParts(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmStrikethrough({ singleTilde: false }), gfmFootnote()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown()];
}

const processor = unified().use(remarkParse).use(gfmParts);

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
  resolveFootnotes(tree);
  return tree;
}
