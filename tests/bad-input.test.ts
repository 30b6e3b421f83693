/**
 * Bad input gets a clear error (file:line:column, what was expected, a hint), never a
 * stack trace, and never stops the other documents. The corpus lives in
 * tests/fixtures/bad: each input beside its expected `check --format short` output.
 * Regenerate the expectations on purpose with UPDATE_FIXTURES=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli, checklistDoc, pdfText, squash } from './helpers.js';

const corpus = resolve(repoRoot, 'tests/fixtures/bad');
/** A case is one file, or a folder of files that go wrong together (e.g. two files with one slug). */
const cases = readdirSync(corpus).filter((f) => f.endsWith('.md') || statSync(resolve(corpus, f)).isDirectory());
const caseFiles = (name: string): Record<string, Uint8Array> =>
  statSync(resolve(corpus, name)).isDirectory()
    ? Object.fromEntries(
        readdirSync(resolve(corpus, name), { recursive: true, encoding: 'utf8' })
          .filter((f) => statSync(resolve(corpus, name, f)).isFile())
          .map((f) => [`content/bad/${f}`, readFileSync(resolve(corpus, name, f))]),
      )
    : { [`content/bad/${name}`]: readFileSync(resolve(corpus, name)) };
const good = checklistDoc();
/** The document that must still build beside each bad one: one PDF (the `both` variant). */
const goodBeside = good.replace('lang: nl\n', 'lang: nl\nvariants: [both]\n');

describe('bad input corpus', () => {
  it.each(cases)('%s: clear message, exit 1, other documents still build', async (name) => {
    const root = makeProject(
      { ...caseFiles(name), 'content/good/goed.nl.md': goodBeside },
      { brands: ['basisschool-de-vlieger'] },
    );
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(1);
    const lines = check.stderr.split('\n').filter((l) => l.startsWith(`content/bad/`));
    expect(lines.length, check.stderr).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^content\/bad\/[^:]+(:\d+:\d+)?: (error|warning): /);
    expect(check.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // no stack trace
    const expectedFile = resolve(corpus, `${name.replace(/\.md$/, '')}.expected`);
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, lines.join('\n') + '\n');
    // A missing expectation fails: it is written only on purpose, with UPDATE_FIXTURES=1.
    expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(lines.join('\n') + '\n').toBe(readFileSync(expectedFile, 'utf8'));

    const b = await runCli(['build', '--no-catalogue'], root);
    expect(b.code).toBe(1);
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/goed.pdf')), b.stderr).toBe(true);
    expect(existsSync(resolve(root, 'output/index.html'))).toBe(false); // --no-catalogue
    expect(existsSync(resolve(root, 'pwned.txt'))).toBe(false);
  });
});

