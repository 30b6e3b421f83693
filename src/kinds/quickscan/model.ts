/**
 * Quickscan model: sections (`##` headings) with items (list items), each item with a
 * stable id and an optional tip (a nested list line, usually starting with "Tip:"). Pure.
 *
 * HTML comments are dropped silently: translation skeletons carry the Dutch text as
 * comments. A translation may leave a statement (with its `{#id}`) or a title empty while
 * it is translated; its comparison with the Dutch source reports that.
 */
import type { List, ListItem, RootContent } from 'mdast';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { idPattern, slugify } from '../../markdown/attributes.js';
import { listsAsParagraphs, plain, sectionsAt, spanOf, textWithAttributes, toBlocks, type Block, type RichText } from '../../markdown/blocks.js';
import { underlinedHeadingWarnings } from '../../markdown/underlined-headings.js';
import type { ModelInput, ModelResult } from '../kind.js';
import { withoutComments } from '../../markdown/comments.js';
import type { QuickscanFrontMatter, ScalePoint } from './schema.js';

/** One statement or question to rate. */
export interface QuickscanItem {
  /** Stable id: explicit `{#id}` or `<section id>-<position>` (1-based). */
  id: string;
  /** Whether the id was written in the source (`{#id}`), not derived. */
  explicitId: boolean;
  runs: RichText;
  tip?: RichText;
  line: number;
}

export interface QuickscanSection {
  id: string;
  title: RichText;
  line: number;
  intro: Block[];
  items: QuickscanItem[];
}

export interface QuickscanModel {
  slug: string;
  meta: QuickscanFrontMatter;
  intro: Block[];
  sections: QuickscanSection[];
}

const tipPrefix = /^\s*tip\s*[:\-–]\s*/i;

/** Every item of a model in reading order. */
export function allItems(model: QuickscanModel): QuickscanItem[] {
  return model.sections.flatMap((s) => s.items);
}

/** The answer columns of the scan: the scale points, then the n.v.t. column if declared. */
export function answerColumns(meta: Pick<QuickscanFrontMatter, 'scale' | 'notApplicable'>): { label: string; value: string; point?: ScalePoint }[] {
  return [
    ...meta.scale.map((p) => ({ label: p.label, value: String(p.value), point: p })),
    ...(meta.notApplicable ? [{ label: meta.notApplicable, value: NOT_APPLICABLE }] : []),
  ];
}

/** Option value of the "not applicable" answer in fillable forms. */
export const NOT_APPLICABLE = 'nvt';

function tipOf(item: ListItem, file: string, diagnostics: Diagnostic[]): RichText | undefined {
  const nested = item.children.filter((c): c is List => c.type === 'list').flatMap((l) => l.children);
  if (!nested.length) return undefined;
  if (nested.length > 1) {
    diagnostics.push(
      diag('StructureInvalid', { reason: 'itemTips' }, { file, span: spanOf(nested[1]) }),
    );
  }
  // The tip is one line: a row of answer boxes has no room for a list under it.
  const underTip = nested[0]!.children.find((c): c is List => c.type === 'list');
  if (underTip) {
    diagnostics.push(
      diag('NestedListRefused', { reason: 'underTip' }, { file, span: spanOf(underTip.children[0]) }),
    );
  }
  const runs = textWithAttributes(nested[0]!, diagnostics).runs;
  if (runs[0]) runs[0].text = runs[0].text.replace(tipPrefix, '');
  if (runs[0] && !runs[0].text) runs.shift();
  return plain(runs).trim() ? runs : undefined;
}

/**
 * Build the model of a quickscan document.
 * Errors: no sections, a section without items, items before the first section, invalid or duplicate ids.
 */
export function quickscanModel({ file, slug, frontMatter, tree }: ModelInput<QuickscanFrontMatter>): ModelResult<QuickscanModel> {
  const diagnostics: Diagnostic[] = [];
  // A translation may leave a statement empty while it is translated (its comparison with
  // the Dutch source reports it); its skeleton carries the Dutch text as comments.
  const isSource = frontMatter.lang === 'nl';
  const { before, sections } = sectionsAt(withoutComments(tree.children), 2);
  diagnostics.push(...underlinedHeadingWarnings(sections, 'section', file));
  if (!sections.length) {
    diagnostics.push(
      diag('StructureInvalid', { reason: 'noSections' }, { file, span: { start: { line: tree.position?.start.line ?? 1, column: 1 } } }),
    );
  }
  for (const node of before) {
    if (node.type === 'list') {
      diagnostics.push(diag('StructureInvalid', { reason: 'itemsBeforeSection' }, { file, span: spanOf(node) }));
    }
  }
  const seen = new Map<string, number>();
  const claim = (id: string, line: number, node: RootContent | ListItem) => {
    if (seen.has(id)) diagnostics.push(diag('DuplicateId', { id, other: seen.get(id) }, { file, span: spanOf(node) }));
    else seen.set(id, line);
  };
  const checkId = (id: string, node: RootContent | ListItem) => {
    if (idPattern.test(id)) return true;
    diagnostics.push(diag('StructureInvalid', { reason: 'itemIdInvalid', id }, { file, span: spanOf(node) }));
    return false;
  };
  const out: QuickscanSection[] = [];
  for (const section of sections) {
    const { runs, attributes } = textWithAttributes(section.heading, diagnostics);
    if (isSource && !plain(runs).trim()) diagnostics.push(diag('StructureInvalid', { reason: 'headingEmpty', part: 'section' }, { file, span: spanOf(section.heading) }));
    const line = section.heading.position?.start.line ?? 0;
    const id = attributes.id ?? slugify(plain(runs));
    if (checkId(id, section.heading)) claim(id, line, section.heading);
    const introNodes: RootContent[] = [];
    const items: QuickscanItem[] = [];
    for (const node of section.children) {
      if (node.type !== 'list') {
        if (items.length && node.type !== 'thematicBreak') {
          diagnostics.push(diag('StructureInvalid', { reason: 'textBetweenItems' }, { file, span: spanOf(node) }));
        } else introNodes.push(node);
        continue;
      }
      for (const li of node.children) {
        const t = textWithAttributes(li, diagnostics);
        const itemLine = li.position?.start.line ?? 0;
        if (!plain(t.runs).trim() && (isSource || t.attributes.id === undefined)) {
          diagnostics.push(diag('StructureInvalid', { reason: 'itemEmpty' }, { file, span: spanOf(li) }));
          continue;
        }
        const itemId = t.attributes.id ?? `${id}-${items.length + 1}`;
        if (checkId(itemId, li)) claim(itemId, itemLine, li);
        const tip = tipOf(li, file, diagnostics);
        items.push({ id: itemId, explicitId: t.attributes.id !== undefined, runs: t.runs, ...(tip ? { tip } : {}), line: itemLine });
      }
    }
    if (!items.length) {
      diagnostics.push(diag('StructureInvalid', { reason: 'sectionEmpty', section: plain(runs) }, { file, span: spanOf(section.heading) }));
    }
    out.push({ id, title: runs, line, intro: listsAsParagraphs(toBlocks(introNodes, diagnostics)), items });
  }
  const model: QuickscanModel = { slug, meta: frontMatter, intro: listsAsParagraphs(toBlocks(before.filter((n) => n.type !== 'list'), diagnostics)), sections: out };
  return { model, diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}
