/**
 * Translated quickscans, as a translator and a parent meet them: `translate` writes a
 * skeleton with the Dutch ids, the build refuses it until it is translated and refuses a
 * changed scale, a changed Dutch statement makes the translation stale until it is marked
 * current, drafts do not pass `--release`, and the sample translations print every statement
 * in Dutch and in the language beside one row of boxes, mirrored in Arabic, with CONCEPT.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeProject, pdfText, runCli, squash } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';
const FILE = 'content/quickscans/ouders-kort';

/** Words with their left edge and line (pdftotext -bbox), pages stacked by 10,000 pt; not the watermark's large letters. */
function words(pdf: string): { x: number; y: number; text: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  return xml.split('<page ').slice(1).flatMap((page, p) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .filter((m) => Number(m[3]) - Number(m[2]) < 20)
      .map((m) => ({ x: Number(m[1]), y: p * 10_000 + Number(m[2]), text: m[4]! })),
  );
}

/** The left edge of the first word that is `text` on a line with `number` (the statement's row). */
function xInRow(all: ReturnType<typeof words>, number: string, text: string): number {
  const row = all.find((w) => w.text === number)!;
  const hit = all.filter((w) => w.text === text && Math.abs(w.y - row.y) < 30).sort((a, b) => Math.abs(a.y - row.y) - Math.abs(b.y - row.y))[0];
  expect(hit, `${text} beside ${number}`).toBeDefined();
  return hit!.x;
}

describe('the translator’s workflow for a quickscan', () => {
  it('writes a skeleton with the Dutch ids, refuses it until translated, and tracks stale statements', async () => {
    const root = makeProject({ [`${FILE}.nl.md`]: readFileSync(`${FILE}.nl.md`, 'utf8') }, { brands: [BRAND] });
    const t = await runCli(['translate', 'ouders-kort', '--lang', 'pl'], root);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain(`${FILE}.pl.md: skeleton written (8 statements to translate, status draft)`);
    const skeleton = readFileSync(resolve(root, `${FILE}.pl.md`), 'utf8');
    for (const id of ['berichten-1', 'berichten-3', 'ik-en-de-school-2', 'thuis-2']) expect(skeleton).toContain(`- {#${id}}`);
    expect(skeleton).toContain('<!-- nl: Ik begrijp de brieven en berichten van de school. -->');
    expect(skeleton).toMatch(/^ {2}- \{ label: "Een beetje", value: 2, symbol: "twijfel" \}$/m);
    expect(skeleton).toMatch(/^status: "draft"$/m);
    expect(skeleton).toMatch(/^ {4}thuis-2: "[0-9a-f]{12}"$/m);
    const refused = await runCli(['check', '--format', 'short'], root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ouders-kort\.pl\.md:\d+:1: error: these parts are not translated yet: \(title\), \(instruction\), berichten, berichten-1/);

    // A translation that changes the scale's values does not say the same.
    const fr = readFileSync(`${FILE}.fr.md`, 'utf8');
    writeFileSync(resolve(root, `${FILE}.fr.md`), fr.replace('value: 1,', 'value: 0,'));
    const scale = await runCli(['check', '--format', 'short'], root);
    expect(scale.stderr).toContain('ouders-kort.fr.md:12:28: error: `scale values` is 3, 2, 0 here but 3, 2, 1 in the Dutch source');
    const mismatched = JSON.parse((await runCli(['status', '--json'], root)).stdout) as { documents: { slug: string; translations: Record<string, { state: string; problems?: string[] }> }[] };
    expect(mismatched.documents.find((d) => d.slug === 'ouders-kort')!.translations.fr).toMatchObject({ state: 'mismatched', problems: ['scale values 3, 2, 0 (Dutch 3, 2, 1)'] });
    writeFileSync(resolve(root, `${FILE}.fr.md`), fr);

    // The Dutch text of one statement changes: the French one is stale for exactly that statement.
    const nl = readFileSync(resolve(root, `${FILE}.nl.md`), 'utf8');
    writeFileSync(resolve(root, `${FILE}.nl.md`), nl.replace('Ik voel me welkom op school.', 'Ik voel me welkom op school en in de klas.'));
    const status = JSON.parse((await runCli(['status', '--json'], root)).stdout) as { documents: { slug: string; translations: Record<string, { state: string; stale?: string[] }> }[] };
    const cells = status.documents.find((d) => d.slug === 'ouders-kort')!.translations;
    expect(cells.fr).toMatchObject({ state: 'stale', stale: ['ik-en-de-school-1'] });
    const warned = await runCli(['check', '--format', 'short'], root);
    expect(warned.stderr).toMatch(/ouders-kort\.fr\.md:\d+:1: warning: the Dutch text changed since this translation was made \(changed: ik-en-de-school-1\)/);
    expect((await runCli(['translate', '--mark-current', `${FILE}.fr.md`], root)).code).toBe(0);
    const again = JSON.parse((await runCli(['status', '--json'], root)).stdout) as typeof status;
    expect(again.documents.find((d) => d.slug === 'ouders-kort')!.translations.fr!.state).toBe('draft');

    // A language file without the scan's words: they print in Dutch, and check says which.
    const yml = resolve(root, 'content/languages/fr.yml');
    writeFileSync(yml, readFileSync(yml, 'utf8').replace(/^ {2}quickscan\.notes:.*\n/m, ''));
    const words = await runCli(['check', '--format', 'short'], root);
    expect(words.stdout + words.stderr).toMatch(/content\/languages\/fr\.yml.*1 fixed word in Dutch.*`quickscan\.notes`/);
  }, 60_000);
});

