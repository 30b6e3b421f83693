/**
 * Incremental builds, shards and watch mode: unchanged outputs are skipped, a change
 * rebuilds only what it touches, shards split the work deterministically.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../src/pipeline/build.js';
import { makeProject, repoRoot, runCli, tempDir } from './helpers.js';

const built = (r: BuildReport) => r.outputs.filter((o) => o.status === 'built').map((o) => o.out).sort();
const skipped = (r: BuildReport) => r.outputs.filter((o) => o.status === 'skipped').map((o) => o.out).sort();

/** A copy of drukklaar's code whose layouts a test may edit. */
function codeCopy(): string {
  const dir = tempDir('drukklaar-code-');
  for (const d of ['src', 'layouts']) cpSync(resolve(repoRoot, d), resolve(dir, d), { recursive: true });
  cpSync(resolve(repoRoot, 'package-lock.json'), resolve(dir, 'package-lock.json'));
  return dir;
}

/** A deck of two poker cards: a document of another kind than the checklist, quick to print. */
const smallDeck = (title: string) => `---
kind: cards
title: ${title}
lang: nl
card: poker
sheet: a4
duplex: long-edge
categories:
  a: { label: Eerste, icon: praten }
instruction: Kies een kaart en stel de vraag.
---

Een gids voor het deck.

## Kaart 1 {category=a}

Wat doe je thuis?

---

Luister eerst.

## Kaart 2 {category=a}

Wat doen wij?

---

Vraag door.
`;

describe('incremental builds', () => {
  it('skip unchanged outputs, rebuild one document, one brand, one kind', async () => {
    // The sample checklist (three variants) and two small decks, for two brands: 10 outputs.
    const root = makeProject(
      { 'content/cards/deck-een.nl.md': smallDeck('Deck een'), 'content/cards/deck-twee.nl.md': smallDeck('Deck twee') },
      { sampleFolders: ['checklists'], brands: ['basisschool-de-vlieger', 'ouderplatform'] },
    );
    const codeRoot = codeCopy();
    const first = await build({ root, codeRoot, catalogue: false });
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const all = built(first);
    expect(all).toHaveLength(10);

    const noop = await build({ root, codeRoot, catalogue: false });
    expect(built(noop)).toEqual([]);
    expect(skipped(noop)).toEqual(all);

    // One changed document rebuilds only its outputs.
    appendFileSync(resolve(root, 'content/checklists/zeven-dimensies.nl.md'), '\n');
    const doc = await build({ root, codeRoot, catalogue: false });
    expect(built(doc).length).toBeGreaterThan(0);
    expect(built(doc).every((o) => o.includes('/zeven-dimensies'))).toBe(true);

    // One changed brand rebuilds only that brand's outputs.
    const yml = resolve(root, 'content/brands/ouderplatform/brand.yml');
    writeFileSync(yml, readFileSync(yml, 'utf8').replace(/footer: .*/, 'footer: "Nieuwe voettekst"'));
    const brand = await build({ root, codeRoot, catalogue: false });
    expect(built(brand)).toEqual(all.filter((o) => o.startsWith('ouderplatform/')));

    // A changed layout rebuilds only the documents of its kind.
    appendFileSync(resolve(codeRoot, 'layouts/checklist.tsx'), '\n// changed\n');
    const layout = await build({ root, codeRoot, catalogue: false });
    expect(built(layout)).toEqual(all.filter((o) => o.includes('/zeven-dimensies')));

    // Code outside the old hand-kept lists that layouts execute (src/languages) rebuilds every output.
    appendFileSync(resolve(codeRoot, 'src/languages/language.ts'), '\n// changed\n');
    const language = await build({ root, codeRoot, catalogue: false });
    expect(built(language)).toEqual(all);

    // Code only another kind executes (the tip sheets') rebuilds nothing.
    appendFileSync(resolve(codeRoot, 'src/kinds/tips/model.ts'), '\n// changed\n');
    const otherKind = await build({ root, codeRoot, catalogue: false });
    expect(built(otherKind)).toEqual([]);

    // The cache is safe to delete: outputs are rebuilt, nothing breaks.
    rmSync(resolve(root, 'output/manifest.json'));
    rmSync(resolve(root, '.cache'), { recursive: true, force: true });
    const again = await build({ root, codeRoot, catalogue: false });
    expect(built(again)).toEqual(all);
  }, 400_000);
});

