/**
 * `check` is `build` minus the PDFs: both run one list of checks (src/pipeline/validate.ts),
 * so over the bad-input corpus they report the same problems, each once per document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, pdfText, repoRoot, runCli, checklistDoc, squash } from './helpers.js';

const corpus = resolve(repoRoot, 'tests/fixtures/bad');
const cases = readdirSync(corpus).filter((f) => f.endsWith('.md'));
const good = checklistDoc();

interface JsonDiagnostic {
  code: string;
  severity: string;
  file?: string;
  span?: { start: { line: number } };
  message: string;
  hint?: string;
}

/** What a user compares: code, file and line of each diagnostic. */
const where = (d: JsonDiagnostic) => `${d.code} ${d.file ?? '-'}:${d.span?.start.line ?? '-'}`;

describe('check = build minus the PDFs', () => {
  it('reports what build reports over the whole bad-input corpus and two bad brands, each problem once', async () => {
    const files = Object.fromEntries(cases.map((name) => [`content/bad/${name}`, readFileSync(resolve(corpus, name))]));
    const brands = {
      'content/brands/kapot/brand.yml': 'name: Kapot\nlogo: ontbreekt.svg\ncolors: { primary: "#1d4e89", accent: "#f6b072" }\n',
      'content/brands/bleek/brand.yml': 'name: Bleek\nlogo: logo.svg\ncolors:\n  primary: "#fff8b0"\n  accent: "#1d4e89"\n',
      'content/brands/bleek/logo.svg': readFileSync(resolve(repoRoot, 'content/brands/basisschool-de-vlieger/logo.svg')),
    };
    const root = makeProject({ ...files, ...brands, 'content/good/goed.nl.md': good }, { brands: ['basisschool-de-vlieger'] });
    const check = await runCli(['check', '--format', 'json'], root);
    const build = await runCli(['build', '--no-catalogue', '--format', 'json'], root);
    expect(check.code).toBe(1);
    expect(build.code).toBe(1);
    const checked = (JSON.parse(check.stdout) as JsonDiagnostic[]).map(where);
    const built = (JSON.parse(build.stdout) as JsonDiagnostic[]).map(where);
    expect(checked).toEqual(built);
    // Once per document, not once per brand.
    const messages = (JSON.parse(build.stdout) as JsonDiagnostic[]).map((d) => `${where(d)} ${d.message}`);
    expect(messages.length, messages.join('\n')).toBe(new Set(messages).size);
    // The checks that need more than the source text are there.
    expect(checked).toContain('CardOverflow content/bad/card-overflow.nl.md:10');
    expect(checked).toContain('PictogramUnknown content/bad/missing-pictogram.nl.md:7');
    expect(checked).toContain('PictogramUnknown content/bad/card-icon.nl.md:7');
    expect(checked).toContain('ScaleLabelTooWide content/bad/scale-heading-too-wide.nl.md:14');
    expect(checked).toContain('AssetMissing content/brands/kapot/brand.yml:2');
    expect(checked).toContain('BrandColourAdjusted content/brands/bleek/brand.yml:4');
  });
});

describe('a translation and its Dutch source', () => {
  const dutch = `---
kind: tips
title: Samen lezen
lang: nl
---

## Lees samen {#lezen icon=boek}

Lees elke dag samen 漢.
`;
  const french = `---
kind: tips
title: Lire ensemble
lang: fr
status: reviewed
---

## Lisez ensemble {#lezen}

Lisez chaque jour ensemble.
`;

  it('a character of the Dutch text missing from the fonts is one error, in check and build, and the translation is not built', async () => {
    const root = makeProject({ 'content/tips/lezen.nl.md': dutch, 'content/tips/lezen.fr.md': french }, { brands: ['basisschool-de-vlieger', 'stad-onderwijs'] });
    const check = await runCli(['check', '--format', 'json'], root);
    const build = await runCli(['build', '--no-catalogue', '--format', 'json'], root);
    expect([check.code, build.code]).toEqual([1, 1]);
    const checked = (JSON.parse(check.stdout) as JsonDiagnostic[]).filter((d) => d.severity === 'error');
    const built = (JSON.parse(build.stdout) as JsonDiagnostic[]).filter((d) => d.severity === 'error');
    expect(built.map(where)).toEqual(['GlyphMissing content/tips/lezen.nl.md:9']);
    expect(checked.map(where)).toEqual(built.map(where));
    expect(built[0]!.message).toContain('"漢" (U+6F22)');
    expect(existsSync(resolve(root, 'output/stad-onderwijs/fr/lezen.pdf'))).toBe(false);
    expect(existsSync(resolve(root, 'output/stad-onderwijs/nl/lezen.pdf'))).toBe(false);
  });

  it('an unknown pictogram of the Dutch text is one error, at the Dutch file, and stops its translation too', async () => {
    const slaap = dutch.replace('icon=boek', 'icon=slaap').replace(' 漢', '');
    const root = makeProject({ 'content/tips/lezen.nl.md': slaap, 'content/tips/lezen.fr.md': french }, { brands: ['stad-onderwijs'] });
    const check = await runCli(['check', '--format', 'short'], root);
    const build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    const errors = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.includes(': error: '));
    const expected = ['content/tips/lezen.nl.md:7:1: error: there is no pictogram `slaap` (assets/icons/slaap.svg) (hint: did you mean `slapen`?)'];
    expect(errors(check)).toEqual(expected);
    expect(errors(build)).toEqual(expected);
    expect(build.stderr).toMatch(/failed outputs\s+2\n/);
  });
});

