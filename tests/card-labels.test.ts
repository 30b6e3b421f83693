/**
 * A card category's label prints in the band (front) and header (back) of every card of its
 * category, in two lines at most; a longer one was cut off with "…" (an empty box in an
 * Arabic font), and `check` said all good.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli } from './helpers.js';

const deck = readFileSync(resolve(repoRoot, 'templates/init/content/cards/kennismaken.nl.md'), 'utf8');
const LONG = 'Ouderbril voor de dagelijkse samenwerking met de school en de leerkrachten van je kind in de klas en op de speelplaats';

describe('a card category label', () => {
  it('too long for the band is an error at the label, in check and build alike', async () => {
    const text = deck.replace(/label: Kennismaken/, `label: ${LONG}`);
    expect(text).toContain(LONG);
    const root = makeProject({ 'content/cards/kennismaken.nl.md': text }, { brands: ['ouderplatform'] });
    const line = text.split('\n').findIndex((l) => l.includes(LONG)) + 1;
    const expected = new RegExp(`content/cards/kennismaken\\.nl\\.md:${line}:\\d+: error: deck \`kennismaken\`: the category label "OUDERBRIL VOOR .*SPEELPLAATS" does not fit in the card's band`);
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(expected);
    const build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(expected);
  });

  it('of two lines prints', async () => {
    const text = deck.replace(/label: Kennismaken/, 'label: Ouderbril voor de samenwerking met de school');
    const root = makeProject({ 'content/cards/kennismaken.nl.md': text }, { brands: ['ouderplatform'] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code, check.stderr).toBe(0);
  });
});
