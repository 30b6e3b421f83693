/**
 * The faces a deck prints, in print order (front, back, front, back, …), before their text
 * size is chosen: a Dutch deck's guide card and cards; a translation's faces by card size.
 *
 * A translated card keeps the Flemish rule (the Dutch text always with the translation, the
 * same information and nothing more, marked as a translation):
 * - large cards (A6 and others at least 90 mm wide) print each face bilingual: the text in the
 *   language, then under a rule the Dutch text at 80 %. There is room: a Dutch A6 face uses
 *   about half its area at the start size, and the fit check shrinks both texts together;
 * - small cards (poker, A7) have no room for two languages on a face (a poker front holds
 *   about 30 words at 12 pt): every Dutch face becomes a card of its own, the language on its
 *   front and the Dutch text on its back, so the deck doubles (a question card and a card with
 *   its follow-up, each turned over for the Dutch).
 * Either way the fit check measures what prints, and a text that does not fit fails.
 */
import type { ReactNode } from 'react';
import type { FaceSpec, FaceText, Hyphenate, Side } from '../../../layouts/cards.js';
import { faceGeometry } from '../../../layouts/cards.js';
import type { IconData } from '../../../layouts/components/icon.js';
import type { Brand } from '../../brands/brand.js';
import { say, type Language } from '../../languages/language.js';
import { plain } from '../../markdown/blocks.js';
import { fontsOf } from '../../render/fonts.js';
import { hyphenationFor } from '../../render/hyphenation.js';
import type { RenderInput } from '../kind.js';
import type { Category, CardsModel } from './model.js';

/** The frame of a face: everything it prints besides its text (the layout's face, without text, size, colour and brand). */
export type FaceFrame = Omit<FaceSpec, 'side' | 'text' | 'size' | 'color' | 'brand'>;

/** A face to measure and print, before its size is chosen. */
export interface FaceDraft {
  /** 0 = guide card, k = card k. */
  deckIndex: number;
  side: Side;
  text: FaceText;
  color: string;
  start: number;
  width: number;
  height: number;
  label: string;
  title: string;
  line?: number;
  frame: FaceFrame;
}

/** Whether a translated deck of this card size prints bilingual faces (else a paired deck). */
export const bilingualFaces = (model: CardsModel) => faceGeometry(model.card, model.meta.bleed, 'front').large;

/** What the faces of one language need. */
interface LanguageSide {
  model: CardsModel;
  language: Language;
  categories: Category[];
  /** Marks a face's text with its language and fonts (on a translated deck's faces). */
  own: boolean;
}

/** The guide card's legend of categories, mirrored right to left, tagged with its language on a translated deck. */
type Legend = (categories: Category[], size: number, rtl: boolean, lang?: string) => ReactNode;

/** A face before its frame's fonts and direction: what one language says on it. */
interface LogicalFace {
  deckIndex: number;
  side: Side;
  text: FaceText;
  category?: string;
  label: string;
  title: string;
  line?: number;
}

/** The guide card and cards of a deck in one language, in print order. */
function logicalFaces(s: LanguageSide, legend: Legend): LogicalFace[] {
  const { model, language } = s;
  const { meta } = model;
  const rtl = language.dir === 'rtl';
  const mark = (t: FaceText): FaceText => (s.own ? { ...t, lang: language.code, fontFamily: fontsOf(language), hyphenate: hyphenationFor(language.code) as Hyphenate, ...(rtl ? { rtl } : {}) } : t);
  const total = model.cards.length;
  const out: LogicalFace[] = [
    {
      deckIndex: 0,
      side: 'front',
      label: 'gids',
      title: meta.title,
      text: mark({ title: meta.subtitle ?? say(language, 'cards.deck'), emphasis: true, noHyphenation: true, blocks: [{ type: 'paragraph', runs: [{ text: meta.title, bold: true }] }], extra: (size) => legend(s.categories, size, rtl, s.own ? language.code : undefined) }),
    },
    {
      deckIndex: 0,
      side: 'back',
      label: 'gids',
      title: meta.title,
      text: mark({ title: say(language, 'cards.howTo'), blocks: meta.instruction ? [{ type: 'paragraph', runs: [{ text: meta.instruction }] }] : model.guide.slice(0, 1) }),
    },
  ];
  for (const c of model.cards) {
    const common = { deckIndex: c.number, category: c.category, label: `${c.number}/${total}`, title: plain(c.title), line: c.line };
    out.push({ ...common, side: 'front', text: mark({ title: c.title, blocks: c.front, emphasis: true }) });
    out.push({ ...common, side: 'back', text: mark({ title: c.title, blocks: c.back }) });
  }
  return out;
}

/** Input of `deckDrafts`. */
export interface DraftInput {
  input: RenderInput<CardsModel>;
  brand: Brand;
  colors: Record<string, string>;
  icons: Record<string, IconData | undefined>;
  legend: Legend;
}

