/**
 * Find explicit YAML tags (`!!js/function`, `!!python/object`, `!!binary`, `!custom`).
 * Front matter, brand and language files are plain YAML 1.2 core-schema data; a tag
 * asks the parser for something else, so every tag is refused where it is written.
 */
import { isNode, visit, type Document } from 'yaml';

export interface FoundTag {
  /** The tag as written, e.g. `!!js/function`. */
  tag: string;
  /** Offset of the tag in the YAML text. */
  offset: number;
}

/**
 * Start of the tag token written before a node's value: skip back over white space and
 * an anchor (`&name`), in either order, to the token that starts with `!`.
 */
function tagBefore(raw: string, valueStart: number): FoundTag | undefined {
  let end = valueStart;
  for (let tokens = 0; tokens < 2; tokens++) {
    while (end > 0 && /\s/.test(raw[end - 1]!)) end--;
    let start = end;
    while (start > 0 && !/\s/.test(raw[start - 1]!)) start--;
    const token = raw.slice(start, end);
    if (token.startsWith('!')) return { tag: token, offset: start };
    if (!token.startsWith('&')) return undefined;
    end = start;
  }
  return undefined;
}

/**
 * Every explicit tag in a parsed document, in source order.
 * @param doc the document, parsed with ranges (the default)
 * @param raw the YAML text the document was parsed from
 */
export function findTags(doc: Document, raw: string): FoundTag[] {
  const out: FoundTag[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.tag || !node.range) return;
    out.push(tagBefore(raw, node.range[0]) ?? { tag: node.tag, offset: node.range[0] });
  });
  return out.sort((a, b) => a.offset - b.offset);
}
