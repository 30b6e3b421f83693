/**
 * The translator's workflow: `translate` writes a skeleton, `translate --mark-current`
 * records the Dutch hashes, `status` shows missing, draft, stale and mismatched
 * translations, and the build names the ids of a mismatch with their lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { makeProject, runCli } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';

const dutch = (praten = 'Praat elke dag met je kind.') => `---
kind: tips
title: Samen thuis
lang: nl
---

Een korte inleiding.

## Lees samen {#lezen icon=boek}

Lees elke dag samen.

## Praat samen {#praten icon=praten}

${praten}

## Zing samen {#zingen icon=zingen}

Zing liedjes.
`;

const french = (ids: string[], extra = '') => `---
kind: tips
title: Ensemble à la maison
lang: fr
status: draft
${extra}---

Une courte introduction.

${ids.map((id) => `## Titre ${id} {#${id}}\n\nTexte ${id}.\n`).join('\n')}`;

const frontMatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

interface Status {
  languages: string[];
  documents: { slug: string; translations: Record<string, { state: string; stale?: string[]; problems?: string[]; status?: string }> }[];
}

async function status(root: string): Promise<{ code: number; report: Status; table: string }> {
  const json = await runCli(['status', '--json'], root);
  const table = await runCli(['status'], root);
  expect(table.code).toBe(json.code);
  return { code: json.code, report: JSON.parse(json.stdout) as Status, table: table.stdout };
}

describe('translate', () => {
  it('writes a skeleton with the same ids, the Dutch text as comments and the source hashes', async () => {
    const root = makeProject({ 'content/tips/thuis.nl.md': dutch() }, { brands: [BRAND] });
    const r = await runCli(['translate', 'thuis', '--lang', 'ar'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(resolve(root, 'content/tips/thuis.ar.md'), 'utf8');
    expect([...text.matchAll(/^## .*\{#([a-z-]+)\}$/gm)].map((m) => m[1])).toEqual(['lezen', 'praten', 'zingen']);
    expect(text).toContain('<!-- nl: Lees samen -->');
    expect(text).toContain('<!-- nl: Praat elke dag met je kind. -->');
    const fm = frontMatter(text);
    expect(fm.status).toBe('draft');
    expect(fm.lang).toBe('ar');
    const source = fm.source as { hash: string; items: Record<string, string> };
    expect(Object.keys(source.items)).toEqual(['lezen', 'praten', 'zingen']);
    expect(new Set(Object.values(source.items)).size).toBe(3);
    for (const h of [source.hash, ...Object.values(source.items)]) expect(h).toMatch(/^[0-9a-f]{12}$/);

    // An untranslated skeleton is reported, not printed.
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/thuis\.ar\.md:\d+:1: error: these parts are not translated yet: \(title\), \(introduction\), lezen, praten, zingen/);
    const s = await status(root);
    expect(s.report.documents[0]!.translations.ar!.state).toBe('incomplete');
  });

  it('refuses to overwrite an existing translation unless --force', async () => {
    const root = makeProject({ 'content/tips/thuis.nl.md': dutch(), 'content/tips/thuis.fr.md': french(['lezen', 'praten', 'zingen']) }, { brands: [BRAND] });
    const before = readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8');
    const r = await runCli(['translate', 'thuis', '--lang', 'fr', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/tips/thuis.fr.md already exists; it was not overwritten');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8')).toBe(before);
    const f = await runCli(['translate', 'thuis', '--lang', 'fr', '--force'], root);
    expect(f.code).toBe(0);
    expect(readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8')).toContain('<!-- nl: Lees samen -->');
  });

  it('rejects an unknown language and an unknown document', async () => {
    const root = makeProject({ 'content/tips/thuis.nl.md': dutch() }, { brands: [BRAND] });
    const a = await runCli(['translate', 'thuis', '--lang', 'xx', '--format', 'short'], root);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('language `xx` has no file content/languages/xx.yml');
    const b = await runCli(['translate', 'nergens', '--lang', 'fr', '--format', 'short'], root);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('no document matches nergens');
  });
});

describe('status and stale translations', () => {
  it('shows missing, unknown origin, draft, stale (with the items) and mismatched (exit 1)', async () => {
    const root = makeProject(
      {
        'content/tips/thuis.nl.md': dutch(),
        'content/tips/thuis.fr.md': french(['lezen', 'praten', 'zingen']),
        'content/tips/thuis.en.md': french(['lezen', 'praten', 'zingen']).replace('lang: fr', 'lang: en'),
        'content/tips/thuis.tr.md': french(['lezen', 'praten', 'zingen']).replace('lang: fr', 'lang: tr'),
      },
      { brands: [BRAND] },
    );
    // Without source hashes the origin is unknown.
    let s = await status(root);
    expect(s.code).toBe(0);
    const cells = () => s.report.documents.find((d) => d.slug === 'thuis')!.translations;
    expect(cells().fr!.state).toBe('unknown-origin');
    expect(cells().pl!.state).toBe('missing');

    // Marked current: up to date, the draft status shows.
    const m = await runCli(['translate', '--mark-current', 'content/tips/thuis.fr.md', 'content/tips/thuis.en.md'], root);
    expect(m.code).toBe(0);
    const fr = readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8');
    expect(frontMatter(fr).title).toBe('Ensemble à la maison'); // the rest of the file is untouched
    expect(fr).toContain('## Titre praten {#praten}');
    s = await status(root);
    expect(cells().fr!.state).toBe('draft');
    expect(cells().en!.state).toBe('draft');

    // The Dutch text of one tip changes: fr and en are stale for exactly that tip.
    writeFileSync(resolve(root, 'content/tips/thuis.nl.md'), dutch('Praat elke dag met je kind, ook aan tafel.'));
    s = await status(root);
    expect(s.code).toBe(0);
    expect(cells().fr!.state).toBe('stale');
    expect(cells().fr!.stale).toEqual(['praten']);
    expect(s.table).toMatch(/content\/tips\/thuis\.fr\.md \(draft\): stale, the Dutch text changed for: praten/);
    const b = await runCli(['build', '--no-catalogue', '--lang', 'fr', '--format', 'short'], root);
    expect(b.code).toBe(0); // stale is a warning
    expect(b.stderr).toMatch(/thuis\.fr\.md:\d+:1: warning: the Dutch text changed since this translation was made \(changed: praten\)/);

    // Two tips swapped in the Turkish file: mismatched, an error.
    writeFileSync(resolve(root, 'content/tips/thuis.tr.md'), french(['lezen', 'zingen', 'praten']).replace('lang: fr', 'lang: tr'));
    s = await status(root);
    expect(s.code).toBe(1);
    expect(cells().tr!.state).toBe('mismatched');
    expect(cells().tr!.problems!.join(' ')).toMatch(/moved (zingen|praten)/);
    expect(s.table).toContain('MISMATCHED');

    // After the translator updated fr, mark it current again: no longer stale.
    await runCli(['translate', '--mark-current', 'content/tips/thuis.fr.md'], root);
    s = await status(root);
    expect(cells().fr!.state).toBe('draft');
    expect(cells().en!.state).toBe('stale');
  });

  it('names the missing, extra and moved ids with their lines in the build', async () => {
    const tr = french(['lezen', 'extra-tip', 'zingen']);
    const root = makeProject({ 'content/tips/thuis.nl.md': dutch(), 'content/tips/thuis.fr.md': tr }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    const lineOf = (s: string) => tr.split('\n').findIndex((l) => l.includes(s)) + 1;
    expect(r.stderr).toContain(`content/tips/thuis.fr.md:${lineOf('{#extra-tip}')}:1: error: tip \`extra-tip\` is not in the Dutch source`);
    expect(r.stderr).toContain(`content/tips/thuis.fr.md:${lineOf('{#lezen}')}:1: error: tip \`praten\` of the Dutch source is missing (it comes after \`lezen\`)`);

    const moved = french(['praten', 'lezen', 'zingen']);
    writeFileSync(resolve(root, 'content/tips/thuis.fr.md'), moved);
    const m = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/thuis\.fr\.md:\d+:1: error: tip `(praten|lezen)` is tip \d here but tip \d in the Dutch source/);
    const refused = await runCli(['translate', '--mark-current', 'content/tips/thuis.fr.md', '--format', 'short'], root);
    expect(refused.code).toBe(1);
    expect(readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8')).toBe(moved);
  });
});
