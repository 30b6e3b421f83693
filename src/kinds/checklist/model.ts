/**
 * Checklist model: the dimensions of a document, each with an explanation and
 * helping questions per perspective (ouderbril, schoolbril). Pure.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { slugify } from '../../markdown/attributes.js';
import { nestedLines, plain, sectionsAt, spanOf, textWithAttributes, toBlocks, type Block, type ListLine, type RichText } from '../../markdown/blocks.js';
import { underlinedHeadingWarnings } from '../../markdown/underlined-headings.js';
import type { ModelInput, ModelResult } from '../kind.js';
import { perspectives, type ChecklistFrontMatter, type Perspective } from './schema.js';

export interface Question {
  runs: RichText;
  line: number;
  /** Lines of lists nested under the question (depth 1 and deeper), printed indented below it. */
  sub: ListLine[];
}

export interface Dimension {
  id: string;
  title: RichText;
  line: number;
  explanation: Block[];
  questions: Record<Perspective, Question[]>;
}

export interface ChecklistModel {
  slug: string;
  meta: ChecklistFrontMatter;
  intro: Block[];
  dimensions: Dimension[];
}

const perspectiveNames: Record<string, Perspective> = { ouderbril: 'ouderbril', schoolbril: 'schoolbril' };

/**
 * The questions of one perspective: the items of its lists. Any other text under it (a
 * paragraph, a quote, a deeper heading) has no place on the page: an error on its line.
 * @param nodes the nodes under the perspective's `###` heading
 * @param perspective the heading as written, for the message
 */
function questionsOf(nodes: RootContent[], perspective: string, diagnostics: Diagnostic[]): Question[] {
  const out: Question[] = [];
  for (const node of nodes) {
    if (node.type !== 'list') {
      if (node.type !== 'definition' && node.type !== 'thematicBreak' && toString(node).trim()) {
        diagnostics.push(diag('StructureInvalid', { reason: 'textUnderPerspective', perspective }, { span: spanOf(node) }));
      }
      continue;
    }
    for (const item of node.children) {
      const { runs } = textWithAttributes(item, diagnostics);
      const sub = nestedLines(item, diagnostics);
      if (plain(runs).trim()) out.push({ runs, line: item.position?.start.line ?? 0, sub });
      else if (sub.length) {
        diagnostics.push(diag('NestedListRefused', { reason: 'underEmptyQuestion' }, { span: spanOf(item) }));
      }
    }
  }
  return out;
}

/** A checklist's model from its front matter and Markdown tree, with a diagnostic for each part out of place. */
export function checklistModel({ file, slug, frontMatter, tree }: ModelInput<ChecklistFrontMatter>): ModelResult<ChecklistModel> {
  const diagnostics: Diagnostic[] = [];
  const at = (node: Heading | RootContent) => ({ file, span: spanOf(node) });
  const { before, sections } = sectionsAt(tree.children, 2);
  diagnostics.push(...underlinedHeadingWarnings(sections, 'dimension', file));
  if (!sections.length) {
    diagnostics.push(
      diag('StructureInvalid', { reason: 'noDimension' }, { file, span: { start: { line: tree.position?.start.line ?? 1, column: 1 } } }),
    );
  }
  const seen = new Map<string, number>();
  const dimensions: Dimension[] = [];
  for (const section of sections) {
    const { runs, attributes } = textWithAttributes(section.heading, diagnostics);
    if (!plain(runs).trim()) diagnostics.push(diag('StructureInvalid', { reason: 'headingEmpty', part: 'dimension' }, at(section.heading)));
    const id = attributes.id ?? slugify(plain(runs));
    const line = section.heading.position?.start.line ?? 0;
    if (seen.has(id)) diagnostics.push(diag('DuplicateId', { id, other: seen.get(id) }, at(section.heading)));
    seen.set(id, line);
    const { before: explanationNodes, sections: sub } = sectionsAt(section.children, 3);
    const questions: Record<Perspective, Question[]> = { ouderbril: [], schoolbril: [] };
    for (const s of sub) {
      const name = toString(s.heading).trim().toLowerCase();
      const perspective = perspectiveNames[name];
      if (!perspective) {
        diagnostics.push(
          diag('StructureInvalid', { reason: 'unknownPerspective', perspective: toString(s.heading) }, at(s.heading)),
        );
        continue;
      }
      questions[perspective].push(...questionsOf(s.children, toString(s.heading).trim(), diagnostics));
    }
    for (const p of perspectives) {
      if (!questions[p].length) {
        diagnostics.push(
          diag('StructureInvalid', { reason: 'noQuestions', dimension: plain(runs), perspective: p }, at(section.heading)),
        );
      }
    }
    dimensions.push({ id, title: runs, line, explanation: toBlocks(explanationNodes, diagnostics), questions });
  }
  const model: ChecklistModel = { slug, meta: frontMatter, intro: toBlocks(before, diagnostics), dimensions };
  return { model, diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}
