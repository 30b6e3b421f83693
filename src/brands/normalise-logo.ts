/**
 * Normalise a logo (SVG, PNG, JPEG or WebP) to a PNG at print resolution with sharp.
 * Pure apart from sharp's CPU work: bytes in, bytes and diagnostics out.
 */
import type Sharp from 'sharp';
import { importExternal } from '../external-import.js';

/** sharp loads only when a logo is not in the cache yet. */
const loadSharp = async (): Promise<typeof Sharp> => (await importExternal<{ default: typeof Sharp }>('sharp')).default;
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { checkSvgSafe, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../source/image-safety.js';
import type { Logo } from './brand.js';

const PRINT_DPI = 300;

/**
 * @param path project-relative path, for messages
 * @param bytes the logo file
 * @param printWidthMm width at which the logo is printed
 */
export async function normaliseLogo(
  path: string,
  bytes: Buffer,
  printWidthMm: number,
): Promise<{ logo?: Logo; diagnostics: Diagnostic[] }> {
  const sharp = await loadSharp();
  const diagnostics: Diagnostic[] = [];
  if (bytes.length > MAX_IMAGE_BYTES) {
    return { diagnostics: [diag('ImageUnsafe', { path, reason: 'tooLarge', megabytes: (bytes.length / 1e6).toFixed(1), limit: MAX_IMAGE_BYTES / 1e6 }, { file: path })] };
  }
  const neededPx = Math.ceil((printWidthMm / 25.4) * PRINT_DPI);
  const isSvg = /\.svg$/i.test(path) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(bytes.subarray(0, 512).toString('utf8'));
  try {
    if (isSvg) {
      const unsafe = checkSvgSafe(bytes.toString('utf8'));
      if (unsafe) return { diagnostics: [diag('ImageUnsafe', { path, reason: 'svgUnsafe', cause: unsafe }, { file: path })] };
      const meta = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
      const density = Math.min(2400, Math.max(72, Math.ceil((72 * neededPx) / Math.max(1, meta.width ?? neededPx))));
      const { data, info } = await sharp(bytes, { density, limitInputPixels: MAX_IMAGE_PIXELS })
        .png({ compressionLevel: 9 })
        .toBuffer({ resolveWithObject: true });
      return { logo: { png: data, onWhite: await flattenOnWhite(data), width: info.width, height: info.height }, diagnostics };
    }
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS });
    const meta = await image.metadata();
    if (!meta.format || !['png', 'jpeg', 'webp'].includes(meta.format)) {
      return { diagnostics: [diag('ImageInvalid', { path, cause: `format ${meta.format ?? 'unknown'}` }, { file: path })] };
    }
    const width = meta.width ?? 0;
    const dpi = Math.round(width / (printWidthMm / 25.4));
    if (dpi < PRINT_DPI) {
      diagnostics.push(
        diag('LogoLowResolution', { path, dpi, width, height: meta.height ?? 0, mm: printWidthMm, needed: neededPx }, { file: path }),
      );
    }
    // Downscale very large logos to what print needs; keep transparency.
    const target = width > neededPx * 2 ? image.resize({ width: neededPx * 2 }) : image;
    const { data, info } = await target.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
    return { logo: { png: data, onWhite: await flattenOnWhite(data), width: info.width, height: info.height }, diagnostics };
  } catch (e) {
    const cause = (e as Error).message.split('\n')[0] ?? 'unknown';
    if (/pixel limit/i.test(cause)) {
      return { diagnostics: [diag('ImageUnsafe', { path, reason: 'tooManyPixels', millions: MAX_IMAGE_PIXELS / 1e6 }, { file: path })] };
    }
    return { diagnostics: [diag('ImageInvalid', { path, cause }, { file: path })] };
  }
}

/** The logo on a white background, as an opaque 8-bit RGB PNG (no alpha, not interlaced). */
async function flattenOnWhite(png: Buffer): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(png).flatten({ background: '#ffffff' }).removeAlpha().png({ compressionLevel: 9, progressive: false, palette: false }).toBuffer();
}
