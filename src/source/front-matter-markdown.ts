/**
 * Markdown written in a front matter text: the fields are printed as plain text, so
 * `instruction: Zet een **kruisje**` printed its asterisks without a word.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { FrontMatter, PathSegment } from './front-matter.js';

/** Bold, struck-through, link or code markup, as the body would format it. */
const MARKUP = /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|~~[^~\s][^~]*~~|\[[^\]\n]+\]\([^)\s]+\)|`[^`\n]+`/;

/**
 * A warning (`FrontMatterMarkdown`) at every front matter text that holds Markdown markup.
 * @param frontMatter the document's front matter, with its locator
 * @param file the document's project-relative path
 */
export function markdownInFrontMatter(frontMatter: FrontMatter, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      const found = MARKUP.exec(value);
      const field = path.join('.');
      if (found) out.push(diag('FrontMatterMarkdown', { field, markup: found[0] }, { file, field, span: frontMatter.locate(path) }));
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(frontMatter.data, []);
  return out;
}
