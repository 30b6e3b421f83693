/**
 * Mixed-script text as a parent meets it on paper and in the text layer: phone numbers,
 * dates and times in the order they were typed inside right-to-left lines, addresses that
 * are never hyphenated, no empty boxes, the bidi algorithm's own conformance test through
 * our line layout, the same visual order as Chromium on a corpus of realistic sentences,
 * and a text layer that does not depend on what the process rendered before.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import fontkitForPdfLib from '@pdf-lib/fontkit';
import * as fontkit from 'fontkit';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BIDI_CHARACTER_TEST, readBidiCases, runBidiConformance } from '../bench/bidi-conformance.js';
import { findNotdefGlyphs, mayDrawNotdef } from '../src/render/find-notdef.js';
import { hyphenationFor } from '../src/render/hyphenation.js';
import { layoutText } from '../src/text/layout-text.js';
import { makeProject, pdfText, repoRoot, runCli } from './helpers.js';
import { chromiumPages, drukklaarPages, drukklaarPdf, visualKey, visualWords, visualWordsByPage, type Line } from './visual-order.js';
import type { Script } from '../src/languages/language.js';

const BRAND = 'basisschool-de-vlieger';
const SLUG = 'contact-met-school';
const LANGS = ['nl', 'ar', 'fa', 'ti'] as const;
const EMAIL = 'secretariaat@de-regenboog.example';
const URL = 'https://www.de-regenboog.example/ouders';

interface Word {
  x: number;
  y: number;
  text: string;
}

/** Words of every page with their positions (pdftotext -bbox), pages stacked by 10,000 pt. */
function positionedWords(pdf: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  const words: Word[] = [];
  xml.split('<page ').slice(1).forEach((page, p) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ x: Number(m[1]), y: p * 10_000 + Number(m[2]), text: m[3]!.replace(/&amp;/g, '&') });
    }
  });
  return words;
}

/** The words on the same line as `word` (within 3 pt), left to right. */
const lineOf = (words: Word[], word: Word) => words.filter((w) => Math.abs(w.y - word.y) < 3).sort((a, b) => a.x - b.x);

/** Text of a PDF as pdftotext gives it, lines joined with nothing between them. */
const joinedLines = (pdf: string) => execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\n/g, '');

/** Headings of a tip sheet, from its Markdown. */
const headingsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^## (.*?)\s*\{[^}]*\}\s*$/gm)].map((m) => m[1]!);

/**
 * Text compared as a reader compares it, for order: without white space (extractors break
 * and space lines their own way), bidi marks and zero-width non-joiners, and without
 * combining marks (a mark drawn raised, as Farsi's hamza above, is read as a line of its
 * own); a mirrored bracket or quote counts as its pair (a glyph maps to one character, and
 * in a right-to-left line the glyph of `«` is that of `»`).
 */
const readable = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\p{M}/gu, '')
    .replace(/[»)\]]/g, (c) => ({ '»': '«', ')': '(', ']': '[' })[c]!)
    .replace(/\s+/g, '');

/** Paragraphs of a tip sheet's body (introduction and tips), from its Markdown. */
const paragraphsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/^---$/m)[2]!
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'));

