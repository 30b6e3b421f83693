/**
 * What a card deck tells its printer, in Dutch: the note on the guide page, the slug
 * line's words, and the advice above the decks in the catalogue.
 */
import { duplexOf, edgeLabel } from '../../catalogue/print-advice.js';
import type { ManifestEntry } from '../../output/manifest.js';
import type { SheetLayout } from './sheet-layout.js';
import type { CardsModel } from './model.js';
import type { CardsFrontMatter } from './schema.js';

/** How a press sheet turns, in words for the slug line and the guide. */
export const duplexWords: Record<CardsFrontMatter['duplex'], string> = {
  'long-edge': 'dubbelzijdig, omslaan langs de lange zijde',
  'short-edge': 'dubbelzijdig, omslaan langs de korte zijde',
  single: 'enkelzijdig',
};

/**
 * The deck's card size and bleed in words, e.g. "A7 74×105 mm, afloop 3 mm".
 * @param model the deck
 */
export function cardWords(model: CardsModel): string {
  const c = model.meta.card;
  const name = typeof c === 'string' ? (c === 'poker' ? 'pokerformaat' : c.toUpperCase()) : 'eigen formaat';
  return `${name} ${model.card.width}×${model.card.height} mm, afloop ${model.meta.bleed} mm`;
}

/**
 * The print note on the guide page: cards, sheets and how to print and cut them.
 * @param model the deck
 * @param layout how its cards sit on a sheet
 * @param sheets number of press sheets
 */
export function printNote(model: CardsModel, layout: SheetLayout, sheets: number): string {
  const sheet = model.meta.sheet.toUpperCase();
  const base = `${model.cards.length + 1} kaarten (met deze gidskaart) van ${cardWords(model)}, ${layout.perSheet} per vel ${sheet} (${layout.orientation === 'portrait' ? 'staand' : 'liggend'}), ${sheets} ${sheets === 1 ? 'vel' : 'vellen'}. Druk af op ware grootte (100%, niet "aanpassen aan pagina") en snijd op de snijtekens.`;
  if (model.meta.duplex === 'single') return `${base} Enkelzijdig: eerst alle voorkanten, daarna alle achterkanten, elke achterkant op dezelfde plaats als zijn voorkant. Snijd beide en kleef ze rug aan rug, of leg de vellen opnieuw in de printer.`;
  return `${base} Druk ${duplexWords[model.meta.duplex]}: dan valt elke achterkant precies achter zijn voorkant.`;
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
