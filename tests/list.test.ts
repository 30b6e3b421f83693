/**
 * `list`: what a project holds, for a school's coordinator who did not write it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli, tempDir } from './helpers.js';

describe('drukklaar list', () => {
  const files: Record<string, string> = {};
  for (const l of ['nl', 'ar', 'fa']) files[`content/tips/contact-met-school.${l}.md`] = readFileSync(resolve(repoRoot, 'content/tips', `contact-met-school.${l}.md`), 'utf8');
  files['content/tips/kapot.nl.md'] = '---\nkind: tips\n---\n';

  it('lists documents with kind, title and each language with its status, and the files that do not load', async () => {
    const root = makeProject(files, { brands: ['ouderplatform'] });
    const r = await runCli(['list', 'documents'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/contact-met-school\s+tips\s+nl, ar \(draft\), fa \(draft\)\s+Contact met de school/);
    expect(r.stdout).toMatch(/kapot\s+\?\s+nl \(error\)/);
    expect(r.stdout).not.toContain('brand');
  });

  it('gives brands and languages as JSON', async () => {
    const root = makeProject({}, { brands: ['ouderplatform'] });
    const r = await runCli(['list', '--json'], root);
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout) as { brands: { id: string; name: string; primary: string }[]; languages: { code: string; dir: string; script: string }[]; documents: unknown[] };
    expect(data.brands).toEqual([expect.objectContaining({ id: 'ouderplatform', name: 'Ouderplatform Samen Sterk', primary: expect.stringMatching(/^#/) })]);
    expect(data.languages).toContainEqual(expect.objectContaining({ code: 'ar', dir: 'rtl', script: 'arabic' }));
    expect(data.documents).toEqual([]);
  });

  it('refuses what it cannot list, with exit code 2', async () => {
    const root = makeProject({}, { brands: ['ouderplatform'] });
    const r = await runCli(['list', 'kleuren'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`list` shows documents, brands, languages; found `kleuren`');
  });
});

describe('a project of only documents and a brand', () => {
  it('builds with the fonts, pictograms and languages that come with drukklaar', async () => {
    const root = tempDir();
    mkdirSync(resolve(root, 'content/tips'), { recursive: true });
    cpSync(resolve(repoRoot, 'content/brands/ouderplatform'), resolve(root, 'content/brands/ouderplatform'), { recursive: true });
    for (const l of ['nl', 'ar']) cpSync(resolve(repoRoot, 'content/tips', `contact-met-school.${l}.md`), resolve(root, 'content/tips', `contact-met-school.${l}.md`));
    expect(existsSync(resolve(root, 'assets'))).toBe(false);
    const r = await runCli(['build', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    for (const l of ['nl', 'ar']) expect(existsSync(resolve(root, 'output/ouderplatform', l, 'contact-met-school.pdf')), l).toBe(true);
    const list = await runCli(['list', 'languages'], root);
    expect(list.stdout).toMatch(/ar\s+rtl\s+arabic/);
  });
});
