/**
 * What a card deck tells its printer: the note on the guide page and the slug line's words
 * (from the language files), and the advice above the decks in the (Dutch) catalogue.
 */
import { duplexOf, edgeLabel } from '../../catalogue/print-advice.js';
import type { ManifestEntry } from '../../output/manifest.js';
import { say, type Language } from '../../languages/language.js';
import type { SheetLayout } from './sheet-layout.js';
import type { CardsModel } from './model.js';
import type { CardsFrontMatter } from './schema.js';

/**
 * How a press sheet turns, in words for the slug line and the guide.
 * @param lang the language to say it in
 * @param duplex the deck's duplex mode
 */
export function duplexWords(lang: Language, duplex: CardsFrontMatter['duplex']): string {
  if (duplex === 'long-edge') return say(lang, 'cards.duplex.longEdge');
  if (duplex === 'short-edge') return say(lang, 'cards.duplex.shortEdge');
  return say(lang, 'cards.duplex.single');
}

/**
 * The deck's card size and bleed in words, e.g. "A7 74×105 mm, afloop 3 mm".
 * @param model the deck
 * @param lang the language to say it in
 */
export function cardWords(model: CardsModel, lang: Language): string {
  const c = model.meta.card;
  const name = typeof c === 'string' ? (c === 'poker' ? say(lang, 'cards.size.poker') : c.toUpperCase()) : say(lang, 'cards.size.custom');
  const words = say(lang, 'cards.size', { name, width: model.card.width, height: model.card.height, bleed: model.meta.bleed });
  // Right to left, "63×88" would print as "88×63" (the × takes the line's direction): keep it
  // in the order written, as a left-to-right isolate (LRI … PDI, drawn with no width).
  return lang.dir === 'rtl' ? words.replace(/\d+×\d+/g, (m) => `\u2066${m}\u2069`) : words;
}

/**
 * The print note on the guide page: cards, sheets and how to print and cut them.
 * @param model the deck
 * @param layout how its cards sit on a sheet
 * @param sheets number of press sheets
 * @param lang the language of the guide
 * @param cards number of cards printed (with the guide card)
 */
export function printNote(model: CardsModel, layout: SheetLayout, sheets: number, lang: Language, cards = model.cards.length + 1): string {
  const base = say(lang, 'cards.printNote', {
    cards,
    size: cardWords(model, lang),
    perSheet: layout.perSheet,
    sheet: model.meta.sheet.toUpperCase(),
    orientation: layout.orientation === 'portrait' ? say(lang, 'cards.portrait') : say(lang, 'cards.landscape'),
    sheets: sheets === 1 ? say(lang, 'cards.oneSheet') : say(lang, 'cards.sheets', { sheets }),
  });
  if (model.meta.duplex === 'single') return `${base} ${say(lang, 'cards.printSingle')}`;
  return `${base} ${say(lang, 'cards.printDuplex', { duplex: duplexWords(lang, model.meta.duplex) })}`;
}

/**
 * Advice above the decks in the catalogue: which edge to turn on (when all decks agree)
 * and which paper to use.
 * @param entries the manifest entries of the decks
 */
export function cardsCatalogueAdvice(entries: ManifestEntry[]): string[] {
  const edges = new Set(entries.map(duplexOf));
  const edge = edges.size === 1 ? [...edges][0] : undefined;
  return [
    edge === 'single'
      ? 'Print eerst alle voorkanten, daarna alle achterkanten; snijd beide en kleef ze rug aan rug.'
      : edge
      ? `Print de kaartvellen dubbelzijdig en laat de printer omslaan langs de ${edgeLabel(edge)} ("${edge === 'long' ? 'lange zijde' : 'korte zijde'}" in het printvenster): zo valt elke achterkant precies achter zijn voorkant.`
      : 'Print de kaartvellen dubbelzijdig en kies de kant waarvoor het kaartspel gemaakt is (zie bij elk spel); print eerst één proefvel en houd het tegen het licht.',
    'Gebruik stevig papier (160 tot 250 g/m²) en knip langs de snijtekens.',
  ];
}
