/**
 * The quickscan kind: a self-assessment questionnaire with a printed variant (boxes to
 * tick with a pen) and a fillable variant (`--invulbaar`, AcroForm fields over the boxes).
 */
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { cloneElement, type ReactElement } from 'react';
import { QuickscanLayout } from '../../../layouts/quickscan.js';
import { plain } from '../../markdown/blocks.js';
import { countPages } from '../../render/render-task.js';
import type { KindDefinition, Variant } from '../kind.js';
import { quickscanModel, type QuickscanModel } from './model.js';
import { quickscanSchema, type QuickscanFrontMatter } from './schema.js';

/** The two outputs of every quickscan. */
export const quickscanVariants: Variant[] = [
  { id: 'default', suffix: '', label: 'op papier' },
  { id: 'invulbaar', suffix: '--invulbaar', label: 'invulbaar op scherm' },
];

export const quickscanKind: KindDefinition<QuickscanFrontMatter, QuickscanModel> = {
  name: 'quickscan',
  description: 'self-assessment questionnaire with an answer scale, on paper and fillable on screen; `score` turns answers into a report',
  schema: quickscanSchema,
  toModel: quickscanModel,
  variants(_model, options) {
    return options.variants?.length ? quickscanVariants.filter((v) => options.variants!.includes(v.id)) : quickscanVariants;
  },
  texts(model) {
    const m = model.meta;
    return [
      { text: m.title + (m.subtitle ?? '') + m.instruction + m.scale.map((p) => p.label).join('') + (m.notApplicable ?? '') },
      ...model.intro.flatMap((b) => (b.type === 'paragraph' ? [{ text: plain(b.runs) }] : [])),
      ...model.sections.flatMap((s) => [
        { text: plain(s.title), line: s.line },
        ...s.intro.flatMap((b) => (b.type === 'paragraph' ? [{ text: plain(b.runs), line: s.line }] : [])),
        ...s.items.flatMap((it) => [{ text: plain(it.runs), line: it.line }, ...(it.tip ? [{ text: plain(it.tip), line: it.line }] : [])]),
      ]),
    ];
  },
  render: {
    async custom(input, fontsDir) {
      // Dated by the build, not the clock (as render-task does for layouts): same inputs, same bytes.
      const element = QuickscanLayout(input) as ReactElement<DocumentProps>;
      const raw = await renderToBuffer(cloneElement(element, { creationDate: input.date, modificationDate: input.date } as Partial<DocumentProps>));
      const { pdf } = await (await import('./fields.js')).finishQuickscan(raw, input.variant.id === 'invulbaar', fontsDir);
      return { pdf, pages: countPages(raw) };
    },
  },
  layoutFiles: ['layouts/quickscan.tsx', 'layouts/components', 'layouts/theme.ts'],
};
