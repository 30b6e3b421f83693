/**
 * Pictograms: the small line-drawn SVGs under assets/icons, parsed into a plain tree
 * (element name, attributes, children) that layouts draw with react-pdf's Svg
 * primitives. Only the elements the icons use are accepted: path, circle, rect, line,
 * polyline, polygon, ellipse and g. Parsing is pure; reading is cached per file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Elements a pictogram may contain. */
export const svgElements = ['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'g'] as const;
export type SvgElementName = (typeof svgElements)[number];

export interface SvgNode {
  name: SvgElementName;
  attrs: Record<string, string>;
  children: SvgNode[];
}

export interface ParsedSvg {
  viewBox: string;
  children: SvgNode[];
}

const attrPattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(attrPattern)) out[m[1]!] = m[3] ?? m[4] ?? '';
  return out;
}

/**
 * Parse a small SVG document. Throws on elements outside the accepted set, so that a
 * pictogram is never half drawn.
 */
export function parseSvg(text: string): ParsedSvg {
  const body = text.replace(/<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  const root = /<svg\b([^>]*)>/.exec(body);
  if (!root) throw new Error('no <svg> element');
  const rootAttrs = attributes(root[1] ?? '');
  const viewBox = rootAttrs.viewBox ?? `0 0 ${parseFloat(rootAttrs.width ?? '48')} ${parseFloat(rootAttrs.height ?? '48')}`;
  const stack: SvgNode[][] = [[]];
  const open: SvgNode[] = [];
  const tag = /<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>/g;
  tag.lastIndex = root.index + root[0].length;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const [, closing, rawName, rest, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (name === 'svg' && closing) break;
    if (name === 'title' || name === 'desc') continue;
    if (!(svgElements as readonly string[]).includes(name)) throw new Error(`unsupported element <${name}>`);
    if (closing) {
      open.pop();
      stack.pop();
      continue;
    }
    const node: SvgNode = { name: name as SvgElementName, attrs: attributes(rest ?? ''), children: [] };
    stack.at(-1)!.push(node);
    if (!selfClosing) {
      open.push(node);
      stack.push(node.children);
    }
  }
  return { viewBox, children: stack[0]! };
}

const cache = new Map<string, ParsedSvg | null>();
let iconsDir: string | undefined;

/** Tell the layouts where the project's pictograms are (called once per render process). */
export function setIconsDir(dir: string): void {
  iconsDir = dir;
}

/** A pictogram by name, or undefined when the file is missing or unreadable. */
export function loadIcon(name: string): ParsedSvg | undefined {
  if (!iconsDir) return undefined;
  const file = resolve(iconsDir, `${name}.svg`);
  if (!cache.has(file)) {
    try {
      cache.set(file, parseSvg(readFileSync(file, 'utf8')));
    } catch {
      cache.set(file, null);
    }
  }
  return cache.get(file) ?? undefined;
}
