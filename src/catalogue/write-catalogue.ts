/**
 * The build's last stage: output/index.html with thumbnails under output/.thumbs/ and,
 * for a one-brand build, that brand's logo beside it. Never throws: a failure becomes
 * a diagnostic and the PDFs stay as they are.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Brand } from '../brands/brand.js';
import { loadBrands } from '../brands/load-brands.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { kinds } from '../kinds/registry.js';
import type { Language } from '../languages/language.js';
import { loadLanguages } from '../languages/load-languages.js';
import { readManifest, type ManifestEntry } from '../output/manifest.js';
import { writeAtomic } from '../output/write-atomic.js';
import { projectPaths } from '../project.js';
import { catalogueModel, DEFAULT_THEME, type CatalogueTheme } from './model.js';
import { renderPage } from './render-page.js';
import type { Thumbnail, Thumbnailer } from './thumbnail.js';
import { ensureThumbnails } from './thumbnails.js';

/** File name of the catalogue page in the output folder. */
export const CATALOGUE = 'index.html';
/** File name of the brand logo beside the page. */
export const CATALOGUE_LOGO = 'logo.png';

export interface CatalogueInput {
  outDir: string;
  outputs: Record<string, ManifestEntry>;
  brands: Map<string, Brand>;
  languages: Map<string, Language>;
  /** Brands selected with --brand; with exactly one, the page wears its colours and logo. */
  selectedBrands?: string[];
  /** Output path → variant words from its kind (the manifest's words come first). */
  variantLabels?: Map<string, string>;
  /** Output path → duplex mode of its document (kinds that declare one). */
  duplex?: Map<string, string>;
  signal?: AbortSignal;
  /** Draw thumbnails with this running thumbnailer (the build's). */
  thumbnailer?: Thumbnailer;
  /** PDF file → its thumbnail, started while the build rendered. */
  startedWhileRendering?: Map<string, Promise<Thumbnail>>;
}

export interface CatalogueResult {
  diagnostics: Diagnostic[];
  /** Thumbnails rendered in this run (the others were reused). */
  thumbnailsRendered: number;
  written: boolean;
}

function themeFor(input: CatalogueInput): CatalogueTheme {
  const logoPath = resolve(input.outDir, CATALOGUE_LOGO);
  const brand = input.selectedBrands?.length === 1 ? input.brands.get(input.selectedBrands[0]!) : undefined;
  if (!brand) {
    rmSync(logoPath, { force: true });
    return DEFAULT_THEME;
  }
  writeAtomic(logoPath, brand.logoImage.png);
  const height = 96;
  const width = Math.max(1, Math.round((brand.logoImage.width / Math.max(1, brand.logoImage.height)) * height));
  return { brandName: brand.name, primary: brand.colors.primary, accent: brand.colors.accent, logo: { path: CATALOGUE_LOGO, width, height } };
}

/**
 * Write the catalogue for the outputs in the manifest.
 * Thumbnails of unchanged PDFs are reused (keyed by the manifest digest).
 */
export async function writeCatalogue(input: CatalogueInput): Promise<CatalogueResult> {
  const result: CatalogueResult = { diagnostics: [], thumbnailsRendered: 0, written: false };
  try {
    const outputs = Object.fromEntries(Object.entries(input.outputs).filter(([out]) => existsSync(resolve(input.outDir, out))));
    // A catalogue built for some brands lists those brands only (the folder may hold others,
    // whose thumbnails are kept for the next full catalogue).
    const brands = input.selectedBrands?.length ? new Set(input.selectedBrands) : undefined;
    const listed = brands ? Object.fromEntries(Object.entries(outputs).filter(([, e]) => brands.has(e.brand))) : outputs;
    const thumbs = await ensureThumbnails(input.outDir, outputs, {
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.thumbnailer ? { thumbnailer: input.thumbnailer } : {}),
      ...(input.startedWhileRendering ? { startedWhileRendering: input.startedWhileRendering } : {}),
    });
    result.diagnostics.push(...thumbs.diagnostics);
    result.thumbnailsRendered = thumbs.rendered;
    const model = catalogueModel({
      kinds: Object.values(kinds),
      outputs: listed,
      thumbs: thumbs.thumbs,
      languages: input.languages,
      brands: input.brands,
      theme: themeFor(input),
      ...(input.variantLabels ? { variantLabels: input.variantLabels } : {}),
      ...(input.duplex ? { duplex: input.duplex } : {}),
    });
    writeAtomic(resolve(input.outDir, CATALOGUE), renderPage(model));
    result.written = true;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    result.diagnostics.push(diag('CatalogueFailed', { dir: input.outDir, cause: err.code ?? (err.message ?? String(e)).split('\n')[0]! }));
  }
  return result;
}

/**
 * Write the catalogue for an output folder from its manifest alone (after `merge` of
 * shard builds), loading the project's brands and languages for names and the theme.
 * @param root the project folder
 * @param outDir the output folder holding manifest.json
 */
export async function writeCatalogueForOutput(root: string, outDir: string, selectedBrands?: string[]): Promise<CatalogueResult> {
  const paths = projectPaths(root, outDir);
  const [brands, languages] = [await loadBrands(paths), loadLanguages(paths)];
  return writeCatalogue({
    outDir: paths.output,
    outputs: readManifest(paths.output)?.outputs ?? {},
    brands: brands.brands,
    languages: languages.languages,
    ...(selectedBrands ? { selectedBrands } : {}),
  });
}
