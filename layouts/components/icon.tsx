/**
 * Pictograms: the small line-drawn SVGs under assets/icons (48×48, black strokes and
 * fills), parsed into a plain tree (element name, attributes, children) and drawn with
 * react-pdf's Svg primitives in any colour and size. Only the elements the icons use are
 * accepted: path, circle, rect, line, polyline, polygon, ellipse and g. Parsing is pure;
 * reading is cached per file.
 */
import { Circle, Ellipse, G, Line, Path, Polygon, Polyline, Rect, Svg } from '@react-pdf/renderer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { fileIdentity } from '../../src/source/file-identity.js';
import { memo } from '../../src/memos.js';

/** Elements a pictogram may contain. */
export const svgElements = ['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'g'] as const;
export type SvgElementName = (typeof svgElements)[number];

export interface SvgNode {
  name: SvgElementName;
  attrs: Record<string, string>;
  children: SvgNode[];
}

/** A parsed pictogram: its viewBox, the paint set on <svg> itself, and its shapes. */
export interface IconData {
  viewBox: string;
  /** Presentation attributes of the root <svg> (fill, stroke, …), inherited by every shape. */
  inherited: Record<string, string>;
  children: SvgNode[];
}

/** Attributes a group or the root passes on to its shapes. */
const inheritable = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'];

const attrPattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(attrPattern)) out[m[1]!] = m[3] ?? m[4] ?? '';
  return out;
}

function pick(attrs: Record<string, string>, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (attrs[k] !== undefined) out[k] = attrs[k]!;
  return out;
}

/**
 * Parse a small SVG document. Throws on elements outside the accepted set, so that a
 * pictogram is never half drawn.
 */
