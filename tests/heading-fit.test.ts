/**
 * fitHeadings, the rule behind the quickscan column headings, with a simple measure
 * (every character 0.6 em wide): full size when words fit, then hyphenation points,
 * then smaller type down to the minimum, else the label and the width it needs.
 */
import { describe, expect, it } from 'vitest';
import { fitHeadings, HEADING_MIN_SIZE } from '../src/kinds/quickscan/heading-fit.js';

const measure = (text: string, size: number) => text.length * size * 0.6;
const whole = (w: string) => [w];
const syllables = (w: string) => w.match(/.{1,4}/g) ?? [w];

describe('fitHeadings', () => {
  it('keeps the full size when every word fits its column', () => {
    expect(fitHeadings(['Nooit', 'Soms wel', 'Altijd'], 40, 7.5, measure, whole)).toEqual({ size: 7.5, hyphenate: false });
  });

  it('breaks at hyphenation points before it shrinks', () => {
    expect(fitHeadings(['Grotendeels'], 40, 7.5, measure, syllables)).toEqual({ size: 7.5, hyphenate: true });
  });

  it('shrinks, not below the minimum, when a word has no hyphenation points', () => {
    // 11 characters: 49.5 pt at 7.5 pt, 39.6 pt at 6 pt; the column leaves 40 - 1 pt.
    const fit = fitHeadings(['Grotendeels'], 41, 7.5, measure, whole);
    expect(fit).toEqual({ size: 6, hyphenate: false });
  });

  it('names the label that does not fit at the minimum size, with the width it needs', () => {
    const fit = fitHeadings(['Ja', 'onzeschool.be/bevraging'], 37, 7.5, measure, whole);
    expect(fit).toEqual({ tooWide: { index: 1, label: 'onzeschool.be/bevraging', needed: 23 * HEADING_MIN_SIZE * 0.6 + 1 } });
  });
});
