/**
 * Markdown written in ways the kinds do not expect still prints what was written, or says
 * where it does not: a quote inside a list item, the numbers of a list in a tip sheet, a hard
 * line break, a heading where the kind has none.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeProject, pdfText, repoRoot, runCli, squash, type CliResult } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';
const fixture = (kind: string, file: string) => readFileSync(resolve(repoRoot, 'tests/fixtures/kinds', kind, file), 'utf8');
const warnings = (s: string) => s.split('\n').filter((l) => l.includes(': warning: '));

const tips = fixture('tips', 'thuis.nl.md').replace('Je hoeft geen leerkracht te zijn.', 'Mail <info@school.example> of [ons](mailto:info@school.example?subject=Vraag).').replace(
  'Lees elke dag tien minuten samen, in de taal die je thuis spreekt.',
  'Zo doe je dat:\n\n1. Kies een boek.\n2. Lees tien minuten.\n\n- Vraag wat je kind ervan vond.\n\nBasisschool De Vlieger  \nVliegerstraat 12\\\n9000 Gent\n\n### Nog een kop\n\nDat was het.',
);
const scan = fixture('quickscan', 'kort.nl.md').replace('- De school geeft mij tips voor thuis.', '- [ ] De school geeft mij tips voor thuis.').replace('Er zijn geen foute antwoorden.', '> Er zijn geen foute antwoorden.\n>\n> Zeg wat je denkt.\n>\n> - Anoniem.').replace('- Ik weet wie ik kan aanspreken. {#aanspreken}', '- Ik weet wie ik kan aanspreken. {#aanspreken}\n  > Bijvoorbeeld de leerkracht.');
const thousand = '998. Kies.\n999. Lees.\n1000. Vraag.\n1001. Praat.';
const deck = fixture('cards', 'gesprek.nl.md').replace('- Luister eerst.\n- Vraag door: *wat maakt je kind blij?*', thousand);
const checklist = fixture('checklist', 'twee-dimensies.nl.md').replace('Lees elke vraag samen met een collega.', `Lees elke vraag samen met een collega. <!-- kort houden -->\n\n<!-- interne noot -->\n\n${thousand}`).replace('- Wat doen wij om ouders te bereiken?', '- Wat doen wij om ouders te bereiken?\n\n  ```\n  brief, app, mail\n  ```');

describe('a line of dashes right under text', () => {
  it('makes that text a heading that starts a new tip: a warning on its line, in check and build alike', async () => {
    const doc = fixture('tips', 'thuis.nl.md').replace('in de taal die je thuis spreekt.', 'in de taal die je thuis spreekt.\n\nOok voor het slapengaan.\n---\n\nKies samen een boek.');
    const root = makeProject({ 'content/x/thuis.nl.md': doc }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code]).toEqual([0, 0]);
    expect(warnings(check.stderr)).toEqual([
      'content/x/thuis.nl.md:13:1: warning: `Ook voor het slapengaan.` has a `---` line right under it, which makes it a heading: it starts a new tip (hint: if the `---` was meant as a separator, put a blank line before it (a separator is not printed); to start a new tip, write `## Ook voor het slapengaan.`)',
    ]);
    expect(warnings(b.stderr)).toEqual(warnings(check.stderr));
  });
});

describe('<br> in Markdown', () => {
  it('prints as written with a warning whose hint gives the Markdown line break', async () => {
    const root = makeProject({ 'content/x/thuis.nl.md': fixture('tips', 'thuis.nl.md').replace('Je hoeft geen', 'Je<br>hoeft geen') }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(warnings(check.stderr)).toEqual([
      'content/x/thuis.nl.md:7:3: warning: HTML in Markdown is not interpreted; it is printed as plain text (hint: use Markdown (**bold**, *italic*, lists) instead of HTML tags; for a line break (`<br>`), end the line with a `\\`)',
    ]);
  });
});

describe('hostile Markdown, built', () => {
  let root: string;
  let check: CliResult;
  let build: CliResult;
  const text = async (name: string) => (await pdfText(resolve(root, `output/${BRAND}/nl/${name}.pdf`))).text;
  beforeAll(async () => {
    root = makeProject({ 'content/x/thuis.nl.md': tips, 'content/x/kort.nl.md': scan, 'content/x/twee.nl.md': checklist, 'content/x/gesprek.nl.md': deck }, { brands: [BRAND] });
    check = await runCli(['check', '--format', 'short'], root);
    build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
  });

  it('prints a quote or code block inside a list item as part of its text (it was left out unseen)', async () => {
    expect(build.code, build.stderr).toBe(0);
    expect(squash(await text('kort'))).toContain('Ik weet wie ik kan aanspreken. Bijvoorbeeld de leerkracht.');
    expect(await text('kort')).not.toContain('{#'); // the item's id is still read from the end of its line
    expect(squash(await text('twee'))).toContain('Wat doen wij om ouders te bereiken? brief, app, mail');
  });

  it('prints a quote as its paragraphs and list lines (its words ran together), also where only paragraphs print', async () => {
    const lines = (await text('kort')).split('\n').map((l) => l.trim());
    expect(lines).toEqual(expect.arrayContaining(['Er zijn geen foute antwoorden.', 'Zeg wat je denkt.', '• Anoniem.']));
  });

  it('never prints an HTML comment, in a checklist as in the other kinds (it printed with a warning)', async () => {
    expect(await text('twee')).not.toMatch(/<!--|noot|kort houden/);
  });

  it('keeps the numbers and bullets of a list in a tip sheet, whose list lines print as paragraphs', async () => {
    const lines = (await text('thuis')).split('\n').map((l) => l.trim());
    expect(lines).toEqual(expect.arrayContaining(['1. Kies een boek.', '2. Lees tien minuten.', '• Vraag wat je kind ervan vond.']));
  });

  it('gives a list that starts at 998 a number column as wide as 1000., so no number runs into its text', () => {
    for (const name of ['twee', 'gesprek--kaarten']) {
      const words = [...execFileSync('pdftotext', ['-bbox', resolve(root, `output/${BRAND}/nl/${name}.pdf`), '-']).toString().matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), x1: Number(m[2]), text: m[3]! }));
      for (const [marker, word] of [['998.', 'Kies.'], ['1000.', 'Vraag.'], ['1001.', 'Praat.']]) {
        const at = words.findIndex((w) => w.text === marker);
        expect(at, `${marker} in ${name}`).toBeGreaterThanOrEqual(0);
        expect(words[at + 1]!.text).toBe(word);
        expect(words[at + 1]!.x0 - words[at]!.x1, `space between ${marker} and ${word} in ${name}`).toBeGreaterThan(1);
      }
    }
  });

  it('prints an e-mail link as the address a reader types, without mailto:', async () => {
    const all = squash(await text('thuis'));
    expect(all).toContain('Mail info@school.example of ons (info@school.example).');
    expect(all).not.toContain('mailto');
  });

  it('starts a new line at a hard line break (two spaces or a backslash at the end of a line)', async () => {
    const lines = (await text('thuis')).split('\n').map((l) => l.trim());
    expect(lines).toEqual(expect.arrayContaining(['Basisschool De Vlieger', 'Vliegerstraat 12', '9000 Gent']));
  });

  it('warns where a heading has no place in the kind and prints as text, and where a task box prints as brackets, in check and build alike', async () => {
    expect(warnings(check.stderr)).toEqual([
      'content/x/kort.nl.md:28:1: warning: `[ ]` at the start of a list item prints as written, two brackets, not as a box to tick (hint: leave it out: a checklist draws a box before every question; elsewhere a list line needs none)',
      'content/x/thuis.nl.md:22:1: warning: the heading `### Nog een kop` has no place here as a heading: it prints as a line of ordinary text (hint: a `## ` heading starts a tip, a card or a section (and `### Ouderbril`/`### Schoolbril` a checklist column); write this one as a sentence, or in **bold**)',
    ]);
    expect(warnings(build.stderr)).toEqual(warnings(check.stderr));
    expect(squash(await text('thuis'))).toContain('Nog een kop Dat was het.');
  });
});
