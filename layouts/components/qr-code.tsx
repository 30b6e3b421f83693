/** A QR code drawn with react-pdf's Svg primitives. */
import { Path, Rect, Svg } from '@react-pdf/renderer';
import { qrPath } from '../../src/render/qr.js';

/** A QR code as vector modules, with its quiet zone, at a size in points. */
export function QrCode({ text, size, color = '#000000', tags }: { text: string; size: number; color?: string; tags?: Record<string, unknown> }) {
  const qr = qrPath(text);
  return (
    <Svg {...tags} viewBox={`0 0 ${qr.size} ${qr.size}`} style={{ width: size, height: size }}>
      <Rect x={0} y={0} width={qr.size} height={qr.size} fill="#ffffff" />
      <Path d={qr.d} fill={color} />
    </Svg>
  );
}
