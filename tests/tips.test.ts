/**
 * Tip sheets: every language read back from its PDF, the Dutch text and the notice in
 * both languages on translated sheets, right-to-left pages mirrored, the glyph coverage
 * check, the CONCEPT watermark and the release build refusing drafts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
import { readAloud } from '../src/accessibility/read-aloud.js';
import { makeProject, pageTexts, pdfFonts, pdfText, repoRoot, runCli, squash } from './helpers.js';

const BRAND = 'basisschool-de-vlieger';

/** Headings and paragraphs of a tip file, read from the Markdown (not from our model). */
function tipTexts(path: string): { title: string; headings: string[]; lang: string } {
  const text = readFileSync(path, 'utf8');
  const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const meta = parseYaml(fm) as { title: string; lang: string };
  const headings = [...body.matchAll(/^## (.*?)\s*\{[^}]*\}\s*$/gm)].map((m) => m[1]!);
  return { title: meta.title, headings, lang: meta.lang };
}

/** Words worth comparing: letters only, at least 3, none with the lam-alef ligature (extracted out of order). */
function words(s: string): string[] {
  return s
    .normalize('NFC')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => [...w].length >= 3 && !w.includes('لا'));
}

const flatten = (s: string) => squash(s.normalize('NFC').replace(/\p{M}/gu, ''));

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
}

/** Text items of one page with their positions (pdfjs), for layout assertions. */
async function pageItems(path: string, page: number): Promise<{ items: Item[]; width: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const p = await doc.getPage(page);
    const content = await p.getTextContent();
    const items = content.items
      .filter((i): i is typeof i & { str: string; transform: number[]; width: number } => 'str' in i)
      .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, size: Math.hypot(i.transform[2]!, i.transform[3]!) }));
    return { items, width: p.view[2]! - p.view[0]! };
  } finally {
    await doc.destroy();
  }
}

/** The large tip numbers of a page: items that are only digits, in the badge size. */
const tipNumbers = (items: Item[]) => items.filter((i) => /^\d+$/.test(i.str.trim()) && i.size > 15);

