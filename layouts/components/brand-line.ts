/**
 * A brand's words (name, contact, footer, licence) as they go to the line layout.
 */
import { hasRightToLeft, layoutText } from '../../src/text/layout-text.js';

/**
 * A brand's line prepared like body text (layout-text.ts): a phone number never breaks over
 * two lines, and beside an Arabic school name it keeps the order it was typed in.
 * @param text the line as brand.yml has it
 */
export const brandLine = (text: string): string => layoutText(text, hasRightToLeft(text));
