/**
 * Fixed words come from the language files: every word a layout asks for is in nl.yml; a
 * translation's language file may leave words out (they print in Dutch, and `check` warns);
 * a word nl.yml does not have is refused with its line and the likely key.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';

/** Source files under a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => resolve(e.parentPath, e.name));
}

/** A project with one tip sheet in Dutch and French. */
const tipsProject = () =>
  makeProject(Object.fromEntries(['samen-lezen.nl.md', 'samen-lezen.fr.md'].map((f) => [`content/tips/${f}`, readFileSync(resolve(repoRoot, 'content/tips', f), 'utf8')])), { brands: [BRAND] });

describe('fixed words', () => {
  it('every word a layout or kind asks for by name is in nl.yml', () => {
    const dutch = (parse(readFileSync(resolve(repoRoot, 'content/languages/nl.yml'), 'utf8')) as { strings: Record<string, string> }).strings;
    const asked = new Set<string>();
    for (const file of [...sourceFiles(resolve(repoRoot, 'layouts')), ...sourceFiles(resolve(repoRoot, 'src/kinds'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bsay\([^,()]+,\s*'([^']+)'/g)) asked.add(m[1]!);
    }
    expect(asked.size).toBeGreaterThan(5);
    expect([...asked].filter((key) => !(key in dutch))).toEqual([]);
  });

  it('a translation that leaves words out prints them in Dutch, and check says which', async () => {
    const root = tipsProject();
    const fr = resolve(root, 'content/languages/fr.yml');
    writeFileSync(fr, readFileSync(fr, 'utf8').replace(/^ {2}translationNotice:.*\n/m, ''));
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(0);
    expect(check.stdout + check.stderr).toMatch(/content\/languages\/fr\.yml.*1 fixed word in Dutch.*`translationNotice`/);
    // The hint says where nl.yml is in a project of one's own, and gives a command that runs there.
    expect(check.stderr).toContain('node_modules/drukklaar/content/languages/nl.yml');
    expect(check.stderr).toContain('`npx drukklaar export --lang fr --format po --out fr.po`, then `npx drukklaar import fr.po`');
    const build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(build.code).toBe(0);
    expect(build.stdout + build.stderr).toContain('`translationNotice`');
  }, 120_000);

  it('a word nl.yml does not have is refused at its line, with the likely key', async () => {
    const root = tipsProject();
    const fr = resolve(root, 'content/languages/fr.yml');
    const text = readFileSync(fr, 'utf8').replace(/^( {2})translation:/m, '$1translatoin:');
    writeFileSync(fr, text);
    const line = text.split('\n').findIndex((l) => l.includes('translatoin:')) + 1;
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).not.toBe(0);
    const out = check.stdout + check.stderr;
    expect(out).toContain(`content/languages/fr.yml:${line}:1`);
    expect(out).toMatch(/`strings\.translatoin` is not a fixed word/);
    expect(out).toContain('did you mean `translation`?');
    expect(out).not.toMatch(/\n\s+at /);
  }, 120_000);
});