describe('warnings do not stop a build', () => {
  it('prints a tab in a front matter text (a deck title, a category label) as a space, not words glued together', async () => {
    const deck = readFileSync(resolve(repoRoot, 'tests/fixtures/kinds/cards/gesprek.nl.md'), 'utf8')
      .replace('title: Gesprek', 'title: "Ons\tgesprek"')
      .replace('label: Samen afspreken', 'label: "Samen\tafspreken"');
    const root = makeProject({ 'content/cards/gesprek.nl.md': deck }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    // Words as poppler finds them on the page, by the space drawn between them.
    const words = execFileSync('pdftotext', ['-bbox', resolve(root, 'output/basisschool-de-vlieger/nl/gesprek--kaarten.pdf'), '-']).toString();
    const found = [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1]!);
    expect(found).toEqual(expect.arrayContaining(['Ons', 'gesprek', 'SAMEN', 'AFSPREKEN']));
    expect(found.some((w) => /Onsgesprek|SAMENAFSPREKEN|Ons\tgesprek/.test(w))).toBe(false);
  });

  it('reads a comment after the opening --- (YAML allows it) in a file with CRLF line ends, instead of finding no front matter', async () => {
    const text = good.replace(/^---\n/, '--- # een checklist\n').replace(/\n/g, '\r\n');
    const root = makeProject({ 'content/x/kop.nl.md': text }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(squash((await pdfText(resolve(root, 'output/basisschool-de-vlieger/nl/kop.pdf'))).text)).toContain('Wat doe je thuis?');
  });

  it('strips a byte-order mark and shows raw HTML as text', async () => {
    const bom = '\ufeff' + good.replace('Wat doe je thuis?', 'Wat doe je <b>thuis</b>?');
    const root = makeProject({ 'content/x/bom.nl.md': bom }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/content\/x\/bom\.nl\.md:1:1: warning: the file starts with a byte-order mark/);
    expect(r.stderr).toMatch(/content\/x\/bom\.nl\.md:9:\d+: warning: HTML in Markdown is not interpreted/);
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/bom.pdf'))).toBe(true);
  });

  it('prints an image in the text as its description with a warning on its line, and a reference link with its address', async () => {
    const doc = good
      .replace('Wat doe je thuis?', 'Wat doe je thuis? Zie ![het logo van de school](../brands/basisschool-de-vlieger/logo.svg) en [de website][site].')
      .replace('Wat doen wij?', 'Wat doen wij? ![](../brands/basisschool-de-vlieger/logo.svg)\n\n[site]: https://school.example/ouders');
    const root = makeProject({ 'content/x/beeld.nl.md': doc }, { brands: ['basisschool-de-vlieger'] });
    const check = await runCli(['check', '--format', 'short'], root);
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(0);
    const warnings = (s: string) => s.split('\n').filter((l) => l.includes(': warning: '));
    expect(warnings(r.stderr)).toEqual([
      'content/x/beeld.nl.md:9:25: warning: the image `../brands/basisschool-de-vlieger/logo.svg` is not printed; its description "het logo van de school" is printed in its place (hint: say in words what the image shows (a pictogram goes on a heading: `{icon=name}`))',
      'content/x/beeld.nl.md:11:17: warning: the image `../brands/basisschool-de-vlieger/logo.svg` is not printed, and it has no description to print in its place (hint: say in words what the image shows (a pictogram goes on a heading: `{icon=name}`))',
    ]);
    expect(warnings(check.stderr)).toEqual(warnings(r.stderr));
    const { text } = await pdfText(resolve(root, 'output/basisschool-de-vlieger/nl/beeld.pdf'));
    expect(squash(text)).toContain('Zie het logo van de school en de website (https://school.example/ouders).');
  });

  it('warns on the line of a table, which prints as a line of text with its | marks', async () => {
    const doc = good.replace('## Gedragsdimensie', '| Dag | Wat |\n|---|---|\n| maandag | zwemmen |\n\n## Gedragsdimensie');
    const root = makeProject({ 'content/x/tabel.nl.md': doc }, { brands: ['basisschool-de-vlieger'] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('content/x/tabel.nl.md:7:1: warning: a table is not laid out as a table: its cells print as one line of text with the `|` marks between them');
  });

  it('prints a tab or ideographic space between words (pasted from a word processor) as a space, not as nothing', async () => {
    const doc = good.replace('Wat doe je thuis?', 'Wat\tdoe je\u3000thuis?').replace('## Gedragsdimensie', '## Gedrags\tdimensie');
    const root = makeProject({ 'content/x/tab.nl.md': doc }, { brands: ['basisschool-de-vlieger'] });
    expect((await runCli(['build', '--no-catalogue'], root)).code).toBe(0);
    // poppler reads the words as they stand on the page (the text layer kept the tab, the page had no gap).
    const text = squash(execFileSync('pdftotext', [resolve(root, 'output/basisschool-de-vlieger/nl/tab.pdf'), '-']).toString());
    expect(text).toContain('Wat doe je thuis?');
    expect(text).toContain('Gedrags dimensie');
  });
});

describe('documents that clash', () => {
  it('reports a duplicate slug and language, and builds neither file until it is resolved', async () => {
    const root = makeProject(
      { 'content/a/goed.nl.md': good, 'content/b/goed.nl.md': good.replace('Goed document', 'Ander document'), 'content/c/ander.nl.md': good },
      { brands: ['basisschool-de-vlieger'] },
    );
    const r = await runCli(['check', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/b/goed.nl.md: error: `goed` (nl) is also defined in content/a/goed.nl.md; neither file is built');
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('`goed` (nl) is also defined in content/a/goed.nl.md; neither file is built');
    for (const pdf of ['goed.pdf', 'goed--ouderbril.pdf', 'goed--schoolbril.pdf']) expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl', pdf)), pdf).toBe(false);
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/ander.pdf'))).toBe(true);
  });
});

describe('a failed rebuild keeps the last good PDF', () => {
  it('leaves the previous file in place and calls it stale', async () => {
    const root = makeProject({ 'content/x/goed.nl.md': good }, { brands: ['basisschool-de-vlieger'] });
    expect((await runCli(['build', '--no-catalogue'], root)).code).toBe(0);
    const pdf = resolve(root, 'output/basisschool-de-vlieger/nl/goed.pdf');
    const before = readFileSync(pdf);
    const mtime = statSync(pdf).mtimeMs;
    writeFileSync(resolve(root, 'content/x/goed.nl.md'), good.replace('title: Goed document', 'title: [kapot'));
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/x\/goed\.nl\.md:\d+:\d+/);
    expect(r.stderr).toMatch(/stale \(previous good PDF kept\):\n(\s+.*\n)*\s+basisschool-de-vlieger\/nl\/goed\.pdf/);
    expect(readFileSync(pdf).equals(before)).toBe(true);
    expect(statSync(pdf).mtimeMs).toBe(mtime);
    const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8'));
    expect(manifest.outputs['basisschool-de-vlieger/nl/goed.pdf'].stale).toBe(true);
    // No temporary files are left behind.
    expect(readdirSync(resolve(root, 'output/basisschool-de-vlieger/nl'))).toEqual(['goed--ouderbril.pdf', 'goed--schoolbril.pdf', 'goed.pdf']);
  });
});

describe('check output formats', () => {
  it('reports every problem of every document in one run, as JSON too', async () => {
    const root = makeProject(
      {
        'content/a/een.nl.md': good.replace('title: Goed document', 'titel: x'),
        'content/a/twee.nl.md': good.replace('kind: checklist', 'kind: checklijst'),
      },
      { brands: ['basisschool-de-vlieger'] },
    );
    const r = await runCli(['check', '--format', 'json'], root);
    expect(r.code).toBe(1);
    const diags = JSON.parse(r.stdout) as { file: string; code: string; span?: { start: { line: number; column: number } }; hint?: string }[];
    const codes = diags.map((d) => `${d.file}:${d.code}`);
    expect(codes).not.toContain('content/a/een.nl.md:FieldMissing'); // the misspelt field says it all
    expect(codes).toContain('content/a/een.nl.md:FieldUnknown');
    expect(codes).toContain('content/a/twee.nl.md:KindUnknown');
    const unknown = diags.find((d) => d.code === 'FieldUnknown')!;
    expect(unknown.span?.start).toEqual({ line: 3, column: 1 });
    expect(unknown.hint).toBe('did you mean `title`?');
  });

  it('shows a code frame in the long format', async () => {
    const root = makeProject({ 'content/a/een.nl.md': good.replace('lang: nl', 'lang: nl\nvariants: [ouderbrill]') }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a/een.nl.md:5:12');
    expect(r.stderr).toContain('> 5 | variants: [ouderbrill]');
    expect(r.stderr).toContain('did you mean `ouderbril`?');
  });

  it('exits 0 when there are only warnings', async () => {
    const root = makeProject({ 'content/a/een.nl.md': '\ufeff' + good }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['check', '--format', 'short'], root);
    expect(r.stderr).toContain('warning');
    expect(r.code).toBe(0);
  });
});

describe('a language file', () => {
  it('must have every character of its strings in its fonts; its documents wait for it', async () => {
    const yml = `name: "Testtaal"\nnameNl: "Testtaal"\ndir: ltr\nscript: latin\nstrings:\n  page: "Blad {page} / {pages}"\n  translationNotice: "Vertaald 漢字"\n  translation: "Vertaling"\n  draft: "Concept"\n  tip: "Tip"\n  source: "Bron"\n  contents: "Inhoud"\n`;
    const root = makeProject({ 'content/languages/xx.yml': yml, 'content/a/goed.xx.md': good.replace('lang: nl', 'lang: xx') }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['check', '--format', 'short'], root);
    expect(r.code).toBe(1);
    // Each character at its place in the string.
    expect(r.stderr).toContain('content/languages/xx.yml:7:32: error: the fonts for xx (Noto Sans) have no glyph for "漢" (U+6F22)');
    expect(r.stderr).toContain('content/languages/xx.yml:7:33: error: the fonts for xx (Noto Sans) have no glyph for "字" (U+5B57)');
    expect(r.stderr).toContain('content/a/goed.xx.md:4:7: error: language `xx` cannot be used: content/languages/xx.yml has errors');
  });
});

describe('a brand kit', () => {
  it('must have every character of its name and lines in the fonts: check and build say where, instead of printing other letters', async () => {
    const root = makeProject({ 'content/a/goed.nl.md': good }, { brands: ['basisschool-de-vlieger'] });
    const kit = resolve(root, 'content/brands/basisschool-de-vlieger/brand.yml');
    writeFileSync(kit, readFileSync(kit, 'utf8').replace(/^name: .*$/m, 'name: "De Vlieger 🪁 مدرسة"'));
    // The Arabic letters print with the Arabic font (brand-words.test.ts); the kite is in no font.
    const expected = 'content/brands/basisschool-de-vlieger/brand.yml:1:19: error: the fonts for nl (Noto Sans, Noto Naskh Arabic) have no glyph for "🪁" (U+1FA81) (hint';
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(expected);
    const build = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(expected);
    expect(build.stderr).not.toContain('"م" (U+0645)');
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/goed.pdf'))).toBe(false);
  });
});

describe('the command line', () => {
  it('refuses options and values it does not know, with a suggestion', async () => {
    const root = makeProject({ 'content/a/goed.nl.md': good }, { brands: ['basisschool-de-vlieger'] });
    const unknown = await runCli(['build', '--brnad', 'x'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: `build` has no option `--brnad` (hint: did you mean `--brand`?)');
    const values = await runCli(['build', '--lang', 'xx', '--kind', 'tip', '--variant', 'ouderbrill', '--format', 'short'], root);
    expect(values.code).toBe(1);
    expect(values.stderr).toContain('`--lang` does not know `xx`');
    expect(values.stderr).toContain('`--kind` does not know `tip`; it takes `checklist`, `quickscan`, `cards`, `tips` (hint: did you mean `tips`?)');
    expect(values.stderr).toContain('`--variant` does not know `ouderbrill`');
    const workers = await runCli(['build', '--workers', 'abc'], root);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers takes a whole number');
  });

  it('reports one mistake once: a misspelt field is not also a missing one', async () => {
    const root = makeProject({ 'content/a/een.nl.md': good.replace('title: Goed document', 'titel: Goed document') }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['check', '--format', 'short'], root);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('error:'))).toEqual(['content/a/een.nl.md:3:1: error: unknown field `titel` (hint: did you mean `title`?)']);
  });
});
