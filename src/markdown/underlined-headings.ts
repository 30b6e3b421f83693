/**
 * Headings written as a line of text with `---` under it (Markdown's "setext" form). A
 * writer who puts a line of dashes right under a paragraph, meaning a separator, turns that
 * paragraph into a `##` heading: in a tip sheet, checklist or quickscan it then starts a new
 * tip, dimension or section, and the build prints it so without a word.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { spanOf, type Section } from './blocks.js';

/** Whether a heading is written as text over a line of `===` or `---`. */
export const isUnderlined = (heading: Heading): boolean => !!heading.position && heading.position.end.line > heading.position.start.line;

/**
 * A warning (`HeadingUnderlined`) for each section whose heading is written over a `---` line.
 * @param sections the sections of a document (`sectionsAt`)
 * @param part what a section is in the kind, as the message names it (`tip`, `section`)
 * @param file the document's project-relative path
 */
export function underlinedHeadingWarnings(sections: readonly Section[], part: string, file: string): Diagnostic[] {
  return sections
    .filter((s) => isUnderlined(s.heading))
    .map((s) => diag('HeadingUnderlined', { heading: toString(s.heading).trim(), part }, { file, span: spanOf(s.heading) }));
}
