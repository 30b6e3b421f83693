/**
 * Where things are in a drukklaar project.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { assetFolders } from './asset-overlay.js';
import { toolRoot } from './tool-root.js';

export interface ProjectPaths {
  root: string;
  content: string;
  brands: string;
  languages: string;
  assets: string;
  fonts: string;
  icons: string;
  layouts: string;
  output: string;
  cache: string;
}

/** The project's own folder, or drukklaar's bundled one when the project has none. */
function ownOrBundled(root: string, sub: string): string {
  const own = resolve(root, sub);
  if (existsSync(own)) return own;
  const bundled = resolve(toolRoot(), sub);
  return existsSync(bundled) ? bundled : own;
}

/**
 * Language files come from the project when it has them (`content/languages`), and from
 * drukklaar's own otherwise; fonts and pictograms are drukklaar's with the project's own
 * (`assets/fonts`, `assets/icons`) added and replacing them by file name (asset-overlay.ts):
 * a project of only documents and a brand builds.
 * @param root the project folder (holds content/ and assets/)
 * @param output the output folder; default `<root>/output`
 */
export function projectPaths(root: string, output?: string): ProjectPaths {
  const r = resolve(root);
  const { fonts, icons } = assetFolders(r, toolRoot());
  return {
    root: r,
    content: resolve(r, 'content'),
    brands: resolve(r, 'content/brands'),
    languages: ownOrBundled(r, 'content/languages'),
    assets: resolve(r, 'assets'),
    fonts,
    icons,
    layouts: resolve(r, 'layouts'),
    output: output ? resolve(r, output) : resolve(r, 'output'),
    cache: resolve(r, '.cache'),
  };
}

/** Forward-slash path relative to the project root, as printed in messages. */
export function rel(paths: ProjectPaths, abs: string): string {
  const inside = relative(paths.root, abs);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : abs;
}