describe('tip sheets built from the sample content', () => {
  let root: string;
  let out: string;
  let sources: string[];
  beforeAll(async () => {
    root = makeProject({}, { brands: [BRAND], sampleFolders: ['tips'] });
    const r = await runCli(['build', '--no-catalogue', '--kind', 'tips', '--format', 'short'], root);
    expect(r.stderr).not.toMatch(/\berror\b/);
    expect(r.code).toBe(0);
    out = resolve(root, 'output', BRAND);
    sources = readdirSync(resolve(root, 'content/tips')).filter((f) => f.endsWith('.md'));
  });

  it('tags every tip sheet: each passes the Matterhorn checks of src/accessibility', async () => {
    const failed: string[] = [];
    for (const f of sources) {
      const [slug, lang] = f.split('.');
      for (const x of await checkTaggedPdf(new Uint8Array(readFileSync(resolve(out, lang!, `${slug}.pdf`))))) failed.push(`${f}: ${x.checkpoint} ${x.rule}: ${x.message}`);
    }
    expect(failed).toEqual([]);
  });

  it('builds one PDF per document and language, every font embedded', async () => {
    expect(sources.length).toBeGreaterThanOrEqual(18);
    for (const f of sources) {
      const [slug, lang] = f.split('.');
      const pdf = resolve(out, lang!, `${slug}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
    }
    for (const f of await pdfFonts(resolve(out, 'ar/samen-lezen.pdf'))) expect(f.embedded, f.name).toBe(true);
  });

  it('reads back the text of every language, and the Dutch text with the notice in both languages on translations', async () => {
    const nlNotice = (parseYaml(readFileSync(resolve(root, 'content/languages/nl.yml'), 'utf8')) as { strings: { translationNotice: string } }).strings.translationNotice;
    for (const f of sources) {
      const [slug, lang] = f.split('.') as [string, string];
      const { text } = await pdfText(resolve(out, lang, `${slug}.pdf`));
      const flat = flatten(text);
      const mine = tipTexts(resolve(root, 'content/tips', f));
      const sample = mine.headings.flatMap(words);
      expect(sample.length, f).toBeGreaterThan(5);
      const absent = sample.filter((w) => !flat.includes(w));
      expect(absent, `${f}: words of the headings not found in the PDF`).toEqual([]);
      if (lang === 'nl') continue;
      const dutch = tipTexts(resolve(root, 'content/tips', `${slug}.nl.md`));
      expect(dutch.headings.flatMap(words).filter((w) => !flat.includes(w)), `${f}: Dutch words missing`).toEqual([]);
      const notice = (parseYaml(readFileSync(resolve(root, `content/languages/${lang}.yml`), 'utf8')) as { strings: { translationNotice: string } }).strings.translationNotice;
      for (const w of [...words(nlNotice), ...words(notice)]) expect(flat, `${f}: notice word ${w}`).toContain(w);
    }
  });

  it('reads Arabic back in logical order (whole phrases, not only words)', async () => {
    const { text } = await pdfText(resolve(out, 'ar/samen-lezen.pdf'));
    const mine = tipTexts(resolve(root, 'content/tips/samen-lezen.ar.md'));
    const phrases = mine.headings.filter((h) => !h.includes('لا') && !/\p{M}/u.test(h));
    expect(phrases.length).toBeGreaterThan(2);
    for (const p of phrases) expect(squash(text)).toContain(p);
  });

  it('puts the tip numbers on the right of a right-to-left page, on the left of a Dutch page', async () => {
    for (const [file, side] of [
      ['ar/samen-lezen.pdf', 'right'],
      ['fa/samen-lezen.pdf', 'right'],
      ['nl/samen-lezen.pdf', 'left'],
      ['fr/samen-lezen.pdf', 'left'],
    ] as const) {
      const { items, width } = await pageItems(resolve(out, file), 1);
      const numbers = tipNumbers(items);
      expect(numbers.map((n) => n.str).slice(0, 3), file).toEqual(['1', '2', '3']);
      for (const n of numbers) {
        if (side === 'right') expect(n.x, `${file} number ${n.str}`).toBeGreaterThan(width * 0.75);
        else expect(n.x, `${file} number ${n.str}`).toBeLessThan(width * 0.25);
      }
    }
  });

  it('on a right-to-left translation the translated text sits right of the Dutch text', async () => {
    const { items, width } = await pageItems(resolve(out, 'ar/samen-lezen.pdf'), 1);
    const dutch = tipTexts(resolve(root, 'content/tips/samen-lezen.nl.md')).headings[0]!;
    const nlItem = items.find((i) => i.str.includes(dutch.split(' ')[0]!) && i.str.includes(dutch.split(' ')[1]!));
    const arItems = items.filter((i) => /\p{Script=Arabic}/u.test(i.str) && i.size < 15);
    expect(nlItem).toBeDefined();
    expect(nlItem!.x).toBeLessThan(width / 2);
    expect(arItems.length).toBeGreaterThan(10);
    expect(Math.min(...arItems.filter((i) => i.y > 150 && i.y < 650).map((i) => i.x))).toBeGreaterThan(width * 0.4);
  });
});

const nl = (tips: string, extra = '') => `---
kind: tips
title: Even proberen
lang: nl
${extra}---

Een korte inleiding.

${tips}`;

const tip = (id: string, heading: string, text: string, icon = 'boek') => `## ${heading} {#${id} icon=${icon}}\n\n${text}\n\n`;

const fr = (status: 'draft' | 'reviewed', extra = '') => `---
kind: tips
title: Essayer un peu
lang: fr
translator: Test
status: ${status}
${extra}---

Une courte introduction.

## Lire ensemble {#lezen}

Lisez chaque jour ensemble.

## Parler ensemble {#praten}

Parlez chaque jour avec votre enfant.
`;

const dutchTips = tip('lezen', 'Lees samen', 'Lees elke dag samen.') + tip('praten', 'Praat samen', 'Praat elke dag met je kind.', 'praten');

describe('checks before and around rendering', () => {
  it('fails the coverage check with file, line and the missing characters, and exit code 1', async () => {
    const root = makeProject(
      { 'content/tips/glyphs.nl.md': nl(tip('lezen', 'Lees samen', 'Lees elke dag samen.') + tip('lachen', 'Lach samen', 'Lach samen 😀 en lees 漢字.', 'lachen')) },
      { brands: [BRAND] },
    );
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    const line = readFileSync(resolve(root, 'content/tips/glyphs.nl.md'), 'utf8').split('\n').findIndex((l) => l.startsWith('Lach samen 😀')) + 1;
    expect(r.stderr).toContain(`content/tips/glyphs.nl.md:${line}:`);
    expect(r.stderr).toContain('U+1F600');
    expect(r.stderr).toContain('U+6F22');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(resolve(root, `output/${BRAND}/nl/glyphs.pdf`))).toBe(false);
  });

  it('prints an Arabic name and an Amharic greeting in a Dutch sheet with their own fonts, the phone number after them in order', async () => {
    const body = 'Onze partner is de weekendschool مدرسة النور. Bel ام احمد op 09-123-45-67. In het Amhaars: ሰላም ለሁሉም.';
    const root = makeProject({ 'content/tips/gemengd.nl.md': nl(tip('bellen', 'Bel ons', body)) }, { brands: [BRAND] });
    const c = await runCli(['check', '--format', 'short'], root);
    expect(c.code, c.stderr).toBe(0);
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const out = resolve(root, `output/${BRAND}/nl/gemengd.pdf`);
    const fonts = (await pdfFonts(out)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoNaskhArabic-Regular', 'NotoSansEthiopic-Regular']));
    const text = squash((await pdfText(out)).text).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
    for (const words of ['مدرسة النور', 'ام احمد', '09-123-45-67', 'ሰላም ለሁሉም']) expect(text).toContain(words);
    // A checklist too: check and build agree, and the Arabic word is printed, not an empty box.
    const list = makeProject({ 'content/checklists/lijst.nl.md': '---\nkind: checklist\ntitle: Lijst\nlang: nl\nattribution: "Model: Samaey & Vettenburg"\n---\n## Gedragsdimensie\n### Ouderbril\n- Kent u de weekendschool مدرسة النور?\n### Schoolbril\n- Wat doen wij?\n' }, { brands: [BRAND] });
    expect((await runCli(['check', '--format', 'short'], list)).code).toBe(0);
    const b = await runCli(['build', '--no-catalogue', '--format', 'short'], list);
    expect(b.code, b.stderr).toBe(0);
    expect(squash((await pdfText(resolve(list, `output/${BRAND}/nl/lijst.pdf`))).text).replace(/[\u202a-\u202e\u2066-\u2069]/g, '')).toContain('مدرسة النور');
  });

  it('prints the CONCEPT watermark on drafts only, in Dutch and in the language', async () => {
    const root = makeProject({ 'content/tips/t.nl.md': nl(dutchTips, 'bilingual: facing\n'), 'content/tips/t.fr.md': fr('draft') }, { brands: [BRAND] });
    let r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(0);
    const frDraft = (parseYaml(readFileSync(resolve(root, 'content/languages/fr.yml'), 'utf8')) as { strings: { draft: string } }).strings.draft;
    const pages = await pageTexts(resolve(root, `output/${BRAND}/fr/t.pdf`));
    expect(pages.length).toBe(2); // facing: the Dutch page, then the French page
    for (const p of pages) {
      expect(p).toContain('CONCEPT');
      expect(p).toContain(frDraft);
    }
    const dutchOnly = await pdfText(resolve(root, `output/${BRAND}/nl/t.pdf`));
    expect(dutchOnly.text).not.toContain('CONCEPT');
    // Tagged, facing: read page by page, the Dutch page's tips in Dutch, then the French page's in French.
    const facing = new Uint8Array(readFileSync(resolve(root, `output/${BRAND}/fr/t.pdf`)));
    expect(await checkTaggedPdf(facing)).toEqual([]);
    const read = await readAloud(facing);
    expect(read.filter((l) => l.role === 'H2').map((l) => l.lang)).toEqual(['nl', 'nl', 'fr', 'fr']);
    expect(read.filter((l) => l.role === 'P' && l.text === 'CONCEPT')).toHaveLength(1);

    const reviewed = makeProject({ 'content/tips/t.nl.md': nl(dutchTips), 'content/tips/t.fr.md': fr('reviewed') }, { brands: [BRAND] });
    r = await runCli(['build', '--no-catalogue', '--format', 'short'], reviewed);
    expect(r.code).toBe(0);
    const done = await pdfText(resolve(reviewed, `output/${BRAND}/fr/t.pdf`));
    expect(done.text).not.toContain('CONCEPT');
    expect(done.text).toContain('Lire ensemble');
    expect(done.text).toContain('Lees samen');
  });

  it('refuses facing pages that came out of step (a translated page ran onto a further page), and keeps the others', async () => {
    const longer = fr('draft').replace('Parlez chaque jour avec votre enfant.', 'Parlez chaque jour avec votre enfant de ce qu’il a vécu. '.repeat(24));
    const root = makeProject({ 'content/tips/t.nl.md': nl(dutchTips, 'paper: a5\nbilingual: facing\n'), 'content/tips/t.fr.md': longer }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/tips/t.fr.md: error: the facing pages came out as 3 pages instead of 2');
    expect(r.stderr).toContain('`bilingual: side-by-side`');
    expect(existsSync(resolve(root, `output/${BRAND}/fr/t.pdf`))).toBe(false);
    expect(existsSync(resolve(root, `output/${BRAND}/nl/t.pdf`))).toBe(true);
  });

  it('refuses drafts in a release build with a clear message, and builds reviewed ones', async () => {
    const root = makeProject({ 'content/tips/t.nl.md': nl(dutchTips), 'content/tips/t.fr.md': fr('draft'), 'content/tips/u.nl.md': nl(dutchTips), 'content/tips/u.fr.md': fr('reviewed') }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue', '--release', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/tips\/t\.fr\.md:\d+:\d+: error: this translation is a draft \(`status: draft`\); a release build prints only reviewed translations/);
    expect(r.stderr).toContain('status: reviewed');
    expect(existsSync(resolve(root, `output/${BRAND}/fr/t.pdf`))).toBe(false);
    expect(existsSync(resolve(root, `output/${BRAND}/fr/u.pdf`))).toBe(true);
  });

  it('draws a QR code and the pictograms as vectors, A5 when asked', async () => {
    const root = makeProject({ 'content/tips/q.nl.md': nl(dutchTips, 'paper: a5\nqr: { url: "https://example.org/luister", label: "Luister naar de tips" }\n') }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(0);
    const pdf = resolve(root, `output/${BRAND}/nl/q.pdf`);
    expect(await checkTaggedPdf(new Uint8Array(readFileSync(pdf)))).toEqual([]);
    const { text } = await pdfText(pdf);
    expect(text).toContain('Luister naar de tips');
    expect(text).toContain('https://example.org/luister');
    const { width } = await pageItems(pdf, 1);
    expect(Math.round(width)).toBe(420); // A5: 148 mm
  });

  it('reports a missing pictogram with file and line', async () => {
    const root = makeProject({ 'content/tips/p.nl.md': nl(tip('lezen', 'Lees samen', 'Lees elke dag samen.', 'bestaat-niet')) }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/tips\/p\.nl\.md:\d+:1: error: there is no pictogram `bestaat-niet` \(assets\/icons\/bestaat-niet\.svg\)/);
  });
});

// Keep repoRoot imported for editors that jump to the sample content.
void repoRoot;
