/**
 * Measures and colours shared by the layouts. Sizes in points (1 mm = 2.8346 pt).
 */
export const mm = (v: number) => v * 2.834645669;

export const paperSizes = {
  a4: { width: mm(210), height: mm(297) },
  a5: { width: mm(148), height: mm(210) },
  a3: { width: mm(297), height: mm(420) },
} as const;

export const ink = '#1f2328';
export const muted = '#57606a';
export const rule = '#b8bec6';

/** Mix a hex colour with white: amount 0 = colour, 1 = white. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => Math.round(c + (255 - c) * amount));
  return `#${ch.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance contrast of two hex colours (WCAG). */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const [r, g, bl] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** WCAG 2.1 minimum contrast of text below 14 pt bold or 18 pt (level AA). */
export const TEXT_CONTRAST = 4.5;

/** Text colour readable on a background: white or ink. */
export function onColor(bg: string): string {
  return contrast(bg, '#ffffff') >= TEXT_CONTRAST ? '#ffffff' : ink;
}
