/**
 * Translations as translators hand them in: saved decomposed (NFD) on a Mac, or with the
 * Dutch text left in place. Each prints right or is named by check and build alike.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, pdfText, repoRoot, runCli } from './helpers.js';

const BRAND = 'ouderplatform';
const sample = (path: string) => readFileSync(resolve(repoRoot, path), 'utf8');

/** A translation's front matter with the body of its Dutch source under it. */
const dutchBodyUnder = (translation: string, dutch: string) => `---${translation.split('---')[1]}---${dutch.split('---').slice(2).join('---')}`;

describe('a translation saved decomposed (NFD, as macOS may save it)', () => {
  it('prints each accent on its letter, and the text layer reads the composed letters', async () => {
    const root = makeProject({
      'content/tips/huiswerk.nl.md': sample('content/tips/huiswerk.nl.md'),
      'content/tips/huiswerk.fr.md': sample('content/tips/huiswerk.fr.md').normalize('NFD'),
    }, { brands: [BRAND] });
    const built = await runCli(['build', '--lang', 'fr', '--no-catalogue'], root);
    expect(built.code, built.stderr).toBe(0);
    const { text } = await pdfText(resolve(root, 'output', BRAND, 'fr', 'huiswerk.pdf'));
    // Decomposed, the circumflex was drawn beside its e, and copied text held e + U+0302.
    expect(text).toContain('être');
    expect(text).toContain('lui-même');
    expect(text).not.toMatch(/\p{M}/u);
  });
});