describe('shards', () => {
  it('split the work into disjoint parts that merge into the whole', async () => {
    // The shards write no catalogue: `merge` writes the one of the merged folder.
    const root = makeProject({}, { sampleFolders: ['checklists'], brands: ['basisschool-de-vlieger', 'ouderplatform', 'stad-onderwijs'] });
    const r1 = await runCli(['build', '--shard', '1/2', '--out', 's1', '--json', '--no-catalogue'], root);
    const r2 = await runCli(['build', '--shard', '2/2', '--out', 's2', '--json', '--no-catalogue'], root);
    const a = JSON.parse(r1.stdout).outputs.map((o: { out: string }) => o.out);
    const b = JSON.parse(r2.stdout).outputs.map((o: { out: string }) => o.out);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((x: string) => b.includes(x))).toEqual([]);
    expect(a.length + b.length).toBe(9);
    const again = await runCli(['build', '--shard', '1/2', '--out', 's1b', '--json', '--no-catalogue'], root);
    expect(JSON.parse(again.stdout).outputs.map((o: { out: string }) => o.out)).toEqual(a);
    const m = await runCli(['merge', 's1', 's2', '--out', 'merged'], root);
    expect(m.code, m.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(resolve(root, 'merged/manifest.json'), 'utf8'));
    expect(Object.keys(manifest.outputs).sort()).toEqual([...a, ...b].sort());
    for (const out of Object.keys(manifest.outputs)) expect(existsSync(resolve(root, 'merged', out))).toBe(true);
    expect(readFileSync(resolve(root, 'merged/index.html'), 'utf8')).toContain('Zeven dimensies');

    // A part left out would leave its documents out of the merged folder: refused, nothing written.
    const partial = await runCli(['merge', 's1', '--out', 'partial'], root);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain('part 2 of 2 is not among the folders');
    expect(existsSync(resolve(root, 'partial/manifest.json'))).toBe(false);

    // The merged manifest's render times balance the next split; every part records it.
    const c1 = await runCli(['build', '--shard', '1/2', '--costs', 'merged/manifest.json', '--out', 'c1', '--json', '--no-catalogue'], root);
    expect(c1.code, c1.stderr).toBe(0);
    expect(JSON.parse(readFileSync(resolve(root, 'c1/manifest.json'), 'utf8')).shard).toMatchObject({ k: 1, n: 2, split: expect.stringMatching(/^measured [0-9a-f]{12}$/) });
    // Parts of different splits would overlap or leave gaps.
    const mixed = await runCli(['merge', 'c1', 's2', '--out', 'mixed'], root);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('different splits');
  }, 200_000);

  it('refuses --costs it cannot read, and --costs without --shard', async () => {
    const root = makeProject({}, { brands: ['ouderplatform'] });
    const missing = await runCli(['build', '--shard', '1/2', '--costs', 'nergens/manifest.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('`nergens/manifest.json` does not exist');
    writeFileSync(resolve(root, 'kapot.json'), '{ "outputs": ');
    const broken = await runCli(['build', '--shard', '1/2', '--costs', 'kapot.json'], root);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('`kapot.json` is not the manifest of a drukklaar build (not JSON');
    const alone = await runCli(['build', '--costs', 'kapot.json'], root);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--costs balances the parts of a split: it needs --shard k/n');
  });

  it('refuses a malformed shard', async () => {
    const root = makeProject({}, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--shard', '3/2'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard takes k/n with 1 ≤ k ≤ n');
  });
});

describe('watch', () => {
  it('rebuilds on save with one line per rebuild and keeps running after an error', async () => {
    const root = makeProject({}, { sampleFolders: ['checklists'], brands: ['ouderplatform'] });
    const child = spawn(process.execPath, [resolve(repoRoot, 'dist/cli.mjs'), 'watch', '--variant', 'both'], { cwd: root, env: { ...process.env, CI: 'true', NODE_ENV: 'production' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const waitFor = async (re: RegExp, from = 0) => {
      const t = Date.now();
      while (!re.test(err.slice(from))) {
        if (Date.now() - t > 60_000) throw new Error(`timed out waiting for ${re}: ${err}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    try {
      await waitFor(/watching content\//);
      const doc = resolve(root, 'content/checklists/zeven-dimensies.nl.md');
      const pdf = resolve(root, 'output/ouderplatform/nl/zeven-dimensies.pdf');
      const before = statSync(pdf).mtimeMs;
      let mark = err.length;
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('title: Zeven dimensies', 'title: Zeven dimensies!'));
      await waitFor(/zeven-dimensies\.nl\.md: 1 built/, mark);
      expect(statSync(pdf).mtimeMs).toBeGreaterThan(before);
      mark = err.length;
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('kind: checklist', 'kind: [kapot'));
      await waitFor(/zeven-dimensies\.nl\.md: 0 built, 1 failed/, mark);
      expect(err.slice(mark)).toMatch(/content\/checklists\/zeven-dimensies\.nl\.md:\d+:\d+: error/);
      mark = err.length;
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('kind: [kapot', 'kind: checklist'));
      await waitFor(/zeven-dimensies\.nl\.md: 1 built/, mark);
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
  }, 300_000);
});
