/**
 * Caches of the render path must be keyed on everything that changes the result: an output
 * rendered after a similar one (same document, another brand colour or logo) is the same as
 * when rendered on its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Brand } from '../src/brands/brand.js';
import type { RenderTask } from '../src/render/render-task.js';
import { renderOutput } from '../src/pipeline/render-output.js';
import { loadBrands } from '../src/brands/load-brands.js';
import { faceKey } from '../src/kinds/cards/index.js';
import { layoutKey, quickscanVariants } from '../src/kinds/quickscan/index.js';
import type { QuickscanModel } from '../src/kinds/quickscan/model.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { runDocumentSteps } from '../src/pipeline/document-steps.js';
import { projectPaths } from '../src/project.js';
import { repoRoot } from './helpers.js';

const paths = projectPaths(repoRoot);
const date = '2026-01-01T00:00:00.000Z';
const [printed, fillable] = quickscanVariants as [(typeof quickscanVariants)[0], (typeof quickscanVariants)[0]];

async function setup() {
  const brands = await loadBrands(paths);
  const language = loadLanguages(paths).languages.get('nl')!;
  const file = 'content/quickscans/ouders-kort.nl.md';
  const model = runDocumentSteps({ path: file, bytes: readFileSync(resolve(repoRoot, file)) }).doc!.model as QuickscanModel;
  const brand = brands.brands.get('basisschool-de-vlieger')!;
  const task = (b: Brand, variant = printed): RenderTask => ({ kind: 'quickscan', model, brand: b, language, variant, date, folders: { fonts: paths.fonts, icons: paths.icons } });
  return { brand, task, model, language };
}

describe('render caches', () => {
  it('quickscan: the printed layout shared by the two variants is keyed on the brand, not only the text', async () => {
    const { brand, task } = await setup();
    const red: Brand = { ...brand, colors: { ...brand.colors, primary: '#c00000' } };
    await renderOutput(task(brand, fillable)); // leaves this brand's layout in the cache
    const redAfter = await renderOutput(task(red, printed));
    const plainAfter = await renderOutput(task(brand, printed));
    await renderOutput(task(brand, fillable));
    const redAlone = await renderOutput(task(red, printed));
    expect(Buffer.from(redAfter.pdf).equals(Buffer.from(plainAfter.pdf))).toBe(false);
    expect(Buffer.from(redAfter.pdf).equals(Buffer.from(redAlone.pdf))).toBe(true);
  }, 60_000);

  it('quickscan: the layout key ignores the variant and sees colours, logo bytes, language and date', async () => {
    const { brand, model, language } = await setup();
    const input = { model, brand, language, variant: printed, date: new Date(date) };
    const key = layoutKey(input);
    expect(layoutKey({ ...input, variant: fillable })).toBe(key);
    expect(layoutKey({ ...input, brand: { ...brand, colors: { ...brand.colors, accent: '#000001' } } })).not.toBe(key);
    const png = Buffer.from(brand.logoImage.onWhite);
    png[png.length - 1]! ^= 1;
    expect(layoutKey({ ...input, brand: { ...brand, logoImage: { ...brand.logoImage, onWhite: png } } })).not.toBe(key);
    expect(layoutKey({ ...input, language: { ...language, code: 'en' } })).not.toBe(key);
    expect(layoutKey({ ...input, date: new Date('2026-01-02T00:00:00Z') })).not.toBe(key);
  });

  it('cards: a measured face height is keyed on words, size, width, fonts and language', () => {
    const text = { title: 'Wat vind jij?', blocks: [{ type: 'paragraph' as const, runs: [{ text: 'Vertel over een moment op school.' }] }], emphasis: true };
    const key = faceKey(text, 11, 200, ['Noto Sans'], 'nl');
    expect(key).toBeDefined();
    expect(faceKey({ ...text }, 11, 200, ['Noto Sans'], 'nl')).toBe(key);
    expect(faceKey(text, 10.5, 200, ['Noto Sans'], 'nl')).not.toBe(key);
    expect(faceKey(text, 11, 199, ['Noto Sans'], 'nl')).not.toBe(key);
    expect(faceKey(text, 11, 200, ['Noto Naskh Arabic', 'Noto Sans'], 'nl')).not.toBe(key);
    expect(faceKey(text, 11, 200, ['Noto Sans'], 'en')).not.toBe(key);
    expect(faceKey({ ...text, emphasis: false }, 11, 200, ['Noto Sans'], 'nl')).not.toBe(key);
    expect(faceKey({ ...text, noHyphenation: true }, 11, 200, ['Noto Sans'], 'nl')).not.toBe(key);
    expect(faceKey({ ...text, title: 'Wat vind jij ervan?' }, 11, 200, ['Noto Sans'], 'nl')).not.toBe(key);
    expect(faceKey({ ...text, blocks: [{ type: 'paragraph' as const, runs: [{ text: 'Vertel over een moment op school.', bold: true }] }] }, 11, 200, ['Noto Sans'], 'nl')).not.toBe(key);
    // The guide card's legend is drawn by a function: never cached.
    expect(faceKey({ ...text, extra: () => null }, 11, 200, ['Noto Sans'], 'nl')).toBeUndefined();
  });
});
