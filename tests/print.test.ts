/**
 * Print-shop files (`build --pdfx`): CMYK PDF/X-3 with the FOGRA39 output intent, black and
 * gray text on the black plate only, no RGB left, fonts embedded, the page boxes of card
 * sheets kept; none for drafts or the fillable quickscan; a clear message without Ghostscript.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { createElement as h } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGhostscript } from '../src/print/ghostscript.js';
import { makePrintFile } from '../src/print/print-file.js';
import { registerFonts } from '../src/render/fonts.js';
import { makeProject, pdfFonts, pdfPages, repoRoot, runCli } from './helpers.js';

const gs = findGhostscript();
const PROFILE = resolve(repoRoot, 'assets/icc/FOGRA39-drukklaar.icc');
const BRAND = 'basisschool-de-vlieger';

/** Ink coverage per page (C, M, Y, K as fractions of the page), from Ghostscript's inkcov device. */
function inkCoverage(pdf: Uint8Array): number[][] {
  const dir = mkdtempSync(join(tmpdir(), 'drukklaar-ink-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), pdf);
    const out = execFileSync('gs', ['-q', '-dSAFER', '-o', '-', '-sDEVICE=inkcov', join(dir, 'p.pdf')]).toString();
    return out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).slice(0, 4).map(Number));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every content stream of the pages and of the forms they draw, decoded. */
async function contentStreams(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const texts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const type = obj.dict.get(PDFName.of('Subtype'));
    if (type && (type as PDFName).decodeText() !== 'Form') continue;
    if (obj.dict.get(PDFName.of('Length1')) || obj.dict.get(PDFName.of('N'))) continue; // fonts, ICC profiles
    try {
      const text = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
      if (/\b(BT|re|Do)\b/.test(text)) texts.push(text);
    } catch {
      // not a stream we can decode: not a content stream
    }
  }
  return texts;
}

/** The output intents of a PDF: subtype, condition identifier and whether a profile is embedded. */
async function outputIntents(pdf: Uint8Array): Promise<{ s: string; id: string; profile: boolean }[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const intents = doc.catalog.lookup(PDFName.of('OutputIntents'));
  if (!(intents instanceof PDFArray)) return [];
  return intents.asArray().map((ref) => {
    const d = (ref instanceof PDFRef ? doc.context.lookup(ref) : ref) as PDFDict;
    return {
      s: (d.lookup(PDFName.of('S')) as PDFName).decodeText(),
      id: String(d.lookup(PDFName.of('OutputConditionIdentifier'))?.toString() ?? ''),
      profile: d.lookup(PDFName.of('DestOutputProfile')) instanceof PDFRawStream,
    };
  });
}

