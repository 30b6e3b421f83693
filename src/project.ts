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
  /** The project's language files (`content/languages`), which may not exist. */
  languages: string;
  /** drukklaar's own language files: a project's file replaces the one of the same name. */
  bundledLanguages: string;
  assets: string;
  fonts: string;
  icons: string;
  layouts: string;
  output: string;
  cache: string;
}

/**
 * Language files, fonts and pictograms are drukklaar's, with the project's own
 * (`content/languages`, `assets/fonts`, `assets/icons`) added and replacing them by file
 * name (fonts and pictograms: asset-overlay.ts; languages: load-languages.ts): a project of
 * only documents and a brand builds, and a translator's new `so.yml` adds Somali without
 * taking Dutch away.
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
    languages: resolve(r, 'content/languages'),
    bundledLanguages: resolve(toolRoot(), 'content/languages'),
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