describe('Dutch text left in a translation', () => {
  it('is a warning naming the tips, at the first one, in check and build', async () => {
    const dutch = sample('content/tips/huiswerk.nl.md');
    const root = makeProject({
      'content/tips/huiswerk.nl.md': dutch,
      'content/tips/huiswerk.fr.md': dutchBodyUnder(sample('content/tips/huiswerk.fr.md'), dutch),
    }, { brands: [BRAND] });
    const checked = await runCli(['check'], root);
    const built = await runCli(['build', '--lang', 'fr', '--no-catalogue'], root);
    for (const r of [checked, built]) {
      expect(r.code).toBe(0);
      const out = r.stdout + r.stderr;
      expect(out).toContain('[TranslationIsDutch]');
      expect(out).toMatch(/these 19 texts are the Dutch text unchanged.*: intro, tijd-plek\.heading, tijd-plek\.body/);
      expect(out).toContain('content/tips/huiswerk.fr.md:21:1');
    }
  });

  it('names one card face of a deck left in Dutch, and not the sample translations', async () => {
    const dutch = sample('content/cards/twee-brillen.nl.md');
    const french = sample('content/cards/twee-brillen.fr.md');
    const root = makeProject({
      'content/cards/twee-brillen.nl.md': dutch,
      // The first card's front, left in Dutch.
      'content/cards/twee-brillen.fr.md': french.replace(
        'Que faites-vous déjà ensemble à la maison avec votre enfant ? Pensez à lire, raconter, jouer ou cuisiner ensemble.',
        'Wat doe je thuis al samen met je kind? Denk aan lezen, vertellen, spelen of samen koken.',
      ),
      'content/cards/twee-brillen.ar.md': sample('content/cards/twee-brillen.ar.md'),
    }, { brands: [BRAND] });
    const checked = await runCli(['check'], root);
    expect(checked.code).toBe(0);
    const out = checked.stdout + checked.stderr;
    expect(out.match(/\[TranslationIsDutch\]/g)).toHaveLength(1);
    expect(out).toMatch(/this text is the Dutch text unchanged.*: gedrag-ouderbril\.front \[/);
    expect(out).toContain('content/cards/twee-brillen.fr.md:37:1');
  });
});

describe('a printing fact written in a translation, which prints with the Dutch one', () => {
  it('names a tip pictogram, a card sheet and a category colour at their places, in check and build', async () => {
    const tips = sample('content/tips/huiswerk.fr.md').replace('{#tijd-plek}', '{#tijd-plek icon=klok}');
    const deck = sample('content/cards/twee-brillen.fr.md')
      .replace('lang: "fr"', 'lang: "fr"\nsheet: a3')
      .replace('ouderbril: { label: "Lunettes des parents" }', 'ouderbril: { label: "Lunettes des parents", color: "#ff0000" }');
    const root = makeProject({
      'content/tips/huiswerk.nl.md': sample('content/tips/huiswerk.nl.md'),
      'content/tips/huiswerk.fr.md': tips,
      'content/cards/twee-brillen.nl.md': sample('content/cards/twee-brillen.nl.md'),
      'content/cards/twee-brillen.fr.md': deck,
    }, { brands: [BRAND] });
    const checked = await runCli(['check'], root);
    const built = await runCli(['build', '--lang', 'fr', '--no-catalogue'], root);
    for (const r of [checked, built]) {
      expect(r.code).toBe(1);
      const out = r.stdout + r.stderr;
      expect(out).toContain('`icon of tip tijd-plek` is `klok` here but `tafel` in the Dutch source');
      expect(out).toContain('content/tips/huiswerk.fr.md:23:1');
      expect(out).toContain('`sheet` is `a3` here but `a4` in the Dutch source');
      expect(out).toContain('content/cards/twee-brillen.fr.md:6:8');
      expect(out).toContain('`color of category ouderbril` is `#ff0000` here but none in the Dutch source');
      expect(out).toContain('content/cards/twee-brillen.fr.md:10:54');
      expect(out).toContain('leave the value out (or make it the Dutch one)');
    }
    expect(existsSync(resolve(root, 'output', BRAND, 'fr', 'huiswerk.pdf'))).toBe(false);
  });
});

describe('a Tigrinya card deck', () => {
  it('prints the Latin digits and brackets beside Ethiopic text (the guide\'s "(7)" drew two empty boxes and failed the build that check passed)', async () => {
    const deck = sample('content/cards/twee-brillen.fr.md')
      .replace('lang: "fr"', 'lang: "ti"')
      .replace('title: "Deux lunettes, sept dimensions"', 'title: "ክልተ መነጽር፣ ሸውዓተ ዓውደታት"')
      .replace('label: "Lunettes des parents"', 'label: "መነጽር ወለዲ"')
      .replace('label: "Lunettes de l’école"', 'label: "መነጽር ቤት ትምህርቲ"');
    const root = makeProject({
      'content/cards/twee-brillen.nl.md': sample('content/cards/twee-brillen.nl.md'),
      'content/cards/twee-brillen.ti.md': deck,
    }, { brands: [BRAND] });
    expect((await runCli(['check'], root)).code).toBe(0);
    const built = await runCli(['build', '--lang', 'ti', '--no-catalogue'], root);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const { text } = await pdfText(resolve(root, 'output', BRAND, 'ti', 'twee-brillen--gids.pdf'));
    expect(text).toContain('መነጽር ወለዲ (7)');
    expect(text).toContain('መነጽር ቤት ትምህርቲ (7)');
  });
});

describe('an exchange file saved decomposed (NFD) by a CAT tool on a Mac', () => {
  it('imports as the same text: nothing changed, no byte of the translation rewritten', async () => {
    const french = sample('content/tips/huiswerk.fr.md');
    const root = makeProject({
      'content/tips/huiswerk.nl.md': sample('content/tips/huiswerk.nl.md'),
      'content/tips/huiswerk.fr.md': french,
    }, { brands: [BRAND] });
    const po = resolve(root, 'fr.po');
    expect((await runCli(['export', '--lang', 'fr', '--format', 'po', '--doc', 'huiswerk', '--out', po], root)).code).toBe(0);
    writeFileSync(po, readFileSync(po, 'utf8').normalize('NFD'));
    const imported = await runCli(['import', po], root);
    expect(imported.code, imported.stderr).toBe(0);
    // Decomposed, 12 units with an accent were 'updated' and written back in NFD.
    expect(imported.stdout + imported.stderr).toContain('nothing changed');
    expect(readFileSync(resolve(root, 'content/tips/huiswerk.fr.md'), 'utf8')).toBe(french);
  });
});
