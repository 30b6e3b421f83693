/**
 * Draw a parsed pictogram (src/render/icons.ts) with react-pdf's Svg primitives,
 * recoloured: black strokes and fills take the given colour.
 */
import { Circle, Ellipse, G, Line, Path, Polygon, Polyline, Rect, Svg } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { ParsedSvg, SvgNode } from '../../src/render/icons.js';
import { qrPath } from '../../src/render/qr.js';

const black = /^(#000(000)?|black|currentColor)$/i;
const num = (v: string | undefined) => (v === undefined ? undefined : parseFloat(v));

function paint(attrs: Record<string, string>, color: string) {
  const recolour = (v: string | undefined) => (v === undefined ? undefined : black.test(v) ? color : v);
  const p: Record<string, string | number> = {};
  const fill = recolour(attrs.fill);
  const stroke = recolour(attrs.stroke);
  if (fill !== undefined) p.fill = fill;
  if (stroke !== undefined) p.stroke = stroke;
  if (attrs['stroke-width']) p.strokeWidth = parseFloat(attrs['stroke-width']);
  if (attrs['stroke-linecap']) p.strokeLinecap = attrs['stroke-linecap'];
  if (attrs['stroke-linejoin']) p.strokeLinejoin = attrs['stroke-linejoin'];
  if (attrs.opacity) p.opacity = parseFloat(attrs.opacity);
  if (attrs.transform) p.transform = attrs.transform;
  return p;
}

function node(n: SvgNode, key: number, color: string, inherited: Record<string, string>): ReactElement {
  const attrs = { ...inherited, ...n.attrs };
  const p = paint(attrs, color) as Record<string, never>;
  const a = n.attrs;
  switch (n.name) {
    case 'path':
      return <Path key={key} d={a.d ?? ''} {...p} />;
    case 'circle':
      return <Circle key={key} cx={num(a.cx) ?? 0} cy={num(a.cy) ?? 0} r={num(a.r) ?? 0} {...p} />;
    case 'ellipse':
      return <Ellipse key={key} cx={num(a.cx) ?? 0} cy={num(a.cy) ?? 0} rx={num(a.rx) ?? 0} ry={num(a.ry) ?? 0} {...p} />;
    case 'rect':
      return <Rect key={key} x={num(a.x) ?? 0} y={num(a.y) ?? 0} width={num(a.width) ?? 0} height={num(a.height) ?? 0} {...(a.rx ? { rx: num(a.rx) } : {})} {...(a.ry ? { ry: num(a.ry) } : {})} {...p} />;
    case 'line':
      return <Line key={key} x1={num(a.x1) ?? 0} y1={num(a.y1) ?? 0} x2={num(a.x2) ?? 0} y2={num(a.y2) ?? 0} {...p} />;
    case 'polyline':
      return <Polyline key={key} points={a.points ?? ''} {...p} />;
    case 'polygon':
      return <Polygon key={key} points={a.points ?? ''} {...p} />;
    case 'g': {
      const inherit: Record<string, string> = {};
      for (const k of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin']) if (n.attrs[k] !== undefined) inherit[k] = n.attrs[k]!;
      return <G key={key}>{n.children.map((c, i) => node(c, i, color, { ...inherited, ...inherit }))}</G>;
    }
  }
}

/** A pictogram at a size in points, drawn in one colour. */
export function Pictogram({ svg, size, color }: { svg: ParsedSvg; size: number; color: string }) {
  return (
    <Svg viewBox={svg.viewBox} style={{ width: size, height: size }}>
      {svg.children.map((c, i) => node(c, i, color, {}))}
    </Svg>
  );
}

/** A QR code as vector modules, with its quiet zone, at a size in points. */
export function QrCode({ text, size, color = '#000000' }: { text: string; size: number; color?: string }) {
  const qr = qrPath(text);
  return (
    <Svg viewBox={`0 0 ${qr.size} ${qr.size}`} style={{ width: size, height: size }}>
      <Rect x={0} y={0} width={qr.size} height={qr.size} fill="#ffffff" />
      <Path d={qr.d} fill={color} />
    </Svg>
  );
}