describe('a tip sheet with phone numbers, addresses, dates and times in four scripts', () => {
  let root: string;
  const pdf = (lang: string) => resolve(root, 'output', BRAND, lang, `${SLUG}.pdf`);
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (const l of LANGS) files[`content/tips/${SLUG}.${l}.md`] = readFileSync(resolve(repoRoot, 'content/tips', `${SLUG}.${l}.md`), 'utf8');
    root = makeProject(files, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.stderr).not.toMatch(/\berror\b/);
    expect(r.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints phone numbers, dates and times in the order they were typed, in every column', () => {
    for (const lang of LANGS) {
      const words = positionedWords(pdf(lang));
      for (const typed of ['09-123-45-67', '13/11/2026', '08:30', '16:00', '12,50']) {
        const inOrder = words.filter((w) => w.text.includes(typed));
        // The Dutch column and the translation each print it once.
        expect(inOrder.length, `${lang}: ${typed}`).toBeGreaterThanOrEqual(lang === 'nl' ? 1 : 2);
        const reversed = typed.split(/([-/:,])/).reverse().join('');
        expect(words.some((w) => w.text.includes(reversed)), `${lang}: ${typed} printed as ${reversed}`).toBe(false);
      }
      // +32 9 123 45 67: its groups left to right on one line, in every column.
      const starts = words.filter((w) => w.text === '+32');
      expect(starts.length, lang).toBeGreaterThanOrEqual(lang === 'nl' ? 1 : 2);
      for (const start of starts) {
        const line = lineOf(words, start).map((w) => w.text.replace(/[().,،]+$/u, ''));
        const at = line.indexOf('+32');
        expect(line.slice(at, at + 5), `${lang}: ${line.join(' ')}`).toEqual(['+32', '9', '123', '45', '67']);
      }
    }
  });

  it('never hyphenates an e-mail or web address: each reads back whole, in every language', () => {
    for (const lang of LANGS) {
      const text = joinedLines(pdf(lang));
      expect(text, lang).toContain(EMAIL);
      expect(text, lang).toContain(URL);
      expect(text, lang).not.toMatch(/regen-boog|secre-ta|regenboog\.ex-am/);
    }
  });

  it('draws no empty box (.notdef) on any page', async () => {
    for (const lang of LANGS) expect(await findNotdefGlyphs(readFileSync(pdf(lang))), lang).toEqual([]);
  });

  it('clears these tagged sheets with the fast look, without loading them (their structure is in object streams, their pages are not)', () => {
    for (const lang of LANGS) expect(mayDrawNotdef(readFileSync(pdf(lang))), lang).toBe(false);
  });

  it('reads every paragraph of the Arabic and Farsi text back in logical order (pdfjs), numbers and addresses included', async () => {
    for (const lang of ['ar', 'fa'] as const) {
      const { text } = await pdfText(pdf(lang));
      for (const p of paragraphsOf(resolve(root, 'content/tips', `${SLUG}.${lang}.md`))) expect(readable(text), `${lang}: ${p}`).toContain(readable(p));
    }
  });

  it('reads every heading back in logical order: pdfjs on the page, pdftotext on the translated column', async () => {
    for (const lang of ['ar', 'fa'] as const) {
      const { text } = await pdfText(pdf(lang));
      // poppler orders a line by the direction most of it has: on a bilingual line that is
      // the Dutch one, so the right-to-left column is read on its own, as a reader selects it.
      const column = readable(execFileSync('pdftotext', ['-x', '300', '-y', '0', '-W', '300', '-H', '842', pdf(lang), '-']).toString());
      for (const h of headingsOf(resolve(root, 'content/tips', `${SLUG}.${lang}.md`))) {
        expect(readable(text), `pdfjs ${lang}: ${h}`).toContain(readable(h));
        expect(column, `pdftotext ${lang}: ${h}`).toContain(readable(h));
      }
    }
  });
});

describe('the empty-box check', () => {
  it('finds a .notdef glyph with its page and the text around it', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitForPdfLib);
    const font = await doc.embedFont(readFileSync(resolve(repoRoot, 'assets/fonts/NotoNaskhArabic-Regular.ttf')), { subset: true });
    doc.addPage().drawText('123', { font, size: 12, x: 20, y: 20 });
    doc.addPage().drawText('09 abc 45', { font, size: 12, x: 20, y: 20 });
    const hits = await findNotdefGlyphs(await doc.save());
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ page: 2, font: expect.stringContaining('NotoNaskhArabic') });
    expect(hits[0]!.context).toContain('09');
    expect(hits[0]!.context).toContain('□');
  });
});

