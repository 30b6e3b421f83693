/**
 * QR codes as vector data: one SVG path of dark modules with a quiet zone, drawn by
 * layouts with react-pdf's Svg primitives (no bitmap, sharp at any size). Pure.
 */
import QRCode from 'qrcode';

export interface QrPath {
  /** Size of the square viewBox in modules, quiet zone included. */
  size: number;
  /** Path data: one unit square per dark module. */
  d: string;
}

/**
 * @param text what the code encodes (usually a URL)
 * @param quiet quiet zone in modules (4 by the standard)
 */
export function qrPath(text: string, quiet = 4): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue; // BitMatrix.get(row, col)
      // merge horizontal runs into one rectangle
      let w = 1;
      while (x + w < n && modules.get(y, x + w)) w++;
      parts.push(`M${x + quiet} ${y + quiet}h${w}v1h${-w}z`);
      x += w - 1;
    }
  }
  return { size: n + 2 * quiet, d: parts.join('') };
}
