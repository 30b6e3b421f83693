/**
 * The colour pairs the layouts draw from a brand's two colours, held to WCAG 2.1: 4.5:1
 * for text, 3:1 for large text and graphics. A brand colour printed as text that does not
 * reach its ratio is moved until it does (darkened on white, lightened on a dark band:
 * catalogue/colours.ts, as the catalogue does for its theme), with a warning at the
 * brand.yml line; a pair that cannot be mended is a warning. Pure.
 *
 * The pairs, and what the layouts print in them:
 * - primary on white: headings, section titles, tip headings, pictograms, guide text
 *   (text, 4.5:1; pictograms need 3:1 and get more). The title band is the primary colour
 *   with white or ink text (`onColor`), readable once the primary reads on white.
 * - accent on primary: the line above the title in the title band (9 pt bold text, 4.5:1).
 * - white or ink on accent: numbers in the round badges (`onColor`; 4.5:1).
 * - card category colours (derived from the brand's, or the deck's own): card titles and
 *   bullets print in them where they reach 4.5:1 on the card, else in ink (cards.tsx).
 * Other uses are tints near white under ink text, rules, borders and the bars of the score
 * report beside their printed means (decoration).
 */
import { contrast, readableOn } from '../catalogue/colours.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { onColor, TEXT_CONTRAST } from '../../layouts/theme.js';

const WHITE = '#ffffff';

export interface PrintColours {
  /** The primary colour as printed: text and pictograms on white, and the title band. */
  primary: string;
  accent: string;
  /** The accent as printed on the primary colour (the line above the title in the band). */
  accentOnPrimary: string;
}

const ratio = (a: string, b: string) => contrast(a, b).toFixed(1);

/**
 * @param colors the brand's colours as its brand.yml gives them
 * @returns the colours to print, and warnings that name a field (`colors.primary`) but no file
 */
export function printColours(colors: { primary: string; accent: string }): { colours: PrintColours; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  /** `colour` as printed on `background` for `uses`, moved and warned about when it does not reach the ratio. */
  const readable = (field: 'primary' | 'accent', colour: string, background: string, against: string, uses: string): string => {
    if (contrast(colour, background) >= TEXT_CONTRAST) return colour;
    const printed = readableOn(colour, background, TEXT_CONTRAST);
    diagnostics.push(
      diag('BrandColourAdjusted', { field, colour, ratio: ratio(colour, background), against, uses, needed: TEXT_CONTRAST, printed, printedRatio: ratio(printed, background) }, { field: `colors.${field}` }),
    );
    return printed;
  };
  const primary = readable('primary', colors.primary, WHITE, 'on white', 'headings, section titles and pictograms printed in it');
  const accent = colors.accent;
  const accentOnPrimary = readable('accent', accent, primary, `on the primary colour ${primary}`, 'the words above the title in the title band');
  const badge = contrast(accent, onColor(accent));
  if (badge < TEXT_CONTRAST) {
    diagnostics.push(diag('BrandColourLowContrast', { field: 'accent', colour: accent, ratio: badge.toFixed(1), needed: TEXT_CONTRAST, uses: 'numbers in the round badges' }, { field: 'colors.accent' }));
  }
  return { colours: { primary, accent, accentOnPrimary }, diagnostics };
}
