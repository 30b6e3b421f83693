/**
 * Tip sheet model: an optional introduction and numbered tips, each with an id, a
 * heading, one or two short paragraphs, a pictogram name and its source line. Pure.
 *
 * HTML comments are dropped silently: translation skeletons carry the Dutch text as
 * comments to translate from. A translation may leave a tip empty while it is being
 * translated (reported when the build compares it with its source); a Dutch sheet may not.
 */
import type { RootContent } from 'mdast';
import { withoutComments } from '../../markdown/comments.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { idPattern, slugify } from '../../markdown/attributes.js';
import { plain, sectionsAt, spanOf, textWithAttributes, toBlocks, type RichText } from '../../markdown/blocks.js';
import { underlinedHeadingWarnings } from '../../markdown/underlined-headings.js';
import type { ModelInput, ModelResult } from '../kind.js';
import type { TipsFrontMatter } from './schema.js';

/** One numbered tip. */
export interface Tip {
  id: string;
  heading: RichText;
  /** Paragraphs (usually one). */
  text: RichText[];
  /** Pictogram name under assets/icons (without `.svg`); on translations taken from the source. */
  icon?: string;
  /** Line of the `##` heading. */
  line: number;
  /** Line of the first paragraph under it (the heading's line when there is none). */
  textLine: number;
}

/** A tip sheet. */
export interface TipsModel {
  slug: string;
  meta: TipsFrontMatter;
  intro: RichText[];
  /** Line of the introduction (first body line) for messages. */
  introLine: number;
  tips: Tip[];
}

/**
 * Paragraphs of a tip or the introduction: a list's lines print as paragraphs, each after its
 * number or bullet, so a nested list is refused (it would lose its nesting).
 */
const paragraphs = (nodes: RootContent[], diagnostics: Diagnostic[], file: string): RichText[] =>
  toBlocks(nodes, diagnostics)
    .flatMap((b): RichText[] => {
      if (b.type === 'paragraph') return [b.runs];
      const nested = b.items.find((l) => l.depth > 0);
      if (nested) {
        diagnostics.push(
          diag('NestedListRefused', { reason: 'inTipSheet' }, { file, span: { start: { line: nested.line, column: nested.column } } }),
        );
      }
      // Each line keeps its number or bullet: a step list's numbers were lost (`Zie stap 3`).
      return b.items.filter((l) => l.depth === 0 && plain(l.runs).trim()).map((l): RichText => [{ text: `${l.marker} ` }, ...l.runs]);
    })
    .filter((r) => plain(r).trim());

/** Build the model of a tip sheet from its front matter and Markdown. */
export function tipsModel({ file, slug, frontMatter, tree }: ModelInput<TipsFrontMatter>): ModelResult<TipsModel> {
  const diagnostics: Diagnostic[] = [];
  const isSource = frontMatter.lang === 'nl';
  const children = withoutComments(tree.children);
  const { before, sections } = sectionsAt(children, 2);
  diagnostics.push(...underlinedHeadingWarnings(sections, 'tip', file));
  if (!sections.length) {
    diagnostics.push(
      diag(
        'StructureInvalid',
        { reason: 'noTips' },
        { file, span: { start: { line: tree.position?.start.line ?? 1, column: 1 } } },
      ),
    );
  }
  const seen = new Map<string, number>();
  const tips: Tip[] = [];
  for (const section of sections) {
    const { runs, attributes } = textWithAttributes(section.heading, diagnostics);
    const line = section.heading.position?.start.line ?? 0;
    const at = { file, span: spanOf(section.heading) };
    const id = attributes.id ?? slugify(plain(runs));
    if (!id || !idPattern.test(id)) {
      diagnostics.push(diag('StructureInvalid', { reason: 'tipIdInvalid', id: attributes.id }, at));
      continue;
    }
    if (seen.has(id)) diagnostics.push(diag('DuplicateId', { id, other: seen.get(id) }, at));
    seen.set(id, line);
    const icon = attributes.values.icon;
    if (icon !== undefined && !idPattern.test(icon)) {
      diagnostics.push(diag('FieldInvalidValue', { field: 'icon', reason: 'notPictogramName', icon }, at));
    }
    const text = paragraphs(section.children, diagnostics, file);
    if (isSource && (!plain(runs).trim() || !text.length)) {
      diagnostics.push(diag('StructureInvalid', { reason: 'tipWithoutText', id }, at));
    }
    const textLine = section.children.find((n) => n.type === 'paragraph' || n.type === 'list')?.position?.start.line ?? line;
    tips.push({ id, heading: runs, text, ...(icon && idPattern.test(icon) ? { icon } : {}), line, textLine });
  }
  const introLine = before[0]?.position?.start.line ?? tree.position?.start.line ?? 1;
  const model: TipsModel = { slug, meta: frontMatter, intro: paragraphs(before, diagnostics, file), introLine, tips };
  return { model, diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}
