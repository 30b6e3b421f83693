/**
 * Translated card decks, read back as a parent, a printer and a translator meet them: a
 * skeleton card for card, large cards printed bilingual, small cards as a paired deck (the
 * language on the front, the Dutch text on the back), mirrored right to left, on the Dutch
 * deck's sheets and boxes; CONCEPT on drafts, stale when the Dutch changes, refused in a
 * release until reviewed. The exchange formats: cards-exchange.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
import { formatReadAloud, readAloud } from '../src/accessibility/read-aloud.js';
import { arabic, BRAND, build, dutch, french, project, read } from './card-decks.js';
import { makeProject, pageTexts, pdfPages, repoRoot, runCli, squash } from './helpers.js';

/** Words of one page with their left and right edges (pt), from poppler. */
function pageWords(pdf: string, page: number): { x: number; right: number; t: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']).toString();
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), right: Number(m[2]), t: m[3]! }));
}

/** Every word of a PDF with its page and box (pt), from poppler. */
function boxedWords(pdf: string): { page: number; x: number; right: number; y: number; t: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  return xml.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ page: i + 1, x: Number(m[1]), y: Number(m[2]), right: Number(m[3]), t: m[4]! })),
  );
}

describe('French punctuation on the sample deck', () => {
  it('never starts a line with the ? or : that French writes after a space', async () => {
    const root = makeProject({}, { sampleFolders: ['cards'], brands: ['ouderplatform'] });
    const r = await runCli(['build', '--doc', 'twee-brillen.fr', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const words = boxedWords(resolve(root, 'output/ouderplatform/fr/twee-brillen.pdf'));
    const marks = words.filter((w) => /^[?!:;»]+$/.test(w.t));
    // The sample's questions end in " ?": each mark sits on a line after a word of its own sentence.
    expect(marks.length).toBeGreaterThan(5);
    const alone = marks.filter((m) => !words.some((w) => w !== m && w.page === m.page && Math.abs(w.y - m.y) < 2 && w.right <= m.x + 0.5 && m.x - w.right < 8));
    expect(alone.map((m) => `page ${m.page}: "${m.t}" at ${m.x.toFixed(0)},${m.y.toFixed(0)}`)).toEqual([]);
  });
});

describe('translating a deck', () => {
  it('writes a skeleton card for card, status draft, which check calls unfinished', async () => {
    const root = makeProject({ 'content/cards/thuis.nl.md': dutch('poker') }, { brands: [BRAND] });
    const t = await runCli(['translate', 'content/cards/thuis.nl.md', '--lang', 'fr'], root);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain('content/cards/thuis.fr.md: skeleton written (2 cards to translate, status draft)');
    const skeleton = read(root, 'content/cards/thuis.fr.md');
    expect(skeleton.match(/^## .*$/gm)).toEqual(['## {#lezen}', '## {#rapport}']);
    expect(skeleton).toMatch(/^status: "draft"$/m);
    expect(skeleton).toMatch(/^ {4}lezen: "[0-9a-f]{12}"$/m);
    expect(skeleton).toContain('<!-- nl: Wat lees je graag samen met je kind? -->');
    // The Dutch text of the front matter fields stands there to be translated, and says so
    // (a deck printed its Dutch instruction on the translated guide when it was left as it was).
    expect(skeleton).toMatch(/^instruction: "Leg de kaarten op tafel en kies er samen een\."   # translate$/m);
    // Filled in, the line with its comment is read as the translation.
    writeFileSync(resolve(root, 'content/cards/thuis.fr.md'), skeleton.replace('Leg de kaarten op tafel en kies er samen een.', 'Posez les cartes.'));
    const e = await runCli(['export', '--lang', 'fr', '--format', 'po', '--doc', 'thuis'], root);
    expect(e.stdout).toContain('msgid "Leg de kaarten op tafel en kies er samen een."\nmsgstr "Posez les cartes."');
    const c = await runCli(['check', '--format', 'short'], root);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/thuis\.fr\.md:\d+:1: error: these parts are not translated yet: .*lezen, rapport/);
  });

  it('prints a large card bilingual: the language, then the Dutch text on the same face, on the Dutch deck’s sheets', async () => {
    const root = await project('a6', 'fr', french);
    const b = await build(root);
    expect(b.code, b.stderr).toBe(0);
    const out = (lang: string, suffix = '') => resolve(root, `output/${BRAND}/${lang}/thuis${suffix}.pdf`);
    const faces = (await pageTexts(out('fr', '--kaarten'))).map(squash);
    expect(faces).toHaveLength(6); // guide card and two cards, front and back: as many as the Dutch deck
    expect(faces[2]).toMatch(/MAISON.*Lire ensemble.*Qu’aimez-vous lire avec votre enfant \?.*Samen lezen.*Wat lees je graag samen met je kind\?.*Traduction · Français.*1\/2/);
    expect(faces[3]).toMatch(/Quand lisez-vous ensemble \?.*Wanneer lees je samen\?/);
    expect(faces[4]).toMatch(/^ÉCOLE · SCHOOL .*Le bulletin/); // the category of the Dutch card, in both languages
    expect(faces[2]).toMatch(/BROUILLON/);
    expect(faces[2]).toMatch(/CONCEPT/);
    // The guide: the French page, then the Dutch one, each with its own fixed words.
    const guide = (await pageTexts(out('fr', '--gids'))).map(squash);
    expect(guide).toHaveLength(2);
    expect(guide[0]).toMatch(/Comment utiliser les cartes.*2 cartes en 2 couleurs.*Imprimer.*Imprimez en recto verso, retournement sur le bord long/);
    expect(guide[1]).toMatch(/Zo gebruik je de kaarten.*2 kaarten in 2 kleuren.*Afdrukken/);
    // Same sheets and boxes as the Dutch deck.
    const [fr, nl] = [await pdfPages(out('fr')), await pdfPages(out('nl'))];
    expect(fr.map((p) => [p.width, p.height, p.trim, p.bleed])).toEqual(nl.map((p) => [p.width, p.height, p.trim, p.bleed]));
  }, 90_000);

  it('prints labels in capitals by each language’s rules: Turkish i is İ, the Dutch label beside it keeps its I', async () => {
    const turkish = french.replace('lang: fr', 'lang: tr').replace('label: "Maison"', 'label: "Evde iletişim"').replace('label: "École"', 'label: "Okul bilgisi"');
    const root = await project('a6', 'tr', turkish);
    expect((await build(root)).code).toBe(0);
    const faces = (await pageTexts(resolve(root, `output/${BRAND}/tr/thuis--kaarten.pdf`))).map(squash).join(' ');
    expect(faces).toContain('EVDE İLETİŞİM · THUIS');
    expect(faces).toContain('OKUL BİLGİSİ · SCHOOL');
    expect(faces).toContain('ÇEVİRİ · TÜRKÇE'); // the translated faces' footer names the language
    expect(faces).not.toMatch(/ILETIŞIM|BILGISI|THUİS|ÇEVIRI/);
  }, 90_000);

  it('prints a small card as a paired deck in Arabic: the language on the front, mirrored; the Dutch text on the back', async () => {
    const root = await project('poker', 'ar', arabic);
    const b = await build(root);
    expect(b.code, b.stderr).toBe(0);
    const single = resolve(root, `output/${BRAND}/ar/thuis--kaarten.pdf`);
    const faces = (await pageTexts(single)).map(squash);
    expect(faces).toHaveLength(12); // every Dutch face a card of its own: (1 + 2) × 2 cards, front and back
    expect(faces[4]).toContain('ماذا تحب أن تقرأ مع طفلك؟');
    expect(faces[4]).not.toContain('Wat lees je');
    expect(faces[5]).toContain('Wat lees je graag samen met je kind?');
    expect(faces[6]).toContain('متى تقرؤون معًا؟');
    expect(faces[7]).toContain('Wanneer lees je samen?');
    // Mirrored: the Arabic question ends at the right edge and the number sits left; the Dutch side as usual.
    const width = (await pdfPages(single))[0]!.width;
    const ar = pageWords(single, 5);
    const nl = pageWords(single, 6);
    const number = (ws: typeof ar) => ws.find((w) => w.t === '1/2')!;
    expect(number(ar).x).toBeLessThan(width / 2);
    expect(number(nl).x).toBeGreaterThan(width / 2);
    const question = ar.filter((w) => /[\u0600-\u06ff]/.test(w.t) && w.t !== 'البيت');
    expect(Math.max(...question.map((w) => w.right))).toBeGreaterThan(width * 0.8);
    expect(Math.min(...nl.filter((w) => w.t === 'Wat').map((w) => w.x))).toBeLessThan(width * 0.25);
    // Twice the cards of the Dutch deck: 6 cards on one A4 sheet (8 poker cards fit), front and back.
    const sheets = await pdfPages(resolve(root, `output/${BRAND}/ar/thuis.pdf`));
    const dutchSheets = await pdfPages(resolve(root, `output/${BRAND}/nl/thuis.pdf`));
    expect(sheets).toHaveLength(2);
    expect(sheets[0]!.trim).toEqual(dutchSheets[0]!.trim);
    expect(sheets[1]!.trim).toEqual(dutchSheets[1]!.trim);
    // Tagged for screen readers, each text in its language: the Dutch side is read as Dutch.
    expect(await checkTaggedPdf(new Uint8Array(readFileSync(single)))).toEqual([]);
    expect(await checkTaggedPdf(new Uint8Array(readFileSync(resolve(root, `output/${BRAND}/ar/thuis--gids.pdf`))))).toEqual([]);
    const aloud = await readAloud(new Uint8Array(readFileSync(single)));
    expect(aloud.find((l) => l.text.includes('Wat lees je graag'))?.lang).toBe('nl');
    // Read aloud as the reviewed golden file: card by card, the Arabic side and then the Dutch side (UPDATE_GOLDEN=1 writes it).
    const golden = resolve(repoRoot, 'tests/fixtures/accessibility/thuis--kaarten.ar.read.txt');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, formatReadAloud(aloud));
    expect(formatReadAloud(aloud)).toBe(readFileSync(golden, 'utf8'));
    const fonts = execFileSync('pdffonts', [single]).toString();
    expect(fonts).toMatch(/NotoNaskhArabic.*yes/);
  }, 90_000);

  it('refuses a translation that does not fit its card, naming the card and its line', async () => {
    const long = french.replace('Qu’aimez-vous lire avec votre enfant ?', Array.from({ length: 30 }, () => 'Qu’aimez-vous lire avec votre enfant le soir, le matin ou le week-end ?').join(' '));
    const root = await project('poker', 'fr', long);
    const c = await runCli(['check', '--format', 'short'], root);
    expect(c.code).toBe(1);
    const line = read(root, 'content/cards/thuis.fr.md').split('\n').findIndex((l) => l.startsWith('## Lire ensemble')) + 1;
    expect(c.stderr).toContain(`content/cards/thuis.fr.md:${line}:1: error:`);
    expect(c.stderr).toMatch(/card 1\/2 "Lire ensemble": the front overflows by [\d.]+ mm even at the minimum size of 8 pt/);
  }, 60_000);

  it('goes stale when the Dutch changes, is marked current again, and is refused in a release until reviewed', async () => {
    const root = await project('poker', 'fr', french);
    writeFileSync(resolve(root, 'content/cards/thuis.nl.md'), dutch('poker').replace('Vraag het aan de leerkracht.', 'Vraag het gerust aan de leerkracht.'));
    const stale = await runCli(['check', '--format', 'short'], root);
    expect(stale.stderr).toMatch(/thuis\.fr\.md:\d+:1: warning: the Dutch text changed since this translation was made \(changed: rapport\)/);
    expect((await runCli(['status', '--json'], root)).stdout).toMatch(/"state": "stale"/);
    expect((await runCli(['translate', '--mark-current', 'content/cards/thuis.fr.md'], root)).stdout).toContain('marked as translated from the current Dutch text (2 cards)');
    expect((await runCli(['status', '--json'], root)).stdout).toMatch(/"state": "draft"/);
    const release = await build(root, '--release', '--lang', 'fr');
    expect(release.code).toBe(1);
    expect(release.stderr).toMatch(/thuis\.fr\.md:\d+:\d+: error: .*draft/);
    writeFileSync(resolve(root, 'content/cards/thuis.fr.md'), read(root, 'content/cards/thuis.fr.md').replace('status: draft', 'status: reviewed'));
    const ok = await build(root, '--release', '--lang', 'fr');
    expect(ok.code, ok.stderr).toBe(0);
    const faces = (await pageTexts(resolve(root, `output/${BRAND}/fr/thuis--kaarten.pdf`))).map(squash);
    expect(faces.join(' ')).not.toMatch(/BROUILLON|CONCEPT/);
  }, 90_000);
});