/**
 * The faces a deck prints, in print order: a Dutch deck's own, or a translation's (bilingual
 * faces or a paired deck, by card size). The geometry is always the Dutch deck's.
 */
export function deckDrafts({ input, brand, colors, icons, legend }: DraftInput): FaceDraft[] {
  const { model, language, source, sourceLanguage } = input;
  const dutch = source ?? model;
  const geometry = { front: faceGeometry(dutch.card, dutch.meta.bleed, 'front'), back: faceGeometry(dutch.card, dutch.meta.bleed, 'back') };
  const draft = (face: LogicalFace, frame: FaceFrame, text: FaceText = face.text): FaceDraft => {
    const g = geometry[face.side];
    const color = (face.category && colors[face.category]) || brand.colors.primary;
    return { deckIndex: face.deckIndex, side: face.side, text, color, start: g.startSize, width: g.area.width, height: g.area.height, label: face.label, title: face.title, ...(face.line ? { line: face.line } : {}), frame };
  };
  const frameOf = (face: LogicalFace, categories: (Category & { capitals?: string })[], deck: string, extra: Partial<FaceFrame> = {}): FaceFrame => {
    const cat = face.category ? categories.find((c) => c.id === face.category) : undefined;
    const number = face.deckIndex > 0 ? face.label : '';
    return { ...(cat ? { category: { id: cat.id, label: cat.label, ...(cat.capitals ? { capitals: cat.capitals } : {}), ...(icons[cat.id] ? { icon: icons[cat.id]! } : {}) } } : {}), number, deck, guide: face.deckIndex === 0, ...extra };
  };
  if (!source || !sourceLanguage) {
    return logicalFaces({ model, language, categories: model.categories, own: false }, legend).map((f) => draft(f, frameOf(f, model.categories, model.meta.title)));
  }
  // A translation: its labels over the Dutch categories (icons and colours are the Dutch deck's).
  const labels = new Map(model.categories.map((c) => [c.id, c.label]));
  const trCategories = source.categories.map((c) => ({ ...c, label: labels.get(c.id) || c.label }));
  const nl = logicalFaces({ model: source, language: sourceLanguage, categories: source.categories, own: true }, legend);
  // A translated card has the category of its Dutch card (the linking checked: same ids, same order).
  const tr = logicalFaces({ model, language, categories: trCategories, own: true }, legend).map((f, i) => ({ ...f, category: nl[i]?.category }));
  const rtl = language.dir === 'rtl';
  const trFonts = fontsOf(language);
  const nlFonts = fontsOf(sourceLanguage);
  const drafted = model.meta.status === 'draft' || source.meta.status === 'draft';
  const words = drafted
    ? [
        { text: say(sourceLanguage, 'draft'), fontFamily: nlFonts, rtl: false, lang: sourceLanguage.code },
        { text: say(language, 'draft'), fontFamily: trFonts, rtl, lang: language.code },
      ]
    : undefined;
  // Each face in the language says it is a translation (footer); the Dutch faces name the Dutch deck.
  const trMark = `${say(language, 'translation')} · ${language.name}`;
  const trFrame = (f: LogicalFace) => frameOf(f, trCategories, trMark, { ...(rtl ? { rtl } : {}), fontFamily: trFonts, ...(words ? { draft: words } : {}) });
  const nlFrame = (f: LogicalFace) => frameOf(f, source.categories, source.meta.title, { fontFamily: nlFonts, lang: sourceLanguage.code, ...(words ? { draft: words } : {}) });
  // A bilingual face's band names its category in both languages, the language's first.
  // In capitals, each part by its own language's rules (Turkish `Bilgi` is `BİLGİ`, Dutch `Thuis` stays `THUIS`).
  const bothLabels = trCategories.map((c) => {
    const dutchLabel = source.categories.find((d) => d.id === c.id)!.label;
    return { ...c, label: `${c.label} · ${dutchLabel}`, capitals: `${c.label.toLocaleUpperCase(language.code)} · ${dutchLabel.toLocaleUpperCase(sourceLanguage.code)}` };
  });
  const drafts = bilingualFaces(source)
    ? tr.map((f, i) => draft(f, { ...trFrame(f), ...frameOf(f, bothLabels, trMark) }, { ...f.text, dutch: { ...nl[i]!.text, extra: undefined } }))
    : tr.flatMap((f, i) => [draft(f, trFrame(f)), draft(nl[i]!, nlFrame(nl[i]!))]);
  // A screen reader hears the watermark once, on the first face; on the others it is an artifact.
  if (words && drafts[0]) drafts[0] = { ...drafts[0], frame: { ...drafts[0].frame, draftRead: true } };
  return drafts;
}
