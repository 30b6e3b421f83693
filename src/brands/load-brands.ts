/**
 * Load and validate every brand kit under content/brands/<id>/brand.yml, with its logo
 * normalised for print. One bad brand does not stop the others.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { ProjectPaths } from '../project.js';
import { validateFrontMatter } from '../schema/validate.js';
import { parseYaml } from '../source/front-matter.js';
import { checkCoverage } from '../render/coverage.js';
import { withFontsForText } from '../render/fonts.js';
import type { Language } from '../languages/language.js';
import { decodeSource } from '../source/read-source.js';
import { resolveAsset } from '../source/resolve-asset.js';
import { brandSchema, LOGO_PRINT_WIDTH_MM, type Brand } from './brand.js';
import { cachedLogo } from './logo-cache.js';
import { printColours } from './print-colours.js';
import { CONFIG_FILE, loadProjectConfig, type LoadedConfig } from '../config/project-config.js';
import { fetchRemoteImage } from '../source/fetch-remote-image.js';

export interface LoadedBrands {
  brands: Map<string, Brand>;
  /** Ids of brand folders that failed to load (their documents are skipped, not built). */
  failed: Set<string>;
  diagnostics: Diagnostic[];
  /** Source texts by path, for code frames. */
  sources: Map<string, string>;
}

/**
 * Load and validate every brand kit under content/brands/.
 * @param paths project paths
 * @param config optional: drukklaar.yml as the build read it (default: read here); its problems are reported here
 */
export async function loadBrands(paths: ProjectPaths, config: LoadedConfig = loadProjectConfig(paths.root)): Promise<LoadedBrands> {
  const out: LoadedBrands = { brands: new Map(), failed: new Set(), diagnostics: [], sources: new Map() };
  out.diagnostics.push(...config.diagnostics);
  if (config.source !== undefined) out.sources.set(CONFIG_FILE, config.source);
  const allowHosts = config.config.remoteImages.allow;
  if (!existsSync(paths.brands)) return out;
  const ids = readdirSync(paths.brands, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  await Promise.all(ids.map(async (id) => {
    const file = `content/brands/${id}/brand.yml`;
    const abs = resolve(paths.root, file);
    const fail = (d: Diagnostic[]) => {
      out.diagnostics.push(...d);
      out.failed.add(id);
    };
    if (!existsSync(abs)) return fail([diag('AssetMissing', { what: 'the brand kit', path: file, asset: 'brandKit' }, { file })]);
    const bytes = readFileSync(abs);
    const decoded = decodeSource(file, bytes);
    if (!decoded.ok) return fail(decoded.diagnostics);
    out.sources.set(file, decoded.source.text);
    const yaml = parseYaml(file, decoded.source.text);
    if (!yaml.ok) return fail(yaml.diagnostics);
    const valid = validateFrontMatter(brandSchema, { data: yaml.data, locate: yaml.locate, body: '', bodyLine: 1 }, file);
    if (!valid.ok) return fail(valid.diagnostics);
    const kit = valid.value;
    // The colours are told first: a missing logo or character below still stops the brand,
    // and check says every problem of the file in one run.
    const printed = printColours(kit.colors);
    out.diagnostics.push(...printed.diagnostics.map((d) => ({ ...d, file, span: yaml.locate(d.field!.split('.')) })));
    // The brand's words print on every PDF in Noto Sans, and letters of another bundled script
    // (an Arabic school name) in that script's font. A character no font has fell back to
    // Helvetica, not embedded, and printed as other letters (an emoji in a name): refused.
    const words = [kit.name, kit.contact, kit.footer, kit.licence].flatMap((text) => (text ? [{ text }] : []));
    const latin: Pick<Language, 'code' | 'script' | 'fonts'> = { code: 'nl', script: 'latin' };
    const printedIn = withFontsForText(latin, words.map((w) => w.text).join('\n'));
    const missing = checkCoverage(paths.fonts, printedIn, words, file, decoded.source.text);
    if (missing.length) return fail(missing);
    const logoAt = { file, span: yaml.locate(['logo']), field: 'logo' };
    const logoPath = resolveAsset(paths.root, file, kit.logo, 'the logo', logoAt, allowHosts);
    if (!logoPath.ok) return fail([logoPath.diagnostic]);
    let logoBytes: Buffer;
    let logoName: string;
    if (logoPath.url !== undefined) {
      // A host the project allows in drukklaar.yml: the one network access a build can make.
      const fetched = await fetchRemoteImage(logoPath.url, logoAt);
      if (!fetched.bytes) return fail(fetched.diagnostics);
      logoBytes = fetched.bytes;
      logoName = logoPath.url;
    } else {
      logoBytes = readFileSync(logoPath.absolute);
      logoName = logoPath.relative;
    }
    const { logo, diagnostics } = await cachedLogo(paths.cache, logoName, logoBytes, LOGO_PRINT_WIDTH_MM);
    out.diagnostics.push(...diagnostics);
    if (!logo) return fail([]);
    const hash = createHash('sha256').update(bytes).update(logoBytes).digest('hex');
    const { primary, accent, accentOnPrimary } = printed.colours;
    out.brands.set(id, { ...kit, colors: { primary, accent }, id, logoImage: logo, hash, accentOnPrimary, ...(printedIn.fonts ? { textFonts: [...printedIn.fonts] } : {}) });
  }));
  out.brands = new Map([...out.brands].sort(([a], [b]) => a.localeCompare(b)));
  return out;
}
