import { ChecklistLayout } from '../../../layouts/checklist.js';
import { plain } from '../../markdown/blocks.js';
import type { KindDefinition } from '../kind.js';
import { checklistModel, type ChecklistModel } from './model.js';
import { checklistSchema, type ChecklistFrontMatter } from './schema.js';

const variantLabels: Record<string, string> = { both: '', ouderbril: 'alleen ouderbril', schoolbril: 'alleen schoolbril' };

export const checklistKind: KindDefinition<ChecklistFrontMatter, ChecklistModel> = {
  name: 'checklist',
  description: 'the 7 dimensions of parent involvement with helping questions through the ouderbril and the schoolbril',
  schema: checklistSchema,
  toModel: checklistModel,
  variants(model, options) {
    const wanted = options.variants?.length ? model.meta.variants.filter((v) => options.variants!.includes(v)) : model.meta.variants;
    return wanted.map((v) => ({ id: v === 'both' ? 'default' : v, suffix: v === 'both' ? '' : `--${v}`, label: variantLabels[v] }));
  },
  texts(model) {
    return [
      { text: model.meta.title + (model.meta.subtitle ?? '') + model.meta.attribution },
      ...model.dimensions.flatMap((d) => [
        { text: plain(d.title), line: d.line },
        ...d.explanation.flatMap((b) => (b.type === 'paragraph' ? [{ text: plain(b.runs), line: d.line }] : [])),
        ...d.questions.ouderbril.map((q) => ({ text: plain(q.runs), line: q.line })),
        ...d.questions.schoolbril.map((q) => ({ text: plain(q.runs), line: q.line })),
      ]),
    ];
  },
  render: { layout: (input) => ChecklistLayout(input) },
  layoutFiles: ['layouts/checklist.tsx', 'layouts/components', 'layouts/theme.ts'],
};
