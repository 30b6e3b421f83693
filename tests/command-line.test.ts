/**
 * The command line does what it says: repeated options add up, a word without `--` selects
 * a document or is refused, paths to documents are found however they are written, and a
 * wrong value is a usage error (exit code 2) with a hint.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli, checklistDoc } from './helpers.js';

const doc = checklistDoc;

const project = () =>
  makeProject(
    { 'content/x/een.nl.md': doc('Een'), 'content/x/twee.nl.md': doc('Twee'), 'content/y/drie.nl.md': doc('Drie') },
    { brands: ['basisschool-de-vlieger', 'ouderplatform', 'stad-onderwijs'] },
  );

/** The PDFs a build left, as `brand/slug`. */
const built = (root: string) =>
  existsSync(resolve(root, 'output'))
    ? readdirSync(resolve(root, 'output'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => f.replace(/\/nl\//, '/').replace(/\.pdf$/, ''))
        .sort()
    : [];

describe('repeated options', () => {
  it('keeps every --doc and --brand, repeated or comma-separated', async () => {
    const root = project();
    const r = await runCli(['build', '--no-catalogue', '--variant', 'both', '--doc', 'een', '--doc', 'drie', '--brand', 'ouderplatform', '--brand', 'stad-onderwijs'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(built(root)).toEqual(['ouderplatform/drie', 'ouderplatform/een', 'stad-onderwijs/drie', 'stad-onderwijs/een']);
  });

  it('refuses an option that takes one value given twice', async () => {
    const r = await runCli(['build', '--out', 'a', '--out', 'b'], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: `--out` is given 2 times (`a`, `b`); it takes one value (hint: keep one `--out`)');
  });
});

describe('a word without --', () => {
  it('selects a document for build, and is an error when it names none', async () => {
    const root = project();
    const r = await runCli(['build', '--no-catalogue', 'twee', '--variant', 'both', '--brand', 'ouderplatform'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(built(root)).toEqual(['ouderplatform/twee']);
    const wrong = await runCli(['build', 'tweee', '--doc', 'een', '--variant', 'both', '--brand', 'ouderplatform', '--format', 'short'], root);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('error: no document matches `tweee` (hint: did you mean `twee`?)');
  });

  it('is a usage error for a command that takes none', async () => {
    const root = project();
    const r = await runCli(['check', 'een'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: `check` takes no arguments without `--`, found `een`');
    const named = await runCli(['build', '--document', 'een'], root);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('error: `build` has no option `--document` (hint: its options: --doc, --brand');
  });
});

describe('a document named by its path', () => {
  it.each([
    ['relative with ./', (root: string) => './content/x/een.nl.md'],
    ['absolute', (root: string) => resolve(root, 'content/x/een.nl.md')],
    ['Windows-style', () => 'content\\x\\een.nl.md'],
  ])('is found: %s', async (_how, path) => {
    const root = project();
    const r = await runCli(['build', '--no-catalogue', '--doc', path(root), '--variant', 'both', '--brand', 'ouderplatform', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(built(root)).toEqual(['ouderplatform/een']);
  });
});

describe('--workers', () => {
  it.each(['0', '-1', 'abc', '2.5'])('refuses %s with a hint', async (value) => {
    const root = project();
    const r = await runCli(['build', '--workers', value, '--format', 'short'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: --workers takes a whole number of render threads from 1 to 64, or auto; found "${value}" (hint: leave it out (auto: one thread fewer than the cores) or give a count, e.g. --workers 2)`);
    expect(built(root)).toEqual([]);
  });

  it('is checked by serve the same way, before it serves anything', async () => {
    const r = await runCli(['serve', '--workers', 'abc'], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --workers takes a whole number of render threads from 1 to 64, or auto; found "abc"');
  });
});

describe('a broken brand', () => {
  it('is reported as the cause, not hidden behind "no document matches"', async () => {
    const root = makeProject(
      { 'content/x/een.nl.md': doc('Een'), 'content/brands/kapot/brand.yml': 'name: "Kapot"\nlogo: weg.svg\ncolors:\n  primary: "#1d4e89"\n  accent: "#f4a259"\n' },
      { brands: ['ouderplatform'] },
    );
    const r = await runCli(['build', '--doc', 'een', '--brand', 'kapot', '--format', 'short'], root);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.includes('error:'));
    expect(errors).toEqual(['content/brands/kapot/brand.yml:2:7: error: the logo `weg.svg` does not exist (hint: check the spelling; paths are relative to the file that names them)']);
  });
});
