/**
 * Quickscan translations through the exchange formats (XLIFF, PO): a round trip without edits
 * changes no byte, one edited unit (a statement, a scale label) changes exactly its line, each
 * unit is written and restored byte for byte, and a new translation is filled from a PO file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from './helpers.js';
import { changedLines, contentSnapshot, read } from './text-files.js';

const BRAND = 'basisschool-de-vlieger';


describe('quickscans through the exchange formats', () => {
  it('round-trips the sample scan translations without a byte changed, and imports one edited XLIFF unit as exactly that line', async () => {
    const root = makeProject({}, { brands: [BRAND], sampleFolders: ['quickscans'] });
    const before = contentSnapshot(root);
    for (const lang of ['ar', 'fr', 'tr']) {
      for (const format of ['xliff', 'po']) {
        const file = `${lang}.${format === 'po' ? 'po' : 'xlf'}`;
        const e = await runCli(['export', '--lang', lang, '--format', format, '--doc', 'ouders-kort', '--out', file], root);
        expect(e.code, e.stderr).toBe(0);
        const i = await runCli(['import', file], root);
        expect(i.code, i.stderr).toBe(0);
        expect(i.stdout).toContain('nothing changed');
      }
    }
    expect(contentSnapshot(root)).toEqual(before);

    const xlf = read(root, 'fr.xlf');
    expect(xlf).toMatch(/<unit id="berichten-2.text">[\s\S]*?<source>De school stuurt berichten op een manier die goed is voor mij.<\/source>\s*<target>L’école envoie les messages d’une manière qui me convient.<\/target>/);
    expect(xlf).toMatch(/<unit id="scale.2">[\s\S]*?value 2[\s\S]*?<target>Un peu<\/target>/);
    writeFileSync(resolve(root, 'fr.xlf'), xlf.replace('<target>L’école envoie les messages d’une manière qui me convient.</target>', '<target>L’école m’envoie les messages comme je le souhaite.</target>').replace('<target>Un peu</target>', '<target>Un petit peu</target>'));
    const fr = 'content/quickscans/ouders-kort.fr.md';
    const old = read(root, fr);
    const i = await runCli(['import', 'fr.xlf'], root);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain(`${fr}: 2 units updated, status draft`);
    expect(changedLines(old, read(root, fr))).toEqual([
      '-  - { label: "Un peu", value: 2, symbol: "twijfel" }',
      '+  - { label: "Un petit peu", value: 2, symbol: "twijfel" }',
      '-- L’école envoie les messages d’une manière qui me convient. {#berichten-2}',
      '+- L’école m’envoie les messages comme je le souhaite. {#berichten-2}',
    ]);
  }, 60_000);

  it('writing each unit of a sample scan translation changes only its text, and writing the old text back restores every byte', async () => {
    const { quickscanKind } = await import('../src/kinds/quickscan/index.js');
    const { runDocumentSteps } = await import('../src/pipeline/document-steps.js');
    const dir = resolve(import.meta.dirname, '../content/quickscans');
    const modelOf = (name: string, bytes: Uint8Array = readFileSync(resolve(dir, name))) => {
      const r = runDocumentSteps({ path: `content/quickscans/${name}`, bytes });
      return { model: r.doc!.model as never, text: r.text! };
    };
    const units = quickscanKind.translation!.units!;
    const src = modelOf('ouders-kort.nl.md');
    for (const lang of ['ar', 'fr', 'tr']) {
      const name = `ouders-kort.${lang}.md`;
      const tr = modelOf(name);
      const listed = units.list(tr.model, tr.text);
      const all = listed.filter((u) => u.text);
      expect(all.map((u) => u.id)).toEqual(expect.arrayContaining(['title', 'instruction', 'scale.3', 'berichten.title', 'berichten-1.text', 'thuis-2.tip']));
      for (const u of all) {
        const edited = units.write(tr.text, tr.model, src.model, new Map([[u.id, `${u.text} X`]]));
        const again = modelOf(name, Buffer.from(edited, 'utf8'));
        expect(units.list(again.model, again.text).filter((v) => v.text !== listed.find((w) => w.id === v.id)?.text).map((v) => [v.id, v.text]), `${lang} ${u.id}`).toEqual([[u.id, `${u.text} X`]]);
        expect(units.write(again.text, again.model, src.model, new Map([[u.id, u.text]])), `${lang} ${u.id}`).toBe(tr.text);
      }
    }
  });

  it('fills a new scan translation from a PO file: the skeleton, then the statements', async () => {
    const root = makeProject({}, { brands: [BRAND], sampleFolders: ['quickscans'] });
    const e = await runCli(['export', '--lang', 'pl', '--format', 'po', '--doc', 'ouders-kort', '--out', 'pl.po'], root);
    expect(e.code, e.stderr).toBe(0);
    const po = read(root, 'pl.po').replace(/(msgctxt "content\/quickscans\/ouders-kort\.nl\.md#berichten-1\.text"\nmsgid ".*"\n)msgstr ""/, '$1msgstr "Rozumiem listy i wiadomości ze szkoły."');
    writeFileSync(resolve(root, 'pl.po'), po);
    const i = await runCli(['import', 'pl.po'], root);
    expect(i.code, i.stderr).toBe(0);
    const pl = read(root, 'content/quickscans/ouders-kort.pl.md');
    expect(pl).toContain('- Rozumiem listy i wiadomości ze szkoły. {#berichten-1}');
    expect(pl).toContain('- {#berichten-2}');
    expect(pl).toMatch(/^status: "draft"$/m);
  }, 60_000);

  it('puts back a statement deleted by hand from the translation, in its place, and says which units have no place when a whole part is gone', async () => {
    const root = makeProject({}, { brands: [BRAND], sampleFolders: ['quickscans'] });
    const fr = 'content/quickscans/ouders-kort.fr.md';
    const original = read(root, fr);
    expect((await runCli(['export', '--lang', 'fr', '--format', 'po', '--doc', 'ouders-kort', '--out', 'fr.po'], root)).code).toBe(0);
    // The translator deletes a statement and its tip in an editor: check refuses the file.
    const lines = original.split('\n');
    const at = lines.findIndex((l) => l.includes('{#berichten-2}'));
    expect(lines[at + 1]).toMatch(/^\s+- /);
    writeFileSync(resolve(root, fr), [...lines.slice(0, at), ...lines.slice(at + 2)].join('\n'));
    expect((await runCli(['check', '--format', 'short'], root)).stderr).toMatch(/`berichten-2` of the Dutch source is missing/);
    const i = await runCli(['import', 'fr.po'], root);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain(`${fr}: 2 units updated`);
    expect(read(root, fr)).toBe(original);
    expect((await runCli(['check', '--format', 'short'], root)).stderr).not.toMatch(/ouders-kort\.fr\.md:\d+:\d+: error/);

    // A whole part deleted: its units are not counted as updated but named in a warning.
    writeFileSync(resolve(root, fr), original.slice(0, original.indexOf('\n## À la maison')) + '\n');
    const gone = await runCli(['import', 'fr.po', '--format', 'short'], root);
    expect(gone.code, gone.stderr).toBe(0);
    expect(gone.stdout).toContain(`${fr}: 0 units updated`);
    expect(gone.stderr).toMatch(/fr\.po:\d+:1: warning: `thuis\.title`, `thuis-1\.text`.* not written: content\/quickscans\/ouders-kort\.fr\.md has no place for them/);
  });
});
