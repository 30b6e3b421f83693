/**
 * A fifth kind that exists only for tests (`kind: poster`): one page with a slogan and
 * the paragraphs of the body. It is declared the way a real kind is, with `defineKind`
 * and nothing outside this folder, to show that shared code asks a kind for its facts.
 */
import { Document, Page, Text } from '@react-pdf/renderer';
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createElement as h } from 'react';
import { z } from 'zod';
import { defineKind } from '../../src/kinds/define-kind.js';
import { scriptFonts } from '../../src/render/fonts.js';
import { commonFields } from '../../src/schema/common.js';

/** Front matter of a poster. */
export const posterSchema = z.object({ kind: z.literal('poster'), ...commonFields, slogan: z.string().min(1), paper: z.enum(['a4', 'a3']).default('a3') }).strict();

/** What a poster prints. */
export interface PosterModel {
  title: string;
  slogan: string;
  lines: { text: string; line: number }[];
}

/** The catalogue heading of posters: the test looks for it on the catalogue page. */
export const POSTER_LABEL = 'Affiches voor de schoolpoort';

/** The poster kind, registered by the test that uses it (never by src/kinds/registry.ts). */
export const posterKind = defineKind({
  name: 'poster',
  description: 'a test-only poster: a slogan and a few lines',
  schema: posterSchema,
  toModel: ({ frontMatter, tree }) => ({
    model: {
      title: frontMatter.title,
      slogan: frontMatter.slogan,
      lines: tree.children.filter((n: RootContent): n is Paragraph => n.type === 'paragraph').map((p) => ({ text: toString(p), line: p.position?.start.line ?? 1 })),
    },
    diagnostics: [],
  }),
  variants: () => [{ id: 'default', suffix: '' }],
  texts: (model: PosterModel) => [{ text: model.title + model.slogan, line: 1 }, ...model.lines],
  fixedTexts: ['Affiche'],
  render: {
    // The model's type reaches the layout: `model.slogan` is a string here, not `unknown`.
    layout: ({ model, brand, language }) =>
      h(
        Document,
        { title: model.title, language: language.code },
        h(
          Page,
          { size: 'A3', style: { padding: 60, fontFamily: scriptFonts[language.script] } },
          h(Text, { style: { fontSize: 48, color: brand.colors.primary } }, model.slogan),
          h(Text, { style: { fontSize: 18 } }, `Affiche: ${model.title}`),
          ...model.lines.map((l, i) => h(Text, { key: i, style: { fontSize: 14, marginTop: 12 } }, l.text)),
        ),
      ),
  },
  paper: (frontMatter) => frontMatter.paper,
  catalogue: { label: POSTER_LABEL, advice: () => ['Print affiches op A3.'] },
  renderCost: 100,
});
