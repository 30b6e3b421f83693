/**
 * Conversation cards (`kind: cards`): a deck rendered face by face with react-pdf at
 * trim + bleed, measured first so that text shrinks to fit (never below MIN_TEXT_SIZE)
 * or fails with CardOverflow, then imposed on press sheets with pdf-lib.
 *
 * Outputs per deck and brand: `<slug>.pdf` (press sheets with crop marks and slug
 * lines), `<slug>--kaarten.pdf` (one face per page: guide card, then front and back of
 * each card) and `<slug>--gids.pdf` (the guide page, A4).
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { CardFacesDocument, SlugDocument, type FaceSpec } from '../../../layouts/cards.js';
import { GuideDocument, type GuidePageInput } from '../../../layouts/card-guide.js';
import { DiagnosticsError } from '../../diagnostics/diagnostic.js';
import { say } from '../../languages/language.js';
import { plain } from '../../markdown/blocks.js';
import { fontsOf } from '../../render/fonts.js';
import { hyphenationFor } from '../../render/hyphenation.js';
import { countPages, renderDated } from '../../render/pdf-file.js';
import { formatSource } from '../../schema/common.js';
import { defineKind } from '../define-kind.js';
import type { Rendered, RenderInput } from '../kind.js';
import { fitDeck } from './fit.js';
import { imposeSheets, setCardBoxes } from './impose.js';
import { layoutSheet, planSides } from './sheet-layout.js';
import { cardsModel, type CardsModel } from './model.js';
import { cardsCatalogueAdvice, cardWords, duplexWords, printNote } from './print-note.js';
import { cardsSchema } from './schema.js';
import { cardsTranslation } from './translation.js';

export { faceKey } from './fit.js';

/** Render a deck: measure, render faces, impose, and write the guide page. */
export async function renderCards(input: RenderInput<CardsModel>, fontsDir: string): Promise<Rendered> {
  const { model, brand, language, date, source, sourceLanguage } = input;
  const { meta } = model;
  // A translation prints on the Dutch deck's cards and sheets; its printer reads Dutch.
  const dutch = source ?? model;
  const printer = sourceLanguage ?? language;
  const hyphenate = hyphenationFor(language.code);
  const fontFamily = fontsOf(language);
  const { drafts, fitted, overflow, icons, colors } = await fitDeck(input, fontsDir);
  if (overflow.length) throw new DiagnosticsError(overflow);
  const cards = drafts.length / 2;

  const faces: FaceSpec[] = drafts.map((d, i) => ({ side: d.side, text: d.text, size: (fitted[i] as { size: number }).size, color: d.color, ...d.frame, brand }));
  const singleTitle = say(language, 'cards.singleTitle', { title: meta.title });
  // Dated by the build, not the clock: pdfkit derives the file /ID from the date, and pdf-lib keeps it.
  const facesPdf = await renderDated(CardFacesDocument({ faces, card: dutch.card, bleed: dutch.meta.bleed, hyphenate, title: singleTitle, author: brand.name, lang: language.code, fontFamily }), date);
  if (countPages(facesPdf) !== faces.length) throw new Error(`the card faces took ${countPages(facesPdf)} pages instead of ${faces.length}`);
  const single = await setCardBoxes(facesPdf, dutch.card, dutch.meta.bleed, { title: singleTitle, author: brand.name, date });

  const layout = layoutSheet(dutch.card, dutch.sheet, dutch.meta.bleed, dutch.meta.duplex);
  const sides = planSides(layout, cards, dutch.meta.duplex);
  const sheets = sides.length / 2;
  const day = date.toISOString().slice(0, 10);
  const size = cardWords(dutch, printer);
  const turn = duplexWords(printer, dutch.meta.duplex);
  const slugLines = sides.map((s) =>
    say(printer, 'cards.slug', { title: meta.title, sheet: s.sheet, sheets, side: say(printer, s.side === 'front' ? 'cards.front' : 'cards.back'), brand: brand.name, day, size, paper: dutch.meta.sheet.toUpperCase(), duplex: turn }),
  );
  const slugAt = (i: number) => {
    const s = sides[i]!;
    if (s.side === 'back' && layout.flip === 'rows') return { x: layout.slug.x, y: layout.sheet.height - layout.slug.y - 2 };
    return layout.slug;
  };
  const chrome = await renderToBuffer(SlugDocument({ sheet: layout.sheet, lines: slugLines, at: slugAt, fontFamily }));
  const pdf = await imposeSheets({ faces: facesPdf, chrome, layout, sides, meta: { title: meta.title, author: brand.name, subject: meta.summary ?? meta.subtitle ?? meta.title, date, lang: language.code } });

  const pages: GuidePageInput[] = [{ model, language, printNote: printNote(dutch, layout, sheets, language, cards), hyphenate, fontFamily }];
  if (source && sourceLanguage) {
    const draft = model.meta.status === 'draft' || source.meta.status === 'draft';
    const nlFonts = fontsOf(sourceLanguage);
    const nlHyphenate = hyphenationFor(sourceLanguage.code);
    pages[0] = { ...pages[0]!, ...(draft ? { draft: say(language, 'draft') } : {}) };
    pages.push({ model: source, language: sourceLanguage, printNote: printNote(dutch, layout, sheets, sourceLanguage, cards), hyphenate: nlHyphenate, fontFamily: nlFonts, ...(draft ? { draft: say(sourceLanguage, 'draft') } : {}) });
    // The translation's category labels, the Dutch deck's colours and pictograms.
    const labels = new Map(model.categories.map((c) => [c.id, c.label]));
    pages[0] = { ...pages[0]!, model: { ...model, cards: source.cards.map((c, i) => ({ ...c, ...model.cards[i], category: c.category })), categories: source.categories.map((c) => ({ ...c, label: labels.get(c.id) || c.label })) } };
  }
  const guide = await renderDated(GuideDocument({ pages, brand, colors, icons }), date);
  return {
    pdf,
    pages: sides.length,
    extras: [
      { suffix: '--kaarten', pdf: single, pages: faces.length },
      { suffix: '--gids', pdf: guide, pages: countPages(guide) },
    ],
  };
}

