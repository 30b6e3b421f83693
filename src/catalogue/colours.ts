/**
 * Colour arithmetic for brand colours (the catalogue theme and the printed layouts):
 * WCAG contrast, and darkening (or lightening) a brand colour until it reads on its
 * background.
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
  return readableOn(hex, '#ffffff', ratio);
}

/**
 * The colour itself if it reaches `ratio` against `background`, else the same hue moved
 * step by step away from it: darkened on a light background, lightened (mixed with
 * white) on a dark one, until it does or can go no further.
 */
export function readableOn(hex: string, background: string, ratio = 4.5): string {
  const darken = contrast(background, '#ffffff') < contrast(background, '#000000');
  let c = channels(hex);
  for (let i = 0; i < 40 && contrast(toHex(c), background) < ratio; i++) {
    c = c.map((x) => (darken ? x * 0.92 : x + (255 - x) * 0.08)) as [number, number, number];
  }
  return toHex(c);
}

/** Black or white, whichever reads better on `hex`. */
export function textOn(hex: string): '#000000' | '#ffffff' {
  return contrast(hex, '#ffffff') >= contrast(hex, '#000000') ? '#ffffff' : '#000000';
}