describe('hyphenation', () => {
  it('breaks an address only before its / . - or @ (so no line ends in a mark that reads as a hyphen or a full stop) and after https://, never inside a number or a right-to-left word', () => {
    const nl = hyphenationFor('nl');
    expect(nl(EMAIL)).toEqual(['secretariaat', '@de', '-regenboog', '.example']);
    expect(nl(`${URL}/inschrijvingen`).join('|')).toBe('https://|www|.de|-regenboog|.example|/ouders|/inschrijvingen');
    expect(nl('www.school.be/').join('|')).toBe('www|.school|.be/');
    for (const whole of ['09-123-45-67', '(13/11/2026).', '08:30-16:00', '2B', '€12,50']) expect(nl(whole)).toEqual([whole]);
    expect(nl('woensdagnamiddag').length).toBeGreaterThan(1);
    expect(hyphenationFor('ar')('والاستماع')).toEqual(['والاستماع']);
    // Bidi isolates around a token (layout-text.ts) do not hide it.
    expect(hyphenationFor('ar')(layoutText(EMAIL, true))).toHaveLength(4);
  });

  it('isolates left-to-right tokens in right-to-left paragraphs only, and keeps phone numbers on one line', () => {
    const number = (n: string) => `\u2066\u202d${n}\u202c\u2069`;
    expect(layoutText('اتصلوا على 09-123-45-67 أو +32 9 123 45 67.', true)).toBe(`اتصلوا على ${number('09-123-45-67')} أو ${number('+32\u00a09\u00a0123\u00a045\u00a067')}.`);
    expect(layoutText('أو +32 (0)9 123 45 67 أو ٠٩-١٢٣-٤٥-٦٧', true)).toBe(`أو ${number('+32\u00a0(0)9\u00a0123\u00a045\u00a067')} أو ${number('٠٩-١٢٣-٤٥-٦٧')}`);
    expect(layoutText('راسلوا info@devlieger.example', true)).toBe('راسلوا \u2066info@devlieger.example\u2069');
    expect(layoutText('Bel 09 123 45 67 of 09-123-45-67.', false)).toBe('Bel 09\u00a0123\u00a045\u00a067 of 09-123-45-67.');
    // Two numbers side by side stay two numbers (their order is the reader's direction).
    expect(layoutText('في عام 2026 20 طفلا', true)).toBe('في عام 2026 20 طفلا');
  });
});

describe('numbers beside Latin words and signs in a right-to-left line', () => {
  const line = async (text: string) => visualWords(await drukklaarPdf(text, 'ar', 'arabic', true)).join(' ');
  it('keeps a bank account number and a street number with the words before them, in the order typed', async () => {
    // An isolate cut `0961 2345 6769` loose from `BE71`, and the line put it on the other side.
    expect(await line('ادفعوا على الحساب BE71 0961 2345 6769 قبل الجمعة.')).toMatch(/BE71 0961 2345 6769 /);
    expect(await line('مدرستنا في Kerkstraat 12-14 في غنت.')).toMatch(/Kerkstraat 12-14 /);
    // After Arabic words a number still reads in the order typed.
    expect(await line('اتصلوا على 09-123-45-67 أو زوروا المدرسة.')).toContain(' 09-123-45-67 ');
  });

  it('keeps a currency or percent sign on the side of the amount it was typed on', async () => {
    const words = (await line('ادفعوا €12,50 أو 7,5% من المبلغ.')).split(' ');
    expect(words).toContain('€12,50');
    expect(words).toContain('7,5%');
  });
});

describe('the Unicode Bidirectional Algorithm through our line layout', () => {
  const font = resolve(repoRoot, 'assets/fonts/NotoSans-Regular.ttf');
  const available = existsSync(BIDI_CHARACTER_TEST);
  it.skipIf(!available)('reorders a sample of BidiCharacterTest.txt exactly as the reference (the whole file: npm run bench)', () => {
    const report = runBidiConformance(readBidiCases(BIDI_CHARACTER_TEST, 97), font, 5);
    expect(report.total).toBeGreaterThan(900);
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(report.total);
  });
  it.skipIf(!available)('the harness sees a wrong order', () => {
    const cases = readBidiCases(BIDI_CHARACTER_TEST, 97).filter((c) => c.direction === 'rtl' && c.order.length > 3);
    const tampered = cases.slice(0, 20).map((c) => ({ ...c, order: [...c.order].reverse() }));
    const report = runBidiConformance(tampered, font);
    expect(report.passed).toBeLessThan(report.total);
  });
});

