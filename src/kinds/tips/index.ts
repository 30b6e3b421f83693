/**
 * Tip sheets for parents (`kind: tips`): numbered tips with pictograms, one Dutch source
 * and translations that print bilingual beside the Dutch text.
 */
import { facingPlan, TipsLayout } from '../../../layouts/tips.js';
import { diag } from '../../diagnostics/errors.js';
import { plain } from '../../markdown/blocks.js';
import { defineKind } from '../define-kind.js';
import { compareTranslation, comparisonDiagnostics } from './compare.js';
import { tipsModel } from './model.js';
import { tipsSchema } from './schema.js';
import { translationSkeleton, withSourceField } from './skeleton.js';
import { tipsUnits } from './units.js';

export const tipsKind = defineKind({
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
  // Facing pages pair each Dutch page with its translation: a page whose tips ran onto a
  // further page puts every later tip out of step with its translation.
  checkRendered(input, rendered) {
    const plan = facingPlan(input);
    return plan && rendered.pages !== plan.pages ? [diag('FacingPagesOutOfStep', { pages: rendered.pages, expected: plan.pages, first: plan.first, rest: plan.rest })] : [];
  },
  rightToLeft: true,
  paper: (frontMatter) => frontMatter.paper,
  catalogue: {
    label: 'Tipbladen voor ouders',
    advice: () => ['Een vertaald tipblad bevat altijd ook de Nederlandse tekst (ernaast of op de pagina ervoor): print alle pagina’s en geef ze samen mee, nooit de vertaling alleen.'],
  },
  renderCost: 150,
  translation: {
    noun: 'tip sheet',
    items: 'tips',
    example: 'content/tips/samen-lezen.fr.md',
    count: (model) => model.tips.length,
    compare: compareTranslation,
    diagnostics: comparisonDiagnostics,
    skeleton: translationSkeleton,
    markCurrent: withSourceField,
    units: tipsUnits,
  },
});