describe.skipIf(!gs)('print-shop files', () => {
  it('puts black and gray text on the black plate only, and colours on the others', async () => {
    registerFonts(resolve(repoRoot, 'assets/fonts'));
    const doc = h(
      Document,
      null,
      h(Page, { size: 'A6', style: { padding: 20, fontFamily: 'Noto Sans' } }, h(Text, { style: { color: '#000000', fontSize: 14 } }, 'Zwarte tekst'), h(Text, { style: { color: '#1f2328' } }, 'Inkt'), h(Text, { style: { color: '#57606a' } }, 'Grijze tekst')),
      h(Page, { size: 'A6' }, h(View, { style: { backgroundColor: '#1d4e89', width: 100, height: 100 } })),
    );
    const rgb = await renderToBuffer(doc);
    const date = new Date('2026-01-01T00:00:00Z');
    const printed = await makePrintFile(rgb, 'Inkt', PROFILE, gs!, date);
    // Dated by the build, with a stable identifier: the same input gives the same bytes.
    expect(Buffer.from(await makePrintFile(rgb, 'Inkt', PROFILE, gs!, date)).equals(Buffer.from(printed))).toBe(true);
    const [text, colour] = inkCoverage(printed);
    expect(text!.slice(0, 3)).toEqual([0, 0, 0]);
    expect(text![3]).toBeGreaterThan(0);
    expect(colour![0]).toBeGreaterThan(0);
    // The same page converted without our rewrite is rich black: the test can fail.
    const [plain] = inkCoverage(rgb);
    expect(plain![0]).toBeGreaterThan(0);
  }, 60_000);

  describe('a build with --pdfx', () => {
    let root: string;
    const out = (p: string) => resolve(root, 'output', BRAND, p);
    beforeAll(async () => {
      const files: Record<string, string> = {};
      for (const f of ['tips/contact-met-school.nl.md', 'tips/contact-met-school.ar.md', 'cards/twee-brillen.nl.md', 'quickscans/ouders-kort.nl.md']) {
        files[`content/${f}`] = readFileSync(resolve(repoRoot, 'content', f), 'utf8');
      }
      root = makeProject(files, { brands: [BRAND] });
      const r = await runCli(['build', '--pdfx', '--format', 'short'], root);
      expect(r.stderr).not.toMatch(/\berror\b/);
      expect(r.code).toBe(0);
    }, 180_000);
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('writes one for each printable output, none for a draft or the fillable quickscan', () => {
      for (const f of ['nl/contact-met-school--drukker.pdf', 'nl/twee-brillen--drukker.pdf', 'nl/ouders-kort--drukker.pdf']) expect(existsSync(out(f)), f).toBe(true);
      expect(existsSync(out('ar/contact-met-school.pdf'))).toBe(true);
      expect(existsSync(out('ar/contact-met-school--drukker.pdf'))).toBe(false);
      expect(existsSync(out('nl/ouders-kort--invulbaar.pdf'))).toBe(true);
      expect(existsSync(out('nl/ouders-kort--invulbaar--drukker.pdf'))).toBe(false);
      const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8')) as { outputs: Record<string, { extras?: { path: string }[] }> };
      expect(manifest.outputs[`${BRAND}/nl/twee-brillen.pdf`]!.extras?.map((x) => x.path)).toContain(`${BRAND}/nl/twee-brillen--drukker.pdf`);
      // The catalogue links them, with what to tell the print shop.
      const catalogue = readFileSync(resolve(root, 'output/index.html'), 'utf8');
      expect(catalogue).toContain('twee-brillen--drukker.pdf');
      expect(catalogue).toContain('Voor de drukkerij');
      expect(catalogue).toMatch(/PDF\/X-3 in CMYK voor FOGRA39/);
    });

    it('are PDF/X-3 with the FOGRA39 output intent, in CMYK with no RGB left, fonts embedded', async () => {
      for (const f of ['nl/contact-met-school--drukker.pdf', 'nl/twee-brillen--drukker.pdf', 'nl/ouders-kort--drukker.pdf']) {
        const pdf = new Uint8Array(readFileSync(out(f)));
        expect(Buffer.from(pdf).toString('latin1'), f).toMatch(/GTS_PDFXVersion\s*\(PDF\/X-3:2002\)/);
        expect(await outputIntents(pdf), f).toEqual([{ s: 'GTS_PDFX', id: '(FOGRA39)', profile: true }]);
        const streams = await contentStreams(pdf);
        expect(streams.length, f).toBeGreaterThan(0);
        for (const s of streams) {
          expect(s, f).not.toMatch(/\/DeviceRGB|\b(rg|RG)\b/);
        }
        for (const font of await pdfFonts(out(f))) expect(font.embedded, `${f}: ${font.name}`).toBe(true);
        // Text was drawn with a gray or K-only colour: the body text is black ink.
        expect(streams.join('\n'), f).toMatch(/\b0 g\b|\b0 0 0 1 k\b/);
      }
    });

    it('keep the trim and bleed boxes of the card sheets', async () => {
      const rgb = await pdfPages(out('nl/twee-brillen.pdf'));
      const print = await pdfPages(out('nl/twee-brillen--drukker.pdf'));
      expect(print.length).toBe(rgb.length);
      print.forEach((p, i) => {
        for (const box of ['trim', 'bleed'] as const) {
          expect(p[box], `page ${i + 1} ${box}`).toBeDefined();
          p[box]!.forEach((v, k) => expect(Math.abs(v - rgb[i]![box]![k]!)).toBeLessThan(0.05));
        }
      });
    });
  });

  it('without Ghostscript: one clear message naming the package, every other PDF built, exit 1', async () => {
    const root = makeProject({ 'content/tips/contact-met-school.nl.md': readFileSync(resolve(repoRoot, 'content/tips/contact-met-school.nl.md'), 'utf8') }, { brands: [BRAND] });
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const r = await runCli(['build', '--pdfx', '--format', 'short'], root);
      expect(r.code).toBe(1);
      expect(r.stderr.match(/GhostscriptMissing|need Ghostscript/g)?.length).toBeGreaterThanOrEqual(1);
      expect(r.stderr).toContain('apt-get install ghostscript');
      expect(existsSync(resolve(root, 'output', BRAND, 'nl/contact-met-school.pdf'))).toBe(true);
    } finally {
      process.env.PATH = path;
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
