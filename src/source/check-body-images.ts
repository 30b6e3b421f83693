/**
 * Images named in a Markdown body obey the same rules as logos: inside content/ or
 * assets/, never a web address. (Layouts print their alt text; pictograms come from
 * attributes such as `icon=boek`.)
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { spanOf } from '../markdown/blocks.js';
import { resolveAsset } from './resolve-asset.js';

/**
 * @param root absolute project root
 * @param file project-relative path of the document
 * @param tree its Markdown tree (positions are the file's)
 */
export function checkBodyImages(root: string, file: string, tree: Root, allowHosts: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'definition') return;
    const url = (node as { url: string }).url;
    if (node.type === 'definition' && !/\.(png|jpe?g|webp|svg|gif)$/i.test(url)) return;
    const r = resolveAsset(root, file, url, 'the image', { file, span: spanOf(node) }, allowHosts);
    if (!r.ok) out.push(r.diagnostic);
  });
  return out;
}