/** Card decks (`kind: cards`): press sheets, single cards and a guide. */
export const cardsKind = defineKind({
  name: 'cards',
  description: 'conversation cards printed as a deck: press sheets with bleed, crop marks and aligned backs, single cards, and a guide',
  schema: cardsSchema,
  toModel: cardsModel,
  variants: () => [{ id: 'default', suffix: '' }],
  texts(model) {
    const m = model.meta;
    const blocks = (bs: CardsModel['guide']) => bs.map((b) => (b.type === 'paragraph' ? plain(b.runs) : b.items.map((l) => `${l.marker} ${plain(l.runs)}`).join(' '))).join(' ');
    return [
      { text: `${m.title} ${m.subtitle ?? ''} ${m.instruction ?? ''}` },
      // Labels and the deck's name print in capitals, by the rules of the deck's language.
      { text: [m.title, ...model.categories.map((c) => c.label)].map((t) => t.toLocaleUpperCase(m.lang) + t).join(' ') },
      { text: blocks(model.guide) },
      { text: (m.sources ?? []).map(formatSource).join(' ') },
      ...model.cards.map((c) => ({ text: `${plain(c.title)} ${blocks(c.front)} ${blocks(c.back)} •`, line: c.line })),
    ];
  },
  pictograms: (model) => model.categories.flatMap((c) => (c.icon ? [{ name: c.icon, field: `categories.${c.id}.icon` }] : [])),
  render: { custom: (input, fontsDir) => renderCards(input, fontsDir) },
  checkLayout: async (input, fontsDir) => (await fitDeck(input, fontsDir)).overflow,
  fixedTexts: ['0123456789/()·×,.:"%–'],
  wordPrefixes: ['cards'],
  rightToLeft: true,
  translation: cardsTranslation,
  duplex: (frontMatter) => frontMatter.duplex,
  catalogue: { label: 'Gesprekskaarten', advice: cardsCatalogueAdvice },
  renderCost: 800,
});
