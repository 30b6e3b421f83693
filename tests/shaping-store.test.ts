/**
 * Shaped text kept in .cache/shaping between runs: the next process prints the same
 * bytes, a damaged cache is ignored, and stored shaping never applies to another font.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { makeProject, pdfText, repoRoot } from './helpers.js';

const cli = resolve(repoRoot, 'dist/cli.mjs');
const out = 'basisschool-de-vlieger/nl/huiswerk.pdf';

function build(root: string, outDir: string, ...extra: string[]): void {
  execFileSync(process.execPath, [cli, 'build', '--no-catalogue', '--doc', 'huiswerk', '--lang', 'nl', '--brand', 'basisschool-de-vlieger', '--out', outDir, ...extra], {
    cwd: root,
    env: { ...process.env, CI: 'true', NODE_ENV: 'production', SOURCE_DATE_EPOCH: '1767225600' },
    stdio: 'pipe',
  });
}

const storeFiles = (root: string) => readdirSync(resolve(root, '.cache/shaping')).map((f) => resolve(root, '.cache/shaping', f));

describe('shaping kept across runs', () => {
  it('prints the same bytes from the store, ignores a damaged store and never applies it to another font', async () => {
    const root = makeProject({}, { brands: ['basisschool-de-vlieger'] });
    cpSync(resolve(repoRoot, 'content/tips/huiswerk.nl.md'), resolve(root, 'content/tips/huiswerk.nl.md'));

    build(root, 'a');
    const files = storeFiles(root);
    expect(files.length).toBe(1);
    const first = readFileSync(resolve(root, 'a', out));

    // A new process restores the shaping instead of shaping again: same bytes.
    build(root, 'b');
    expect(readFileSync(resolve(root, 'b', out)).equals(first)).toBe(true);

    // A damaged store is ignored (and replaced).
    writeFileSync(files[0]!, '{"v":1,"runs":');
    build(root, 'c');
    expect(readFileSync(resolve(root, 'c', out)).equals(first)).toBe(true);

    // The store is really read: make every stored glyph an "X"...
    const fonts = Object.fromEntries(
      ['Regular', 'Bold', 'Italic'].map((face) => [`NotoSans-${face}.ttf`, (fontkit.openSync(resolve(root, `assets/fonts/NotoSans-${face}.ttf`)) as fontkit.Font).glyphForCodePoint(0x58).id]),
    );
    const store = JSON.parse(readFileSync(files[0]!, 'utf8')) as { runs: Record<string, Record<string, { g: number[] }>> };
    for (const [face, byKey] of Object.entries(store.runs)) {
      for (const run of Object.values(byKey)) run.g = run.g.map(() => fonts[face.split('@')[0]!]!);
    }
    writeFileSync(files[0]!, JSON.stringify(store));
    build(root, 'd');
    // Every glyph drawn is now the same "X"; the text layer maps that one glyph to the first
    // letter it stood for, so whole lines read back as one letter repeated.
    expect((await pdfText(resolve(root, 'd', out))).text).toMatch(/(\p{L})\1{9}/u);

    // ...but once the font file changes, none of it applies.
    for (const f of readdirSync(resolve(root, 'assets/fonts')).filter((f) => f.startsWith('NotoSans-'))) {
      appendFileSync(resolve(root, 'assets/fonts', f), Buffer.alloc(4));
    }
    build(root, 'e');
    const text = (await pdfText(resolve(root, 'e', out))).text;
    expect(text).not.toMatch(/(\p{L})\1{9}/u);
    expect(text).toContain((await pdfText(resolve(root, 'a', out))).text.split('\n').find((l) => l.trim().length > 20)!.trim());
  }, 120_000);
});
