/**
 * The quickscan kind: a self-assessment questionnaire with a printed variant (boxes to
 * tick with a pen) and a fillable variant (`--invulbaar`, AcroForm fields over the boxes).
 */
import { createHash } from 'node:crypto';
import { answerColumnWidth, headingSize, QuickscanLayout, type Headings } from '../../../layouts/quickscan.js';
import { DiagnosticsError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { fontsOf } from '../../render/fonts.js';
import { hyphenationFor } from '../../render/hyphenation.js';
import { textMeasure } from '../../render/text-width.js';
import { fitHeadings, HEADING_MIN_SIZE } from './heading-fit.js';
import { plain } from '../../markdown/blocks.js';
import { countPages, renderDated } from '../../render/pdf-file.js';
import { defineKind } from '../define-kind.js';
import type { RenderInput, Variant } from '../kind.js';
import { answerColumns, quickscanModel, type QuickscanModel } from './model.js';
import { quickscanSchema } from './schema.js';
import { scoreAnswersFile } from './score-answers.js';
import { memo } from '../../memos.js';
import { quickscanTranslation } from './translation.js';

/** The two outputs of every quickscan. */
export const quickscanVariants: Variant[] = [
  { id: 'default', suffix: '', label: 'op papier' },
  { id: 'invulbaar', suffix: '--invulbaar', label: 'invulbaar op scherm', screenOnly: true },
];

/**
 * What the printed layout depends on: everything in the input but the variant (both
 * variants print the same pages; the fillable one only adds fields afterwards). Bytes
 * (the brand's logo) are keyed by their digest, not spelled out.
 */
export function layoutKey(input: RenderInput<QuickscanModel>): string {
  const { variant: _variant, ...rest } = input;
  return JSON.stringify(rest, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = key ? this[key] : value;
    if (raw instanceof Uint8Array) return `sha1:${createHash('sha1').update(raw).digest('hex')}`;
    // Not expected in plain task data, but JSON would print them as {}: spell them out.
    if (raw instanceof Map || raw instanceof Set) return [raw.constructor.name, ...raw];
    return value;
  });
}

const mmOf = (pt: number) => (pt / 2.834645669).toFixed(1).replace(/\.0$/, '');

/**
 * How the answer columns' headings print, or why they cannot (ScaleLabelTooWide, with the
 * front matter field of the label).
 */
export function fitColumnHeadings({ model, language }: RenderInput<QuickscanModel>, fontsDir: string): { headings: Headings } | { diagnostic: Diagnostic } {
  const columns = answerColumns(model.meta);
  const width = answerColumnWidth(columns.length);
  const measure = textMeasure(fontsDir, fontsOf(language), true);
  const fit = fitHeadings(columns.map((c) => c.label), width, headingSize(model.meta.audience === 'ouders'), measure, hyphenationFor(language.code));
  if ('size' in fit) return { headings: fit };
  const { index, label, needed } = fit.tooWide;
  const field = index < model.meta.scale.length ? `scale.${index}.label` : 'notApplicable';
  return { diagnostic: diag('ScaleLabelTooWide', { label, needed: mmOf(needed), columns: columns.length, width: mmOf(width), min: HEADING_MIN_SIZE }, { field }) };
}

/**
 * Printed layouts rendered in this thread, by key, shared by the two variants of one
 * document and brand: the fillable variant is the printed one plus fields, so rendering
 * its pages again was pure waste (~half its time). Keyed on everything the layout reads,
 * so the order of renders changes only the time; the oldest are dropped beyond a few.
 */
const layouts = memo<string, Promise<Uint8Array>>('quickscan/layouts');
const KEPT_LAYOUTS = 4;

function renderLayout(input: RenderInput<QuickscanModel>, fontsDir: string): Promise<Uint8Array> {
  // The fonts folder too: react-pdf's fonts are registered per process and folder.
  const key = `${fontsDir}\u0000${layoutKey(input)}`;
  const kept = layouts.get(key);
  if (kept) return kept;
  const fit = fitColumnHeadings(input, fontsDir);
  if ('diagnostic' in fit) return Promise.reject(new DiagnosticsError([fit.diagnostic]));
  const pdf = renderDated(QuickscanLayout(input, fit.headings), input.date);
  layouts.set(key, pdf);
  for (const old of layouts.keys()) if (layouts.size > KEPT_LAYOUTS) layouts.delete(old);
  // A failure is not remembered: the next render tries again.
  pdf.catch(() => {
    if (layouts.get(key) === pdf) layouts.delete(key);
  });
  return pdf;
}

/** Quickscans (`kind: quickscan`): printed and fillable, scored by `drukklaar score`. */
export const quickscanKind = defineKind({
  name: 'quickscan',
  description: 'self-assessment questionnaire with an answer scale, on paper and fillable on screen; `score` turns answers into a report',
  schema: quickscanSchema,
  toModel: quickscanModel,
  variants(_model, options) {
    return options.variants?.length ? quickscanVariants.filter((v) => options.variants!.includes(v.id)) : quickscanVariants;
  },
  // Paginated by react-pdf's first engine (its table headers and keep-with-next titles rely on
  // it), whose cost grows faster than the text: 1,000 statements take over a minute.
  maxTexts: 500,
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
  async checkLayout(input, fontsDir) {
    const fit = fitColumnHeadings(input, fontsDir);
    return 'diagnostic' in fit ? [fit.diagnostic] : [];
  },
  pictograms: (model) => model.meta.scale.flatMap((p, i) => (p.symbol ? [{ name: p.symbol, field: `scale.${i}.symbol` }] : [])),
  render: {
    async custom(input, fontsDir) {
      const raw = await renderLayout(input, fontsDir);
      const { pdf } = await (await import('./fields.js')).finishQuickscan(raw, input.variant.id === 'invulbaar', fontsDir);
      return { pdf, pages: countPages(raw) };
    },
  },
  variantIds: quickscanVariants.filter((v) => v.id !== 'default').map((v) => v.id),
  catalogue: {
    label: 'Quickscans',
    advice: (entries) => [
      'Dubbelzijdig printen langs de lange kant bespaart papier; enkelzijdig kan ook.',
      ...(entries.some((e) => e.languages.length > 1)
        ? ['Een vertaalde quickscan bevat elke uitspraak ook in het Nederlands: geef hem zo mee. De antwoorden op alle taalversies tellen samen (`score` met een CSV per taal).']
        : []),
    ],
  },
  renderCost: 600,
  translation: quickscanTranslation,
  rightToLeft: true,
  wordPrefixes: ['quickscan'],
  scoring: {
    noun: 'quickscan',
    fileHint: 'content/quickscans/<slug>.nl.md',
    usage: 'content/quickscans/ouders-kort.nl.md antwoorden.csv [antwoorden-ar.csv …] [--brand id] [--out rapport.pdf]',
    score: scoreAnswersFile,
  },
});
