/**
 * Widths of text in the bundled fonts, measured with fontkit as react-pdf lays it out
 * (advance widths with kerning), for layout checks that run before rendering.
 */
import { faceFile } from './fonts.js';
import { openFont } from './open-font.js';

/** Width in points of a text at a size. */
export type MeasureText = (text: string, size: number) => number;

/**
 * A measure of text in the first of `families` that has all its characters.
 * @param fontsDir the bundled fonts
 * @param families font families in fallback order (scriptFonts)
 * @param bold the bold face instead of the regular one
 */
export function textMeasure(fontsDir: string, families: readonly string[], bold: boolean): MeasureText {
  const faces = families.map((f) => openFont(faceFile(fontsDir, f, bold)));
  return (text, size) => {
    const face = faces.find((f) => [...text].every((c) => f.hasGlyphForCodePoint(c.codePointAt(0)!))) ?? faces[0]!;
    return (face.layout(text).advanceWidth / face.unitsPerEm) * size;
  };
}
