/**
 * The visual order of a one-line paragraph as two engines print it: drukklaar (react-pdf
 * with the project's fonts, text preparation and hyphenation) and Chromium (the same
 * prepared text in a `<p>` of the same width and fonts). Words are read back from each PDF
 * with poppler's `pdftotext -bbox` and sorted by their position on the line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Page, renderToBuffer, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { Browser } from 'playwright-core';
import { Para } from '../layouts/components/rich-text.js';
import { registerFonts, scriptFonts, fontFaces } from '../src/render/fonts.js';
import { hyphenationFor } from '../src/render/hyphenation.js';
import { hasRightToLeft, layoutText } from '../src/text/layout-text.js';
import type { Script } from '../src/languages/language.js';
import { repoRoot } from './helpers.js';

const fontsDir = resolve(repoRoot, 'assets/fonts');
const WIDTH = 900;
const SIZE = 12;

/** Words of the first line of each page of a PDF in visual order (left to right), each as pdftotext gives it. */
export function visualWordsByPage(pdf: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'drukklaar-visual-'));
  try {
    const file = join(dir, 'p.pdf');
    writeFileSync(file, pdf);
    const xml = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
    return xml
      .split('<page ')
      .slice(1)
      .map((page) => {
        const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), t: m[3]! }));
        const top = Math.min(...words.map((w) => w.y));
        return words
          .filter((w) => Math.abs(w.y - top) < SIZE)
          .sort((a, b) => a.x - b.x)
          .map((w) => w.t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words of a one-page PDF in visual order (left to right), each as pdftotext gives it. */
export function visualWords(pdf: Uint8Array): string[] {
  return visualWordsByPage(pdf)[0] ?? [];
}

/** A paragraph to print on a line of its own, in a language and script. */
export interface Line {
  text: string;
  lang: string;
  script: Script;
  rtl: boolean;
}

/** Paragraphs laid out by drukklaar, each on one line of a page of its own. */
export async function drukklaarPages(lines: readonly Line[]): Promise<Uint8Array> {
  registerFonts(fontsDir);
  const page = ({ text, lang, script, rtl }: Line, key: number) => {
    const style = { fontFamily: scriptFonts[script] as unknown as string, fontSize: SIZE, ...(rtl ? { direction: 'rtl' as const, textAlign: 'right' as const } : { textAlign: 'left' as const }) };
    return h(Page, { key, size: [WIDTH + 40, 200], style: { padding: 20 } }, h(View, { style: { width: WIDTH } }, h(Para, { runs: [{ text }], hyphenate: hyphenationFor(lang), style })));
  };
  return renderToBuffer(h(Document, null, ...lines.map(page)));
}

/** A paragraph laid out by drukklaar on one line. */
export async function drukklaarPdf(text: string, lang: string, script: Script, rtl: boolean): Promise<Uint8Array> {
  return drukklaarPages([{ text, lang, script, rtl }]);
}

/**
 * The same paragraphs printed by Chromium, with the same fonts and the same prepared text,
 * each on a page of its own: one page load and one print for all of them.
 */
export async function chromiumPages(browser: Browser, lines: readonly Line[]): Promise<Uint8Array> {
  const faces = fontFaces
    .filter((f) => !f.fontWeight && !f.fontStyle)
    .map((f) => `@font-face{font-family:"${f.family}";src:url("file://${resolve(fontsDir, f.file)}")}`)
    .join('');
  const paragraphs = lines.map(({ script, rtl }) => `<p dir="${rtl ? 'rtl' : 'ltr'}" style="font-family:${scriptFonts[script].map((f) => `'${f}'`).join(',')};text-align:${rtl ? 'right' : 'left'}"></p>`).join('');
  const page = await browser.newPage();
  try {
    await page.setContent(`<html><head><style>${faces} body{margin:0} p{margin:0;padding:20pt;width:${WIDTH}pt;font-size:${SIZE}pt;break-after:page}</style></head><body>${paragraphs}</body></html>`);
    await page.evaluate((texts) => {
      document.querySelectorAll('p').forEach((p, i) => (p.textContent = texts[i]!));
    }, lines.map(({ text }) => layoutText(text, hasRightToLeft(text))));
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ width: `${((WIDTH + 40) * 4) / 3}px`, height: `${(200 * 4) / 3}px`, printBackground: false });
  } finally {
    await page.close();
  }
}

/**
 * What the order of a line is judged on: its characters left to right, with spaces and bidi
 * marks left out (engines space and split words differently), mirrored brackets counted as
 * one, and each run of letters of a non-Latin script as one placeholder: how an engine
 * shapes and extracts the letters inside a word (ligatures, marks) is not the order.
 */
export function visualKey(words: string[]): string {
  const mirror: Record<string, string> = { ')': '(', ']': '[', '}': '{', '»': '«', '>': '<' };
  return words
    .join('')
    .normalize('NFKC')
    .replace(/[\s\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[)\]}»>]/g, (c) => mirror[c]!)
    .replace(/(?:(?![\p{Script=Latin}])[\p{L}\p{M}])+/gu, '§');
}
