/**
 * Which files a document selection (`--doc`, positional arguments) names. A selector is
 * a slug (`goed-slapen`), a slug and language (`goed-slapen.fr`), a project-relative path
 * or a part of one. Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { suggest } from '../schema/validate.js';

const nameOf = (file: string) => {
  const base = file.split('/').at(-1) ?? file;
  const m = /^(.*)\.([^.]+)\.md$/.exec(base);
  return { slug: m?.[1] ?? base.replace(/\.md$/, ''), lang: m?.[2] ?? '' };
};

/**
 * Whether a selector names a document.
 * @param doc the document's slug, language and project-relative path
 * @param selector one selector, normalised (see cli/document-selectors.ts)
 */
export function selects(doc: { slug: string; lang: string; path: string }, selector: string): boolean {
  return doc.slug === selector || doc.path === selector || doc.path.includes(selector) || `${doc.slug}.${doc.lang}` === selector;
}

const selectsFile = (file: string, selector: string) => selects({ ...nameOf(file), path: file }, selector);

/**
 * The files to read for a selection: those it names, and every language of their slugs
 * (a translation needs its Dutch source).
 * @param all every document file, project-relative
 * @param selectors the selection
 */
export function filesFor(all: readonly string[], selectors: readonly string[]): string[] {
  const slugs = new Set(all.filter((f) => selectors.some((s) => selectsFile(f, s))).map((f) => nameOf(f).slug));
  return all.filter((f) => slugs.has(nameOf(f).slug));
}

/**
 * A `NothingSelected` error for every selector that names no file.
 * @param all every document file, project-relative
 * @param selectors the selection
 */
export function unmatchedSelectors(all: readonly string[], selectors: readonly string[]): Diagnostic[] {
  const slugs = [...new Set(all.map((f) => nameOf(f).slug))];
  // An example from the project itself, so the hint shows a real slug and file.
  const example = all[0] ?? 'content/<folder>/<slug>.nl.md';
  return selectors
    .filter((s) => !all.some((f) => selectsFile(f, s)))
    .map((s) => {
      const guess = suggest(s.split('/').at(-1)?.replace(/\.([a-z]{2,3}\.)?md$/, '') ?? s, slugs);
      return diag('NothingSelected', {
        what: `\`${s}\``,
        reason: 'document',
        guess,
        exampleSlug: nameOf(example).slug,
        exampleFile: example,
      });
    });
}