describe('characters missing from the fonts', () => {
  const dutch = `---
kind: tips
title: Samen lezen 🙂
lang: nl
---

## Lees samen {#lezen icon=boek}

Lees elke dag samen 🙂 สวัสดีครับ.

## Praat samen {#praten icon=praten}

Praat 📚 漢字 met je kind.
`;

  it('each distinct one is an error at its first place, ten at most, in check and build alike', async () => {
    const root = makeProject({ 'content/tips/lezen.nl.md': dutch }, { brands: ['basisschool-de-vlieger'] });
    const check = await runCli(['check', '--format', 'json'], root);
    const build = await runCli(['build', '--no-catalogue', '--format', 'json'], root);
    expect([check.code, build.code]).toEqual([1, 1]);
    const placed = (r: { stdout: string }) => (JSON.parse(r.stdout) as (JsonDiagnostic & { span: { start: { line: number; column: number } } })[]).map((d) => `${d.file}:${d.span.start.line}:${d.span.start.column} ${d.message.replace(/^.*have no glyph for /, '')}`);
    const lines = dutch.split('\n');
    const at = (ch: string) => {
      const line = lines.findIndex((l) => l.includes(ch));
      return `content/tips/lezen.nl.md:${line + 1}:${lines[line]!.indexOf(ch) + 1} "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
    };
    // 12 distinct characters (the smiley twice, ส twice): the first 10 in reading order, the 10th counts the 2 after it.
    const expected = ['🙂', 'ส', 'ว', 'ั', 'ด', 'ี', 'ค', 'ร', 'บ', '📚'].map(at);
    expected[9] += '; and 2 more characters further on';
    expect(placed(check)).toEqual(expected);
    expect(placed(build)).toEqual(expected);
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/lezen.pdf'))).toBe(false);
  });

  it('a variation selector after a character the fonts have (©️ ™️, as a phone keyboard types them) is not one: it prints the character', async () => {
    const root = makeProject({ 'content/tips/lezen.nl.md': dutch.replace(/ 🙂/g, '').replace(' สวัสดีครับ', ' ©\ufe0f').replace(' 📚 漢字', ' ™\ufe0f') }, { brands: ['basisschool-de-vlieger'] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code, check.stderr).toBe(0);
    const build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(build.code, build.stderr).toBe(0);
    const text = squash((await pdfText(resolve(root, 'output/basisschool-de-vlieger/nl/lezen.pdf'))).text);
    expect(text).toContain('Lees elke dag samen ©');
    expect(text).toContain('Praat ™ met je kind.');
  });
});

describe('the last lines say what happened', () => {
  const tips = readFileSync(resolve(corpus, 'missing-pictogram.nl.md'), 'utf8');

  it('build counts a document whose outputs failed among the documents with errors', async () => {
    const root = makeProject({ 'content/tips/slapen.nl.md': tips, 'content/good/goed.nl.md': good }, { brands: ['basisschool-de-vlieger', 'stad-onderwijs'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/there is no pictogram `slaap`/g), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(/failed outputs\s+2\n/);
    expect(r.stderr).toMatch(/documents with errors\s+1\n/);
    expect(r.stderr).toMatch(/documents with errors:\n\s+content\/tips\/slapen\.nl\.md\n/);
  });

  it('check never ends with "all good" beside a warning', async () => {
    const root = makeProject({ 'content/good/goed.nl.md': '\ufeff' + good }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: the file starts with a byte-order mark');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('checked 1 document, 1 brand, 10 languages: 1 warning');
  });

  it('check says "all good" when there is nothing to report', async () => {
    const root = makeProject({ 'content/good/goed.nl.md': good }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe('checked 1 document, 1 brand, 10 languages: all good');
  });
});
