/**
 * Line pictograms from assets/icons/*.svg (48×48, stroke #000000) drawn with react-pdf's
 * Svg primitives, in any colour and size. The SVG files are flat lists of shapes
 * (path, circle, ellipse, line, polyline, polygon, rect); anything else is ignored.
 */
import { Circle, Ellipse, Line, Path, Polygon, Polyline, Rect, Svg } from '@react-pdf/renderer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One shape of an icon with its SVG attributes (kebab-case names, as in the file). */
export interface IconShape {
  tag: 'path' | 'circle' | 'ellipse' | 'line' | 'polyline' | 'polygon' | 'rect';
  attrs: Record<string, string>;
}

/** A parsed icon: its viewBox and shapes. */
export interface IconData {
  viewBox: string;
  shapes: IconShape[];
}

const shapeTags = new Set<IconShape['tag']>(['path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);

/** Parse the flat SVG of a pictogram. Pure. */
export function parseIcon(svg: string): IconData {
  const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 48 48';
  const shapes: IconShape[] = [];
  for (const m of svg.matchAll(/<([a-z]+)\b([^>]*?)\/?>/g)) {
    const tag = m[1] as IconShape['tag'];
    if (!shapeTags.has(tag)) continue;
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([a-zA-Z-:]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    shapes.push({ tag, attrs });
  }
  return { viewBox, shapes };
}

function findIconsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = resolve(dir, 'assets/icons');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

const cache = new Map<string, IconData>();

/**
 * Read and parse `assets/icons/<name>.svg` (cached per process).
 * @param name icon name without extension, e.g. `blij`
 * @param iconsDir folder of the icons; default: the tool's own assets/icons
 * @throws when the icon does not exist (kinds validate icon names before rendering)
 */
export function loadIcon(name: string, iconsDir = findIconsDir()): IconData {
  const key = `${iconsDir}\0${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!iconsDir || !/^[a-z0-9-]+$/.test(name)) throw new Error(`unknown icon ${name}`);
  const data = parseIcon(readFileSync(resolve(iconsDir, `${name}.svg`), 'utf8'));
  cache.set(key, data);
  return data;
}

const num = (v: string | undefined, d = 0) => (v === undefined ? d : Number(v));

/** Colour an attribute: black strokes and fills become the icon colour; `none` stays. */
const paint = (v: string | undefined, color: string) => (v === undefined || v === 'none' ? v : color);

export interface IconProps {
  /** Icon name in assets/icons, or parsed icon data. */
  icon: string | IconData;
  /** Width and height in points. */
  size: number;
  color?: string;
}

/** A pictogram as vector shapes, `size` points square. */
export function Icon({ icon, size, color = '#000000' }: IconProps) {
  const data = typeof icon === 'string' ? loadIcon(icon) : icon;
  return (
    <Svg viewBox={data.viewBox} style={{ width: size, height: size }}>
      {data.shapes.map((s, i) => {
        const a = s.attrs;
        const common = {
          fill: paint(a.fill, color) ?? (s.tag === 'line' || s.tag === 'polyline' ? 'none' : color),
          stroke: paint(a.stroke, color),
          strokeWidth: num(a['stroke-width'], 1),
          strokeLinecap: a['stroke-linecap'] as 'round' | 'butt' | 'square' | undefined,
          strokeLinejoin: a['stroke-linejoin'] as 'round' | 'miter' | 'bevel' | undefined,
        } as const;
        switch (s.tag) {
          case 'path':
            return <Path key={i} d={a.d ?? ''} {...common} />;
          case 'circle':
            return <Circle key={i} cx={num(a.cx)} cy={num(a.cy)} r={num(a.r)} {...common} />;
          case 'ellipse':
            return <Ellipse key={i} cx={num(a.cx)} cy={num(a.cy)} rx={num(a.rx)} ry={num(a.ry)} {...common} />;
          case 'line':
            return <Line key={i} x1={num(a.x1)} y1={num(a.y1)} x2={num(a.x2)} y2={num(a.y2)} {...common} />;
          case 'polyline':
            return <Polyline key={i} points={a.points ?? ''} {...common} />;
          case 'polygon':
            return <Polygon key={i} points={a.points ?? ''} {...common} />;
          case 'rect':
            return <Rect key={i} x={num(a.x)} y={num(a.y)} width={num(a.width)} height={num(a.height)} rx={num(a.rx)} ry={num(a.ry)} {...common} />;
        }
      })}
    </Svg>
  );
}
