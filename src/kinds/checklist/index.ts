import { ChecklistLayout } from '../../../layouts/checklist.js';
import { plain, type Block } from '../../markdown/blocks.js';
import { defineKind } from '../define-kind.js';
import { checklistModel, type Question } from './model.js';
import { checklistSchema } from './schema.js';

const variantLabels: Record<string, string> = { both: '', ouderbril: 'alleen ouderbril', schoolbril: 'alleen schoolbril' };

/** Checklists (`kind: checklist`): questions per dimension through two pairs of eyes, in three variants. */
export const checklistKind = defineKind({
  name: 'checklist',
  description: 'the 7 dimensions of parent involvement with helping questions through the ouderbril and the schoolbril',
  schema: checklistSchema,
  toModel: checklistModel,
  variants(model, options) {
    const wanted = options.variants?.length ? model.meta.variants.filter((v) => options.variants!.includes(v)) : model.meta.variants;
    return wanted.map((v) => ({ id: v === 'both' ? 'default' : v, suffix: v === 'both' ? '' : `--${v}`, label: variantLabels[v] }));
  },
  texts(model) {
    const blockTexts = (b: Block, line: number) => (b.type === 'paragraph' ? [{ text: plain(b.runs), line }] : b.items.map((l) => ({ text: `${l.marker} ${plain(l.runs)}`, line: l.line })));
    const question = (q: Question) => [{ text: plain(q.runs), line: q.line }, ...q.sub.map((l) => ({ text: `${l.marker} ${plain(l.runs)}`, line: l.line }))];
    return [
      { text: model.meta.title + (model.meta.subtitle ?? '') + model.meta.attribution },
      ...model.intro.flatMap((b) => blockTexts(b, 1)),
      ...model.dimensions.flatMap((d) => [
        { text: plain(d.title), line: d.line },
        ...d.explanation.flatMap((b) => blockTexts(b, d.line)),
        ...d.questions.ouderbril.flatMap(question),
        ...d.questions.schoolbril.flatMap(question),
      ]),
    ];
  },
  variantIds: ['ouderbril', 'schoolbril'],
  render: { layout: (input) => ChecklistLayout(input) },
  catalogue: { label: 'Checklists', advice: () => ['Dubbelzijdig printen langs de lange kant bespaart papier; enkelzijdig kan ook.'] },
  renderCost: 250,
});
