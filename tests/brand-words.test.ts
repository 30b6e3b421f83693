/**
 * A brand's own words (name, contact, footer, licence) as a school writes them: an Arabic
 * school name beside a phone number prints with the Arabic font and the number in the order
 * typed; what brand.yml cannot mean is refused at its line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNotdefGlyphs } from '../src/render/find-notdef.js';
import { makeProject, pdfFonts, repoRoot, runCli } from './helpers.js';

const TIPS = 'content/tips/samen-lezen.nl.md';
const logo = readFileSync(resolve(repoRoot, 'content/brands/ouderplatform/logo.png'));

/** A project with one Dutch tip sheet and the brand `al-amal` of this brand.yml. */
const project = (brandYml: string) =>
  makeProject({ [TIPS]: readFileSync(resolve(repoRoot, TIPS), 'utf8'), 'content/brands/al-amal/brand.yml': brandYml, 'content/brands/al-amal/logo.png': logo }, { brands: [] });

const kit = (fields: string) => `logo: logo.png
colors:
  primary: "#7b2150"
  accent: "#6cc3b5"
${fields}
`;

/** The words of the first page's line that holds `word`, left to right (pdftotext -bbox). */
function lineWith(pdf: string, word: string): string[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-']).toString();
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
  const at = words.find((w) => w.text === word);
  if (!at) return [];
  return words.filter((w) => Math.abs(w.y - at.y) < 3).sort((a, b) => a.x - b.x).map((w) => w.text);
}

describe("a brand's own words", () => {
  it('print an Arabic school name with the Arabic font, and the phone number beside it in the order typed', async () => {
    const root = project(kit(`name: "مدرسة الأمل Brussel"
contact: "مدرسة الأمل، شارع 12 · 02 123 45 67 · info@al-amal.example"
footer: "مدرسة الأمل: ouders welkom"`));
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.stderr).not.toMatch(/\berror\b/);
    expect(r.code).toBe(0);
    const pdf = resolve(root, 'output/al-amal/nl/samen-lezen.pdf');
    expect((await pdfFonts(pdf)).filter((f) => f.embedded).map((f) => f.name).join(' ')).toMatch(/NotoNaskhArabic/);
    expect(await findNotdefGlyphs(readFileSync(pdf))).toEqual([]);
    // The bidi algorithm, left alone, turns digits after Arabic letters into Arabic numbers
    // and prints the groups right to left: 67 45 123 02.
    const line = lineWith(pdf, '123');
    const at = line.indexOf('02');
    expect(line.slice(at, at + 4), line.join(' ')).toEqual(['02', '123', '45', '67']);
  });

  it('take a colour in its short form, and refuse a blank name and a field nothing reads', async () => {
    const short = project(kit('name: "Basisschool Kort"').replace('"#7b2150"', '"#713"'));
    const ok = await runCli(['check', '--format', 'short'], short);
    expect(ok.code, ok.stderr).toBe(0);

    const blank = await runCli(['check', '--format', 'short'], project(kit('name: "   "')));
    expect(blank.code).toBe(1);
    expect(blank.stderr).toMatch(/content\/brands\/al-amal\/brand\.yml:\d+:\d+.*`name`.*must not be empty/);

    // `fonts` was accepted and never used: a brand font the school chose did not print, without a word.
    const fonts = await runCli(['check', '--format', 'short'], project(kit('name: "Basisschool Letters"\nfonts:\n  body: "Comic Sans MS"')));
    expect(fonts.code).toBe(1);
    expect(fonts.stderr).toMatch(/brand\.yml:6:1.*`fonts`/);
  });
});
