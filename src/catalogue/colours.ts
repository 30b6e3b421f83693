/**
 * Colour arithmetic for the catalogue theme: WCAG contrast, and darkening a brand
 * colour until white text on it (and it as text on white) is readable.
 */

function channels(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return '#' + [r, g, b].map((c) => Math.round(Math.max(0, Math.min(255, c))).toString(16).padStart(2, '0')).join('');
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour itself if it reaches `ratio` against white, else the same hue darkened
 * step by step until it does.
 */
export function readableOnWhite(hex: string, ratio = 4.5): string {
  let c = channels(hex);
  for (let i = 0; i < 40 && contrast(toHex(c), '#ffffff') < ratio; i++) c = c.map((x) => x * 0.92) as [number, number, number];
  return toHex(c);
}

/** Black or white, whichever reads better on `hex`. */
export function textOn(hex: string): '#000000' | '#ffffff' {
  return contrast(hex, '#ffffff') >= contrast(hex, '#000000') ? '#ffffff' : '#000000';
}
