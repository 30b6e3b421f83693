/**
 * Layout once, paint many: the paragraphs of a document laid out for one brand are reused
 * for the next (src/render/text-layout-memo.ts). The PDF of the second brand must be the
 * one it gets when rendered alone, byte for byte, with its own name and contact line.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBrands } from '../src/brands/load-brands.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { clearMemos } from '../src/memos.js';
import { loadDocuments } from '../src/pipeline/load-documents.js';
import { renderOutput } from '../src/pipeline/render-output.js';
import { projectPaths } from '../src/project.js';
import type { RenderTask } from '../src/render/render-task.js';
import { textLayoutStats } from '../src/render/text-layout-memo.js';
import { pdfText, repoRoot, squash, tempDir } from './helpers.js';

const paths = projectPaths(repoRoot);
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tasksFor(name: string): Promise<RenderTask[]> {
  const brands = [...(await loadBrands(paths)).brands.values()];
  const languages = loadLanguages(paths).languages;
  const { docs } = await loadDocuments(paths, { languages, brandIds: brands.map((b) => b.id) });
  const doc = docs.find((d) => `${d.slug}.${d.language.code}` === name)!;
  const variant = doc.kind.variants(doc.model, {})[0]!;
  return brands.map((brand) => ({
    kind: doc.kind.name,
    model: doc.model,
    source: doc.translationOf?.model,
    brand,
    language: doc.language,
    ...(doc.translationOf ? { sourceLanguage: languages.get(doc.translationOf.meta.lang)! } : {}),
    variant,
    date: '2026-01-01T00:00:00.000Z',
    shapingKey: doc.source.path,
    folders: { fonts: paths.fonts, icons: paths.icons },
  }));
}

describe('text laid out once per document', () => {
  it.each(['samen-lezen.nl', 'huiswerk.ar'])('%s: a further brand reuses the paragraphs and prints the bytes of a render alone', async (name) => {
    const [first, second] = await tasksFor(name);
    clearMemos();
    await renderOutput(first!);
    const before = { ...textLayoutStats };
    const reused = await renderOutput(second!);
    expect(textLayoutStats.hits - before.hits).toBeGreaterThan(10);
    clearMemos();
    const { shapingKey: _, ...alone } = second!;
    const hitsAlone = textLayoutStats.hits;
    const fresh = await renderOutput(alone);
    expect(textLayoutStats.hits).toBe(hitsAlone); // no scope: nothing reused
    expect(Buffer.from(reused.pdf).equals(Buffer.from(fresh.pdf))).toBe(true);
    const file = resolve(dir, `${name}.pdf`);
    writeFileSync(file, reused.pdf);
    const text = squash((await pdfText(file)).text);
    expect(text).toContain(squash(second!.brand.footer ?? second!.brand.name));
    expect(text).not.toContain(first!.brand.name);
  }, 60_000);
});
