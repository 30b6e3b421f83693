/**
 * Limits and checks for images that come from content authors.
 */

/** Raster images larger than this are refused (decompression bombs). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Image files larger than this are refused. */
export const MAX_IMAGE_BYTES = 10_000_000;

/**
 * Why an SVG is unsafe, or undefined when it is fine: no scripts, no event handlers,
 * no external references, no DOCTYPE or entities (billion laughs, external entities).
 */
export function checkSvgSafe(svg: string): string | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return 'it declares a DOCTYPE or entities';
  if (/<script[\s>]/i.test(svg)) return 'it contains a script';
  if (/\son[a-z]+\s*=/i.test(svg)) return 'it contains an event handler (on...=)';
  if (/<foreignObject[\s>]/i.test(svg)) return 'it embeds foreign content';
  const refs = svg.matchAll(/(?:xlink:)?href\s*=\s*["']([^"']*)["']/gi);
  for (const m of refs) {
    const target = m[1] ?? '';
    if (!target.startsWith('#') && !/^data:image\/(png|jpeg);base64,/i.test(target)) return `it refers to an external resource (${target.slice(0, 60)})`;
  }
  if (/url\(\s*["']?(?!#)[^)]*\)/i.test(svg)) return 'it refers to an external resource in a url()';
  if (/<\?xml-stylesheet/i.test(svg)) return 'it links a stylesheet';
  return undefined;
}
