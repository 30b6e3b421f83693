/**
 * Spaces the fonts can draw: a leaf module, so that reading front matter does not load the
 * line layout's modules.
 */

/**
 * White space the fonts have no glyph for, which the line layout drops (words either side
 * printed as one, `Woord\twoord` as `Woordwoord`): a tab pasted from a word processor or
 * spreadsheet, vertical tab, form feed, the ideographic space. Each prints as a space.
 */
const SPACES_WITHOUT_GLYPH = /[\t\v\f\u3000]/g;

/**
 * A text with each space the fonts cannot draw (tab, vertical tab, form feed, ideographic
 * space) as a space: the same length, so places in the text stay where they were.
 * @param text the text as written
 */
export const printableSpaces = (text: string): string => text.replace(SPACES_WITHOUT_GLYPH, ' ');