describe('the sample translations of the parents scan', () => {
  let root: string;
  const pdf = (lang: string) => resolve(root, `output/${BRAND}/${lang}/ouders-kort.pdf`);
  beforeAll(async () => {
    root = makeProject({}, { brands: [BRAND], sampleFolders: ['quickscans'] });
    const b = await runCli(['build', '--no-catalogue', '--doc', 'ouders-kort', '--format', 'short'], root);
    expect(b.code, b.stderr).toBe(0);
  }, 120_000);

  it('prints every statement in Dutch and in the language, with the notice, the language’s words and CONCEPT', async () => {
    for (const [lang, statement, notes] of [['fr', 'Je me sens bienvenu·e à l’école.', 'Notes'], ['tr', 'Okulda kendimi hoş karşılanmış hissediyorum.', 'Notlar']] as const) {
      const text = squash((await pdfText(pdf(lang))).text.replace(/-\n/g, ''));
      expect(text, lang).toContain(statement);
      expect(text, lang).toContain('Ik voel me welkom op school.');
      expect(text, lang).toContain('Dit is de Nederlandse tekst. De vertaling bevat precies dezelfde informatie.');
      expect(text, lang).toContain(notes);
      expect(text, lang).toContain('CONCEPT');
    }
  });

  it('mirrors the Arabic scan: number on the right, then Arabic, then Dutch, the boxes on the left', async () => {
    const ar = words(pdf('ar'));
    const number = xInRow(ar, '1.1', '1.1');
    // pdftotext gives Arabic words in visual order: found by script, not spelling.
    const row = ar.find((w) => w.text === '1.1')!;
    const arabic = Math.min(...ar.filter((w) => /\p{Script=Arabic}/u.test(w.text) && Math.abs(w.y - row.y) < 30).map((w) => w.x));
    const dutch = xInRow(ar, '1.1', 'Ik');
    expect(number).toBeGreaterThan(arabic);
    expect(arabic).toBeGreaterThan(dutch);
    // The column headings (answer labels) stand left of the Dutch text.
    const heading = ar.filter((w) => w.text === 'Nee' && w.y < row.y).at(-1)!;
    expect(dutch).toBeGreaterThan(heading.x);
    const fr = words(pdf('fr'));
    expect(xInRow(fr, '1.1', '1.1')).toBeLessThan(xInRow(fr, '1.1', 'Ik'));
    expect(xInRow(fr, '1.1', 'Ik')).toBeLessThan(xInRow(fr, '1.1', 'Je'));
    // Numbers read the right way in the text layer: statement numbers and the page label.
    const text = squash((await pdfText(pdf('ar'))).text);
    for (const n of ['1.1', '2.3', '3.2']) expect(text).toContain(n);
    expect(text).toMatch(/صفحة 1 من \d/);
    expect(text).toContain('مسودة');
  });

  it('refuses the drafts in a release build', async () => {
    const r = await runCli(['check', '--release', '--format', 'short'], root);
    expect(r.code).toBe(1);
    for (const lang of ['ar', 'fr', 'tr']) expect(r.stderr).toMatch(new RegExp(`ouders-kort\\.${lang}\\.md:\\d+:\\d+: error: .*draft`));
  });
});
