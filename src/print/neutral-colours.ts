/**
 * Colours for the press: neutral colours on black ink only. A print shop separates an RGB
 * black into four inks ("rich black", 313 % ink with Ghostscript's conversion), so small text
 * blurs wherever the plates do not register. Gray (DeviceGray) passes through the conversion
 * unchanged and prints on the black plate alone, so every colour of low chroma is rewritten
 * as a gray, and a dark one (the layouts' text ink) as solid black.
 */

/** Colours whose channels differ by at most this much (0..1) count as neutral. */
const NEUTRAL_SPREAD = 0.08;
/** Neutral colours at most this light print as solid black (100 % K). */
const SOLID_BLACK = 0.2;

const NUMBER = String.raw`(-?\d*\.?\d+)`;
const FILL = new RegExp(String.raw`/DeviceRGB\s+cs\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}\s+scn\b`, 'g');
const STROKE = new RegExp(String.raw`/DeviceRGB\s+CS\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}\s+SCN\b`, 'g');
const RG = new RegExp(String.raw`(?<![\w.])${NUMBER}\s+${NUMBER}\s+${NUMBER}\s+(rg|RG)\b`, 'g');

/** The gray level (0 black … 1 white) of a neutral RGB colour, or undefined for a colour. */
export function grayOf(r: number, g: number, b: number): number | undefined {
  if (Math.max(r, g, b) - Math.min(r, g, b) > NEUTRAL_SPREAD) return undefined;
  const level = 0.299 * r + 0.587 * g + 0.114 * b;
  return level <= SOLID_BLACK ? 0 : Math.round(level * 1000) / 1000;
}

/**
 * A content stream with its neutral RGB colours set as grays: `/DeviceRGB cs r g b scn`
 * becomes `/DeviceGray cs k scn`, and likewise for strokes and the `rg`/`RG` operators.
 * @param content the decoded content stream, as latin1 text
 */
export function neutralsToGray(content: string): string {
  const swap = (whole: string, r: string, g: string, b: string, to: (gray: number) => string) => {
    const gray = grayOf(Number(r), Number(g), Number(b));
    return gray === undefined ? whole : to(gray);
  };
  return content
    .replace(FILL, (m, r: string, g: string, b: string) => swap(m, r, g, b, (k) => `/DeviceGray cs ${k} scn`))
    .replace(STROKE, (m, r: string, g: string, b: string) => swap(m, r, g, b, (k) => `/DeviceGray CS ${k} SCN`))
    .replace(RG, (m, r: string, g: string, b: string, op: string) => swap(m, r, g, b, (k) => `${k} ${op === 'rg' ? 'g' : 'G'}`));
}
