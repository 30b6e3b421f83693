/**
 * Where things are in a drukklaar project.
 */
import { resolve } from 'node:path';

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

/**
 * @param root the project folder (holds content/ and assets/)
 * @param output the output folder; default `<root>/output`
 */
export function projectPaths(root: string, output?: string): ProjectPaths {
  const r = resolve(root);
  return {
    root: r,
    content: resolve(r, 'content'),
    brands: resolve(r, 'content/brands'),
    languages: resolve(r, 'content/languages'),
    assets: resolve(r, 'assets'),
    fonts: resolve(r, 'assets/fonts'),
    icons: resolve(r, 'assets/icons'),
    layouts: resolve(r, 'layouts'),
    output: output ? resolve(r, output) : resolve(r, 'output'),
    cache: resolve(r, '.cache'),
  };
}

/** Forward-slash path relative to the project root, as printed in messages. */
export function rel(paths: ProjectPaths, abs: string): string {
  return abs.startsWith(paths.root + '/') ? abs.slice(paths.root.length + 1) : abs;
}
