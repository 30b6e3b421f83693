/**
 * `list`: what a project holds, for a school's coordinator who did not write it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    for (const l of ['nl', 'ar']) expect(existsSync(resolve(root, 'output/ouderplatform', l, 'contact-met-school.pdf')), l).toBe(true);
    const list = await runCli(['list', 'languages'], root);
    expect(list.stdout).toMatch(/ar\s+rtl\s+arabic/);
  });
});

describe('drukklaar init', () => {
  it('makes a project that checks clean and builds every kind, and never overwrites a file', async () => {
    const parent = tempDir();
    const made = await runCli(['init', 'school'], parent);
    expect(made.code, made.stderr).toBe(0);
    const root = resolve(parent, 'school');
    for (const f of ['content/brands/mijn-school/brand.yml', 'drukklaar.yml', '.gitignore', 'README.md']) expect(existsSync(resolve(root, f)), f).toBe(true);
    // The team's README sent readers to npmjs.com, where drukklaar is not: it names the package file.
    const teamReadme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(teamReadme).not.toContain('npmjs.com');
    expect(teamReadme).toContain('drukklaar-<versie>.tgz');
    const check = await runCli(['check'], root);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/all good/);
    const build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(build.code, build.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8')) as { outputs: Record<string, { kind: string }> };
    expect(new Set(Object.values(manifest.outputs).map((o) => o.kind))).toEqual(new Set(['tips', 'checklist', 'quickscan', 'cards']));

    // A folder that is not empty is refused; with --force only what is missing is added.
    const again = await runCli(['init', 'school'], parent);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is not empty');
    writeFileSync(resolve(root, 'drukklaar.yml'), 'print: { pdfx: false }\n# mine\n');
    rmSync(resolve(root, 'content/tips/welkom.nl.md'));
    const forced = await runCli(['init', 'school', '--force'], parent);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('created content/tips/welkom.nl.md');
    expect(forced.stdout).toContain('kept    drukklaar.yml (exists)');
    expect(readFileSync(resolve(root, 'drukklaar.yml'), 'utf8')).toContain('# mine');
  });

  it('starts in the folder the README sets up: npm init, and the package file installed from it', async () => {
    const folder = tempDir();
    writeFileSync(resolve(folder, 'package.json'), '{ "dependencies": { "drukklaar": "file:drukklaar-0.1.0.tgz" } }\n');
    writeFileSync(resolve(folder, 'drukklaar-0.1.0.tgz'), '');
    mkdirSync(resolve(folder, 'node_modules'));
    const made = await runCli(['init'], folder);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('created drukklaar.yml');
    // Anything else still makes the folder not empty.
    const other = tempDir();
    writeFileSync(resolve(other, 'notities.txt'), 'x');
    expect((await runCli(['init'], other)).stderr).toContain('is not empty (notities.txt)');
  });
});