export function parseIcon(text: string): IconData {
  const body = text.replace(/<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  const root = /<svg\b([^>]*)>/.exec(body);
  if (!root) throw new Error('no <svg> element');
  const rootAttrs = attributes(root[1] ?? '');
  const viewBox = rootAttrs.viewBox ?? `0 0 ${parseFloat(rootAttrs.width ?? '48')} ${parseFloat(rootAttrs.height ?? '48')}`;
  const stack: SvgNode[][] = [[]];
  const tag = /<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>/g;
  tag.lastIndex = root.index + root[0].length;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const [, closing, rawName, rest, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (name === 'svg' && closing) break;
    if (name === 'title' || name === 'desc') continue;
    if (!(svgElements as readonly string[]).includes(name)) throw new Error(`unsupported element <${name}>`);
    if (closing) {
      stack.pop();
      continue;
    }
    const node: SvgNode = { name: name as SvgElementName, attrs: attributes(rest ?? ''), children: [] };
    stack.at(-1)!.push(node);
    if (!selfClosing) stack.push(node.children);
  }
  return { viewBox, inherited: pick(rootAttrs, inheritable), children: stack[0]! };
}

/** The tool's own assets/icons, for renders outside a build (e.g. `score`). */
function toolIconsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = resolve(dir, 'assets/icons');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** Parsed pictograms by file, with the file's identity: an edited pictogram is read again (watch). */
const cache = memo<string, { id: string; icon: IconData | null }>('layouts/icons');
let iconsDir: string | undefined;

/** Tell the layouts where the project's pictograms are (render-task.ts, from the task's folders, before each layout). */
export function setIconsDir(dir: string): void {
  iconsDir = dir;
}

/**
 * A pictogram by name (`assets/icons/<name>.svg` of the project, or of the tool when no
 * project folder was set), or undefined when the file is missing, unreadable or not a
 * pictogram: callers turn that into a diagnostic.
 */
export function loadIcon(name: string): IconData | undefined {
  const dir = iconsDir ?? toolIconsDir();
  if (!dir || !/^[a-z0-9-]+$/.test(name)) return undefined;
  const file = resolve(dir, `${name}.svg`);
  let id: string;
  try {
    id = fileIdentity(file);
  } catch {
    return undefined;
  }
  let entry = cache.get(file);
  if (entry?.id !== id) {
    let icon: IconData | null;
    try {
      icon = parseIcon(readFileSync(file, 'utf8'));
    } catch {
      icon = null;
    }
    cache.set(file, (entry = { id, icon }));
  }
  return entry.icon ?? undefined;
}

const black = /^(#000(000)?|black|currentColor)$/i;
const num = (v: string | undefined) => (v === undefined ? undefined : parseFloat(v));

/** react-pdf paint props of a shape: black strokes and fills take the colour, others (and `none`) stay. */
function paint(name: SvgElementName, attrs: Record<string, string>, color: string) {
  const recolour = (v: string) => (black.test(v) ? color : v);
  const p: Record<string, string | number> = {};
  // SVG's default fill is black, i.e. the colour; a line has no inside.
  p.fill = attrs.fill !== undefined ? recolour(attrs.fill) : name === 'line' ? 'none' : color;
  if (attrs.stroke !== undefined) p.stroke = recolour(attrs.stroke);
  if (attrs['stroke-width']) p.strokeWidth = parseFloat(attrs['stroke-width']);
  if (attrs['stroke-linecap']) p.strokeLinecap = attrs['stroke-linecap'];
  if (attrs['stroke-linejoin']) p.strokeLinejoin = attrs['stroke-linejoin'];
  if (attrs.opacity) p.opacity = parseFloat(attrs.opacity);
  if (attrs.transform) p.transform = attrs.transform;
  return p;
}

function node(n: SvgNode, key: number, color: string, inherited: Record<string, string>): ReactElement {
  const a = n.attrs;
  if (n.name === 'g') {
    const inherit = { ...inherited, ...pick(a, inheritable) };
    return <G key={key}>{n.children.map((c, i) => node(c, i, color, inherit))}</G>;
  }
  const p = paint(n.name, { ...inherited, ...a }, color) as Record<string, never>;
  switch (n.name) {
    case 'path':
      return <Path key={key} d={a.d ?? ''} {...p} />;
    case 'circle':
      return <Circle key={key} cx={num(a.cx) ?? 0} cy={num(a.cy) ?? 0} r={num(a.r) ?? 0} {...p} />;
    case 'ellipse':
      return <Ellipse key={key} cx={num(a.cx) ?? 0} cy={num(a.cy) ?? 0} rx={num(a.rx) ?? 0} ry={num(a.ry) ?? 0} {...p} />;
    case 'rect':
      // rx and ry only when given: react-pdf, like SVG, takes a missing one from the other.
      return <Rect key={key} x={num(a.x) ?? 0} y={num(a.y) ?? 0} width={num(a.width) ?? 0} height={num(a.height) ?? 0} {...(a.rx ? { rx: num(a.rx) } : {})} {...(a.ry ? { ry: num(a.ry) } : {})} {...p} />;
    case 'line':
      return <Line key={key} x1={num(a.x1) ?? 0} y1={num(a.y1) ?? 0} x2={num(a.x2) ?? 0} y2={num(a.y2) ?? 0} {...p} />;
    case 'polyline':
      return <Polyline key={key} points={a.points ?? ''} {...p} />;
    case 'polygon':
      return <Polygon key={key} points={a.points ?? ''} {...p} />;
  }
}

export interface IconProps {
  /** Icon name in assets/icons, or parsed icon data. */
  icon: string | IconData;
  /** Width and height in points. */
  size: number;
  color?: string;
  /** Structure props (`artifact()` or `tag(...)` of ./tags.ts), optional. */
  tags?: Record<string, unknown>;
}

/**
 * A pictogram as vector shapes, `size` points square, drawn in one colour.
 * @throws when `icon` names a missing icon (kinds check icon names before rendering)
 */
export function Icon({ icon, size, color = '#000000', tags }: IconProps) {
  const data = typeof icon === 'string' ? loadIcon(icon) : icon;
  if (!data) throw new Error(`unknown icon ${String(icon)}`);
  return (
    <Svg viewBox={data.viewBox} {...tags} style={{ width: size, height: size }}>
      {data.children.map((c, i) => node(c, i, color, data.inherited))}
    </Svg>
  );
}
