/**
 * Markdown that content writers use beyond CommonMark prints as they meant it, or is named
 * in a warning: `~~struck~~` words are struck through (their tildes gone, the words still in
 * the text layer) in every kind, and a footnote prints in parentheses after its marker.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, pdfText, repoRoot, runCli, squash } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';
const fixture = (kind: string, file: string) => readFileSync(resolve(repoRoot, 'tests/fixtures/kinds', kind, file), 'utf8');
const warnings = (s: string) => s.split('\n').filter((l) => l.includes(': warning: '));

/**
 * Whether a line is drawn through a word on the page: some pixel row inside the word's box
 * is dark from its first letter to its last (letters alone leave gaps between them).
 */
function struckThrough(pdf: string, word: string): boolean {
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  const pages = boxes.split('<page ').slice(1);
  const page = pages.findIndex((p) => p.includes(`>${word}</word>`));
  expect(page, `${word} in ${pdf}`).toBeGreaterThanOrEqual(0);
  const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`).exec(pages[page]!)!;
  const [x0, y0, x1, y1] = m.slice(1).map(Number) as [number, number, number, number];
  const dpi = 144;
  const pgm = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page + 1), '-l', String(page + 1), pdf], { maxBuffer: 64 << 20 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
  const width = Number(header[1]);
  const data = pgm.subarray(header[0].length);
  const px = (x: number) => Math.round((x * dpi) / 72);
  for (let y = px(y0 + (y1 - y0) * 0.3); y <= px(y1 - (y1 - y0) * 0.2); y++) {
    let dark = true;
    for (let x = px(x0) + 2; x <= px(x1) - 2 && dark; x++) dark = data[y * width + x]! < 170;
    if (dark) return true;
  }
  return false;
}

describe('struck-through text', () => {
  it('prints ~~words~~ struck through, without tildes, in a tip sheet, a checklist, a quickscan and a card deck', async () => {
    const root = makeProject(
      {
        'content/x/thuis.nl.md': fixture('tips', 'thuis.nl.md').replace('Lees elke dag tien', 'Lees elke dag ~~vijf~~ tien'),
        'content/x/twee.nl.md': fixture('checklist', 'twee-dimensies.nl.md').replace('Lees je samen?', 'Lees je ~~nooit~~ samen?'),
        'content/x/kort.nl.md': fixture('quickscan', 'kort.nl.md').replace('Ik begrijp de brieven', 'Ik begrijp ~~nooit~~ de brieven'),
        'content/x/gesprek.nl.md': fixture('cards', 'gesprek.nl.md').replace('Luister eerst.', 'Luister ~~nooit~~ eerst.'),
      },
      { brands: [BRAND] },
    );
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(b.code, b.stderr).toBe(0);
    expect(warnings(b.stderr)).toEqual([]);
    const out = (name: string) => resolve(root, `output/${BRAND}/nl/${name}.pdf`);
    const cases: [string, string, string][] = [
      ['thuis', 'vijf', 'Lees elke dag vijf tien minuten samen'],
      ['twee', 'nooit', 'Lees je nooit samen?'],
      ['kort', 'nooit', 'Ik begrijp nooit de brieven'],
      ['gesprek', 'nooit', 'Luister nooit eerst.'],
    ];
    for (const [name, word, sentence] of cases) {
      const text = squash((await pdfText(out(name))).text);
      expect(text, name).toContain(sentence);
      expect(text, name).not.toContain('~');
      expect(struckThrough(out(name), word), `${word} struck through in ${name}`).toBe(true);
    }
    // The words beside it are not struck.
    expect(struckThrough(out('thuis'), 'tien')).toBe(false);
  });
});

describe('footnotes', () => {
  const tips = fixture('tips', 'thuis.nl.md');

  it('prints a note in parentheses after its marker, once, with no warning, in check and build alike', async () => {
    const doc = tips.replace('tien minuten samen,', 'tien minuten samen[^cbs],') + '\n[^cbs]: Bron: *CBS* 2020\n';
    const root = makeProject({ 'content/x/thuis.nl.md': doc }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code], b.stderr).toEqual([0, 0]);
    expect(warnings(check.stderr)).toEqual([]);
    expect(warnings(b.stderr)).toEqual([]);
    const text = squash((await pdfText(resolve(root, `output/${BRAND}/nl/thuis.pdf`))).text);
    expect(text).toContain('tien minuten samen (Bron: CBS 2020), in de taal');
    expect(text).not.toContain('[^');
    expect(text.split('Bron').length).toBe(2);
  });

  it('warns where a note has no marker and where a marker has no note, in check and build alike', async () => {
    const doc = tips.replace('tien minuten samen,', 'tien minuten samen[^twee],') + '\n[^een]: Bron: CBS 2020\n';
    const root = makeProject({ 'content/x/thuis.nl.md': doc }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code]).toEqual([0, 0]);
    expect(warnings(check.stderr)).toEqual([
      'content/x/thuis.nl.md:11:33: warning: `[^twee]` prints as written: this file has no note `[^twee]: …` for it (hint: add the note on a line of its own (`[^twee]: Bron: …`), or list the source under `sources:` in the front matter)',
      'content/x/thuis.nl.md:17:1: warning: the note [^een] is not printed: no `[^een]` in the text refers to it (hint: put `[^een]` after the words the note belongs to (it prints there in parentheses), or delete the note)',
    ]);
    expect(warnings(b.stderr)).toEqual(warnings(check.stderr));
  });

  it('warns where a link address is defined and nothing refers to it (it printed nowhere, without a word)', async () => {
    const doc = tips.replace('tien minuten samen,', 'tien minuten samen (zie [de site][site]),') + '\n[site]: https://school.example\n[bron]: https://cbs.example\n';
    const root = makeProject({ 'content/x/thuis.nl.md': doc }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code]).toEqual([0, 0]);
    expect(warnings(check.stderr)).toEqual([
      'content/x/thuis.nl.md:18:1: warning: the address `[bron]: https://cbs.example` is not printed: no `[text][bron]` in the text refers to it (hint: refer to it after the words it belongs to (`[de website][bron]` prints `de website (https://cbs.example)`), or write the address in the text)',
    ]);
    expect(warnings(b.stderr)).toEqual(warnings(check.stderr));
    expect(squash((await pdfText(resolve(root, `output/${BRAND}/nl/thuis.pdf`))).text)).toContain('tien minuten samen (zie de site (https://school.example)), in de taal');
  });

  it('keeps ~~ and a footnote marker whole as placeholders in an XLIFF export, and an import without edits changes nothing', async () => {
    const doc = tips.replace('tien minuten samen,', '~~tien~~ minuten samen[^1],') + '\n[^1]: Bron: CBS 2020\n';
    const root = makeProject({ 'content/tips/thuis.nl.md': doc, 'content/tips/thuis.fr.md': doc.replace('lang: nl', 'lang: fr\nstatus: draft') }, { brands: [BRAND] });
    expect((await runCli(['translate', '--mark-current', 'content/tips/thuis.fr.md'], root)).code).toBe(0);
    const x = await runCli(['export', '--lang', 'fr', '--format', 'xliff', '--out', 'fr.xlf'], root);
    expect(x.code, x.stderr).toBe(0);
    const xlf = readFileSync(resolve(root, 'fr.xlf'), 'utf8');
    expect(xlf).toMatch(/<ph id="\d+" dataRef="d\d+" disp="~~"\/>tien<ph id="\d+" dataRef="d\d+" disp="~~"\/> minuten samen<ph id="\d+" dataRef="d\d+" disp="\[\^1\]"\/>,/);
    const i = await runCli(['import', 'fr.xlf'], root);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain('nothing changed');
  });
});