describe('the same visual order as Chromium', () => {
  const scripts: Record<string, { script: Script; rtl: boolean }> = {
    ar: { script: 'arabic', rtl: true },
    fa: { script: 'arabic', rtl: true },
    ps: { script: 'arabic', rtl: true },
    ti: { script: 'ethiopic', rtl: false },
    uk: { script: 'cyrillic', rtl: false },
  };
  const corpus = parseYaml(readFileSync(resolve(repoRoot, 'tests/fixtures/mixed-script/corpus.yml'), 'utf8')) as Record<string, string[]>;
  const hasChromium = existsSync('/usr/bin/chromium');
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (hasChromium) browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  it.skipIf(!hasChromium)('prints every sentence of the corpus in the order Chromium prints it', async () => {
    const differ: string[] = [];
    let count = 0;
    // Every sentence of a language on a page of its own, in one PDF from each engine (one per
    // language: a PDF maps a glyph to one character, and Noto Naskh draws Arabic ٦ and Persian ۶ alike).
    for (const [lang, sentences] of Object.entries(corpus)) {
      const lines: Line[] = sentences.map((text) => ({ text, lang, ...scripts[lang]! }));
      count += lines.length;
      const ours = visualWordsByPage(await drukklaarPages(lines));
      const theirs = visualWordsByPage(await chromiumPages(browser!, lines));
      expect([ours.length, theirs.length]).toEqual([lines.length, lines.length]);
      lines.forEach(({ text, rtl }, i) => {
        // In a left-to-right script only the numbers, addresses and punctuation can move;
        // Chromium's text layer drops some Ethiopic letters, so its letters are not compared.
        const key = (words: string[]) => (rtl ? visualKey(words) : visualKey(words).replaceAll('§', ''));
        if (key(ours[i]!) !== key(theirs[i]!)) differ.push(`${lang}: ${text}\n  drukklaar ${key(ours[i]!)}\n  chromium  ${key(theirs[i]!)}`);
      });
    }
    expect(count).toBeGreaterThanOrEqual(15);
    expect(differ).toEqual([]);
  }, 120_000);
});

describe('the text layer does not depend on what was rendered before', () => {
  it('fontkit gives a glyph the code points it stands for, whatever the process met first', () => {
    const font = fontkit.openSync(resolve(repoRoot, 'assets/fonts/NotoSans-Regular.ttf')) as fontkit.Font;
    const a = font.glyphForCodePoint(0x61).id;
    // A glyph first met by id, without its character (as a ligature component is).
    font.getGlyph(a, []);
    expect(font.layout('a').glyphs[0]!.codePoints).toEqual([0x61]);
  });

  it('renders Arabic and Farsi sheets to the same text in any order in one process', async () => {
    {
      const docs = ['samen-lezen.ar', 'samen-lezen.fa', 'huiswerk.ar', `${SLUG}.ar`, `${SLUG}.fa`];
      const files: Record<string, string> = {};
      for (const d of docs) {
        const slug = d.split('.')[0]!;
        files[`content/tips/${d}.md`] = readFileSync(resolve(repoRoot, 'content/tips', `${d}.md`), 'utf8');
        files[`content/tips/${slug}.nl.md`] = readFileSync(resolve(repoRoot, 'content/tips', `${slug}.nl.md`), 'utf8');
      }
      const texts = async (order: string[]) => {
        const root = makeProject(files, { brands: [BRAND] });
        try {
          const out: Record<string, string> = {};
          for (const d of order) {
            const [slug, lang] = d.split('.') as [string, string];
            // One output: rendered in this thread, after the ones before it.
            const r = await runCli(['build', '--no-catalogue', '--doc', `content/tips/${d}.md`, '--format', 'short'], root);
            expect(r.code, r.stderr).toBe(0);
            out[d] = execFileSync('pdftotext', [resolve(root, 'output', BRAND, lang, `${slug}.pdf`), '-']).toString();
          }
          return out;
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      };
      const forward = await texts(docs);
      const backward = await texts([...docs].reverse());
      for (const d of docs) expect(backward[d], d).toBe(forward[d]);
    }
  }, 180_000);
});

describe('the dependency patches', () => {
  it('are applied to the installed packages (npm install runs patch-package)', () => {
    const patchDir = resolve(repoRoot, 'patches');
    const patches = readdirSync(patchDir).filter((f) => f.endsWith('.patch'));
    expect(patches.length).toBeGreaterThanOrEqual(2);
    for (const p of patches) {
      const text = readFileSync(resolve(patchDir, p), 'utf8');
      for (const file of text.split(/^diff --git /m).slice(1)) {
        const path = /^a\/(\S+)/.exec(file)![1]!;
        const added = file.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++') && l.includes('drukklaar patch'));
        expect(added.length, `${p}: ${path}`).toBeGreaterThan(0);
        const installed = readFileSync(resolve(repoRoot, path), 'utf8');
        for (const line of added) expect(installed, `${p} no longer applies to ${path}`).toContain(line.slice(1).trim());
      }
    }
  });
});
