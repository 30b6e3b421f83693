/**
 * Tip sheets for parents (`kind: tips`): numbered tips with pictograms, one Dutch source
 * and translations that print bilingual beside the Dutch text.
 */
import { TipsLayout } from '../../../layouts/tips.js';
import { plain } from '../../markdown/blocks.js';
import type { KindDefinition } from '../kind.js';
import { compareTranslation, comparisonDiagnostics } from './compare.js';
import { tipsModel, type TipsModel } from './model.js';
import { tipsSchema, type TipsFrontMatter } from './schema.js';

export const tipsKind: KindDefinition<TipsFrontMatter, TipsModel> = {
  name: 'tips',
  description: 'tip sheets for parents: numbered tips with pictograms, printed bilingual (Dutch beside the translation) in many languages and scripts',
  schema: tipsSchema,
  toModel: tipsModel,
  variants: () => [{ id: 'default', suffix: '' }],
  texts(model) {
    return [
      { text: model.meta.title + (model.meta.subtitle ?? ''), line: 1 },
      ...(model.meta.qr?.label ? [{ text: model.meta.qr.label, line: 1 }] : []),
      ...model.intro.map((p) => ({ text: plain(p), line: model.introLine })),
      ...model.tips.flatMap((t) => [{ text: plain(t.heading), line: t.line }, ...t.text.map((p) => ({ text: plain(p), line: t.textLine }))]),
    ];
  },
  pictograms: (model) => model.tips.flatMap((t) => (t.icon ? [{ name: t.icon, line: t.line }] : [])),
  render: { layout: (input) => TipsLayout(input) },
  rightToLeft: true,
  linkTranslation: (source, translation, file) => comparisonDiagnostics(compareTranslation(source, translation), translation, file),
};
