/**
 * Content that would print wrong says so where it is written, in check and build alike: a
 * card whose back has no text, and quickscan scale values that no one can add up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';
const fixture = (kind: string, file: string) => readFileSync(resolve(repoRoot, 'tests/fixtures/kinds', kind, file), 'utf8');
const problems = (s: string) => s.split('\n').filter((l) => /: (warning|error): /.test(l));

describe('a card whose back has no text', () => {
  it('is a warning at its --- line, or at its heading when it has none, in check and build; the deck still prints', async () => {
    const deck = fixture('cards', 'gesprek.nl.md')
      .replace('- Luister eerst.\n- Vraag door: *wat maakt je kind blij?*\n', '<!-- nog schrijven -->\n')
      .replace('\n---\n\nSchrijf de afspraak op en kies een datum om erop terug te komen.\n', '');
    const root = makeProject({ 'content/x/gesprek.nl.md': deck }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code], b.stderr).toEqual([0, 0]);
    expect(problems(check.stderr)).toEqual([
      'content/x/gesprek.nl.md:16:1: warning: the back of card `Wie is je kind?` has no text after its `---` line: it prints as an empty panel (hint: write the guidance for the back (a tip, follow-up questions) under the `---` line)',
      'content/x/gesprek.nl.md:20:1: warning: card `Wat spreken we af?` has no `---` line and so no back: its back prints as an empty panel (hint: after the question, add a blank line, a `---` line and the guidance for the back under it)',
    ]);
    expect(problems(b.stderr)).toEqual(problems(check.stderr));
    expect(existsSync(resolve(root, `output/${BRAND}/nl/gesprek.pdf`))).toBe(true);
  });

  it('is not said of a deck whose cards all have a back', async () => {
    const root = makeProject({ 'content/x/gesprek.nl.md': fixture('cards', 'gesprek.nl.md') }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(0);
    expect(problems(check.stderr)).toEqual([]);
  });
});

describe('quickscan scale values', () => {
  const scan = fixture('quickscan', 'kort.nl.md');
  const hint = '(hint: give the points the values 1, 2, 3 … (or 0, 1, 2 …) in their order: a parent adds the values up on the result page)';

  it.each([
    ['1e9', 'a number (1000000000)'],
    ['-1', 'a number (-1)'],
    ['2.5', 'a number (2.5)'],
    ['101', 'a number (101)'],
  ])('refuses %s at the value, in check and build', async (value, found) => {
    const root = makeProject({ 'content/x/kort.nl.md': scan.replace('label: "Een beetje", value: 2', `label: "Een beetje", value: ${value}`) }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code]).toEqual([1, 1]);
    expect(problems(check.stderr)).toEqual([`content/x/kort.nl.md:9:35: error: \`scale.1.value\` should be a whole number from 0 to 100, found ${found} ${hint}`]);
    expect(problems(b.stderr)).toEqual(problems(check.stderr));
    expect(existsSync(resolve(root, `output/${BRAND}/nl/kort.pdf`))).toBe(false);
  });

  it('refuses a value given twice, at the second', async () => {
    const root = makeProject({ 'content/x/kort.nl.md': scan.replace('label: "Ja", value: 3', 'label: "Ja", value: 2') }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(1);
    expect(problems(check.stderr)).toEqual(['content/x/kort.nl.md:10:27: error: `scale.2.value` is not valid: the value 2 is also used by point 2']);
  });

  it('takes 0 and 100, and every sample scan', async () => {
    const edges = scan.replace('label: "Nee", value: 1', 'label: "Nee", value: 0').replace('label: "Ja", value: 3', 'label: "Ja", value: 100');
    const root = makeProject({ 'content/x/kort.nl.md': edges }, { brands: [BRAND], sampleFolders: ['quickscans'] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code, check.stderr).toBe(0);
    expect(problems(check.stderr).filter((l) => l.includes('scale'))).toEqual([]);
  });
});

describe('a ## heading with no words', () => {
  it('is an error at its line in a checklist, a quickscan and a deck, in check and build (they printed an untitled part)', async () => {
    const root = makeProject(
      {
        'content/x/twee.nl.md': fixture('checklist', 'twee-dimensies.nl.md').replace('## Tijdsdimensie', '##'),
        'content/x/kort.nl.md': fixture('quickscan', 'kort.nl.md').replace('## Thuis {#thuis}', '## {#thuis}'),
        'content/x/gesprek.nl.md': fixture('cards', 'gesprek.nl.md').replace('## Wat spreken we af? {category=samen}', '## {category=samen}'),
      },
      { brands: [BRAND] },
    );
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code]).toEqual([1, 1]);
    const message = (part: string) => `error: this ${part} has no title: its \`##\` heading has no words, so it prints without one (hint: write the title after \`## \`, before any \`{…}\`)`;
    expect(problems(check.stderr)).toEqual([`content/x/gesprek.nl.md:21:1: ${message('card')}`, `content/x/kort.nl.md:21:1: ${message('section')}`, `content/x/twee.nl.md:19:1: ${message('dimension')}`]);
    expect(problems(b.stderr)).toEqual(problems(check.stderr));
  });
});

describe('Markdown in a front matter text', () => {
  it('is a warning at the field, in check and build alike: the field prints as plain text, marks and all', async () => {
    const doc = fixture('quickscan', 'kort.nl.md').replace('instruction: Zet een kruisje bij wat past.', 'instruction: Zet een **kruisje** bij wat past.').replace('title: Korte scan', 'title: "Korte `scan`"');
    const root = makeProject({ 'content/x/kort.nl.md': doc }, { brands: [BRAND] });
    const check = await runCli(['check', '--format', 'short'], root);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect([check.code, b.code]).toEqual([0, 0]);
    const hint = '(hint: write the field without Markdown marks; bold, links and lists go in the text under the front matter)';
    expect(problems(check.stderr)).toEqual([
      `content/x/kort.nl.md:3:8: warning: \`title\` is printed as plain text, so its Markdown "\`scan\`" prints with its marks ${hint}`,
      `content/x/kort.nl.md:6:14: warning: \`instruction\` is printed as plain text, so its Markdown "**kruisje**" prints with its marks ${hint}`,
    ]);
    expect(problems(b.stderr)).toEqual(problems(check.stderr));
  });
});
