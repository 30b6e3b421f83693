/**
 * Kinds own their facts: shared code (pipeline, catalogue, command line, render) never
 * names a kind, and a fifth kind declared in its own folder (tests/toy-kind) plus one
 * registry line builds through the real pipeline into a PDF and gets its own group in
 * the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindNames, kinds } from '../src/kinds/registry.js';
import { makeProject, MM, pdfPages, pdfText, repoRoot, runCli, squash } from './helpers.js';
import { POSTER_LABEL, posterKind } from './toy-kind/index.js';

// The one registry line of the toy kind, for this test file only (kinds is the registry's record).
kinds[posterKind.name] = posterKind;
afterAll(() => {
  delete kinds[posterKind.name];
});

/** Every source file under a folder, relative to the repository. */
function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(repoRoot, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(`${dir}/${d.name}`) : /\.(ts|tsx|mts|mjs)$/.test(d.name) ? [`${dir}/${d.name}`] : []));
}

describe('shared code', () => {
  it('names no kind in src/pipeline, src/catalogue, src/cli or src/render', () => {
    const names = kindNames().filter((n) => n !== 'poster');
    expect(names.length).toBeGreaterThanOrEqual(4);
    const mention = new RegExp(`\\b(${names.join('|')})s?\\b|kinds/(${names.join('|')})\\b`, 'i');
    const found = ['src/pipeline', 'src/catalogue', 'src/cli', 'src/render'].flatMap(sourceFiles).flatMap((file) =>
      readFileSync(resolve(repoRoot, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (mention.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});

describe('a fifth kind, declared in its own folder', () => {
  let root: string;
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    root = makeProject(
      {
        'content/posters/welkom.nl.md': '---\nkind: poster\ntitle: Welkom op school\nlang: nl\nslogan: Ouders zijn welkom\n---\nKom gerust binnen.\n\nDe koffie staat klaar.\n',
      },
      { brands: ['ouderplatform'] },
    );
    result = await runCli(['build', '--kind', 'poster'], root);
  });

  it('builds into a PDF that reads back with its slogan, lines and fixed label', async () => {
    expect(result.stderr).not.toMatch(/^(error|warning):/m);
    expect(result.code).toBe(0);
    const { text, pages } = await pdfText(resolve(root, 'output/ouderplatform/nl/welkom.pdf'));
    expect(pages).toBe(1);
    expect(squash(text)).toContain('Ouders zijn welkom');
    expect(squash(text)).toContain('Affiche: Welkom op school');
    expect(squash(text)).toContain('De koffie staat klaar.');
    const [page] = await pdfPages(resolve(root, 'output/ouderplatform/nl/welkom.pdf'));
    expect(Math.round(page!.width / MM)).toBe(297);
  });

  it('is listed in the catalogue under its own label, with its paper and advice', () => {
    const html = readFileSync(resolve(root, 'output/index.html'), 'utf8');
    expect(html).toContain(POSTER_LABEL);
    expect(html).toContain('Print affiches op A3.');
    expect(html).toContain('href="ouderplatform/nl/welkom.pdf"');
    const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8')) as { outputs: Record<string, { kind: string; paper: string }> };
    expect(manifest.outputs['ouderplatform/nl/welkom.pdf']).toMatchObject({ kind: 'poster', paper: 'a3' });
  });

  it('is checked like any kind: an unknown kind names it among the known ones', async () => {
    const bad = makeProject({ 'content/posters/x.nl.md': '---\nkind: postr\ntitle: X\nlang: nl\nslogan: Y\n---\n' }, { brands: ['ouderplatform'] });
    const r = await runCli(['check', '--format', 'short'], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('did you mean `poster`?');
  });
});
