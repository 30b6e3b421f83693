/**
 * Translated card decks through the exchange formats: an edited card unit or category label
 * comes back as exactly that line, a round trip without edits changes no byte.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAND, dutch, french, project, read } from './card-decks.js';
import { makeProject, runCli } from './helpers.js';

describe('exchange formats for decks', () => {
  it('imports one edited card unit from XLIFF: exactly that line changes; a PO round trip changes nothing', async () => {
    const root = await project('poker', 'fr', french);
    const x = await runCli(['export', '--lang', 'fr', '--format', 'xliff', '--out', 'fr.xlf'], root);
    expect(x.code, x.stderr).toBe(0);
    const xlf = read(root, 'fr.xlf');
    expect(xlf).toMatch(/<unit id="rapport.back">[\s\S]*?card 2 of 2 \(id rapport\): back[\s\S]*?<source>Vraag het aan de leerkracht.<\/source>\s*<target>Demandez-le à l’enseignant.<\/target>/);
    expect(xlf).toMatch(/<unit id="label.school">[\s\S]*?<source>School<\/source>\s*<target>École<\/target>/);
    writeFileSync(resolve(root, 'fr.xlf'), xlf.replace('<target>Demandez-le à l’enseignant.</target>', '<target>Posez la question à l’enseignant.</target>'));
    const before = read(root, 'content/cards/thuis.fr.md');
    const i = await runCli(['import', 'fr.xlf'], root);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain('content/cards/thuis.fr.md: 1 unit updated, status draft');
    const after = read(root, 'content/cards/thuis.fr.md');
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b).toHaveLength(a.length);
    expect(a.flatMap((l, n) => (l === b[n] ? [] : [`-${l}`, `+${b[n]}`]))).toEqual(['-Demandez-le à l’enseignant.', '+Posez la question à l’enseignant.']);

    const label = await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    expect(label.code, label.stderr).toBe(0);
    const po = read(root, 'fr.po');
    expect(po).toContain('msgctxt "content/cards/thuis.nl.md#lezen.front"\nmsgid "Wat lees je graag samen met je kind?"\nmsgstr "Qu’aimez-vous lire avec votre enfant ?"');
    expect((await runCli(['import', 'fr.po'], root)).stdout).toContain('nothing changed');
    expect(read(root, 'content/cards/thuis.fr.md')).toBe(after);
    // A category label goes back into its front matter line, nothing else moves.
    writeFileSync(resolve(root, 'fr.po'), po.replace('msgstr "École"', 'msgstr "À l’école"'));
    expect((await runCli(['import', 'fr.po'], root)).code).toBe(0);
    const labelled = read(root, 'content/cards/thuis.fr.md').split('\n');
    expect(labelled.filter((l, n) => l !== after.split('\n')[n])).toEqual(['  school: { label: "À l’école" }']);
  }, 60_000);

  it('leaves the sample deck translations byte-identical after a round trip without edits', async () => {
    const root = makeProject({}, { brands: [BRAND], sampleFolders: ['cards'] });
    const files = () => Object.fromEntries(readdirSync(resolve(root, 'content/cards')).map((f) => [f, read(root, `content/cards/${f}`)]));
    const before = files();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['twee-brillen.ar.md', 'twee-brillen.fr.md']));
    for (const lang of ['ar', 'fr']) {
      for (const format of ['xliff', 'po']) {
        const file = `${lang}.${format === 'po' ? 'po' : 'xlf'}`;
        const e = await runCli(['export', '--lang', lang, '--format', format, '--out', file], root);
        expect(e.code, e.stderr).toBe(0);
        const i = await runCli(['import', file], root);
        expect(i.code, i.stderr).toBe(0);
        expect(i.stdout).toContain('nothing changed');
      }
    }
    expect(files()).toEqual(before);
  }, 60_000);
});

describe('deck units', () => {
  it('writing every unit of a sample deck translation back with its own text changes no byte', async () => {
    const { cardsKind } = await import('../src/kinds/cards/index.js');
    const { runDocumentSteps } = await import('../src/pipeline/document-steps.js');
    const dir = resolve(import.meta.dirname, '../content/cards');
    const model = (name: string) => {
      const r = runDocumentSteps({ path: `content/cards/${name}`, bytes: readFileSync(resolve(dir, name)) });
      return { model: r.doc!.model as never, text: r.text! };
    };
    const units = cardsKind.translation!.units!;
    const files = readdirSync(dir).filter((f) => !f.endsWith('.nl.md'));
    expect(files.sort()).toEqual(['twee-brillen.ar.md', 'twee-brillen.fr.md']);
    for (const f of files) {
      const tr = model(f);
      const src = model(f.replace(/\.[a-z]+\.md$/, '.nl.md'));
      const all = new Map(units.list(tr.model, tr.text).map((u) => [u.id, u.text]));
      expect(all.size).toBe(3 + 2 + 1 + 14 * 3); // title, subtitle, instruction; two labels; the guide; title, front and back of 14 cards
      expect(units.write(tr.text, tr.model, src.model, all), f).toBe(tr.text);
    }
  });

  it("exports a skeleton's front matter, still the Dutch text, as new with no translation", async () => {
    const withoutFrench = makeProject({ 'content/cards/thuis.nl.md': dutch('poker') }, { brands: [BRAND] });
    expect((await runCli(['translate', 'thuis', '--lang', 'fr'], withoutFrench)).code).toBe(0);
    const e = await runCli(['export', '--lang', 'fr', '--format', 'po', '--doc', 'thuis', '--out', 'fr.po'], withoutFrench);
    expect(e.code, e.stderr).toBe(0);
    // The skeleton holds the Dutch instruction and labels to translate over: a CAT tool showed
    // them as translated drafts (msgstr the Dutch text), and the translator passed them by.
    expect(e.stdout).not.toMatch(/\d+ draft/);
    const po = read(withoutFrench, 'fr.po');
    expect(po).toContain('msgid "Leg de kaarten op tafel en kies er samen een."\nmsgstr ""');
    expect(po).toMatch(/#label\.school"\nmsgid "School"\nmsgstr ""/);
    // Imported as it is, nothing changes.
    const before = read(withoutFrench, 'content/cards/thuis.fr.md');
    expect((await runCli(['import', 'fr.po'], withoutFrench)).code).toBe(0);
    expect(read(withoutFrench, 'content/cards/thuis.fr.md')).toBe(before);
  });
});

