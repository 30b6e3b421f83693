/**
 * Brand kits: content/brands/<id>/brand.yml, validated like documents.
 */
import { z } from 'zod';
import { hexColor } from '../schema/common.js';


export const brandSchema = z
  .object({
    name: z.string().regex(/\S/, 'must not be empty'),
    logo: z.string().min(1),
    colors: z.object({ primary: hexColor, accent: hexColor }).strict(),
    contact: z.string().optional(),
    footer: z.string().optional(),
    licence: z.string().optional(),
    paper: z.enum(['a4', 'a5']).default('a4'),
  })
  .strict();

export type BrandKit = z.infer<typeof brandSchema>;

/** A logo ready for print: PNG bytes and its pixel size. */
export interface Logo {
  /** With transparency, for screens and coloured backgrounds. */
  png: Buffer;
  /**
   * Flattened on white, for the page header (printed on white paper). An opaque,
   * non-interlaced PNG is embedded by pdfkit as it is, without decoding and
   * re-compressing it for every document.
   */
  onWhite: Buffer;
  width: number;
  height: number;
}

/**
 * A validated brand kit with its logo loaded. Its `colors.primary` is the colour as
 * printed: darkened when the brand's own is too light for text on white (print-colours.ts).
 */
export interface Brand extends BrandKit {
  id: string;
  logoImage: Logo;
  /** Digest of brand.yml and the logo bytes, for the incremental cache. */
  hash: string;
  /**
   * The accent as printed on the primary colour (the line above the title in the title
   * band): the accent, lightened when it does not read there (print-colours.ts).
   */
  accentOnPrimary?: string;
  /**
   * The font families of the brand's words (name, contact, footer, licence) when they have
   * letters of a script Noto Sans lacks (an Arabic school name): Noto Sans first, then the
   * script's family (fonts.ts `withFontsForText`). Absent: Noto Sans alone.
   */
  textFonts?: string[];
}

/** The font families a brand's words print in. */
export const brandFonts = (brand: Pick<Brand, 'textFonts'>): string | string[] => brand.textFonts ?? 'Noto Sans';

/** Printed width of the logo in the page header, in mm (used for the dpi check). */
export const LOGO_PRINT_WIDTH_MM = 32;
