/**
 * Conversation cards: the imposition plan (pure), and built decks read back as a print
 * shop would: page counts, TrimBox/BleedBox in mm, crop marks outside the bleed, backs
 * behind their fronts for every duplex mode, and overflowing text as a named error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutSheet, MIN_MARGIN, planSides, type Rect, type SheetLayout } from '../src/kinds/cards/sheet-layout.js';
import { cardSizes, sheetSizes, type Duplex } from '../src/kinds/cards/schema.js';
import { makeProject, MM, pdfPages, pdfText, runCli, squash } from './helpers.js';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
import { readAloud } from '../src/accessibility/read-aloud.js';

const BRAND = 'basisschool-de-vlieger';
const near = (a: number, b: number, tol = 0.01) => Math.abs(a - b) <= tol;
const mmBox = (box: number[] | undefined) => (box ?? []).map((v) => Math.round((v / MM) * 100) / 100);

/**
 * Expected cards per sheet, worked out by hand: card + 2 × 3 mm bleed per cell, at least
 * 10 mm from the outer bleed to the sheet edge, sheet upright or turned.
 * e.g. poker on A4: 69 × 94 mm cells; turned 297 × 210: floor(277/69) = 4, floor(190/94) = 2 → 8.
 */
const expected: Record<string, Record<string, { per: number; orientation: 'portrait' | 'landscape'; cols: number; rows: number }>> = {
  a6: { a4: { per: 2, orientation: 'landscape', cols: 2, rows: 1 }, a3: { per: 4, orientation: 'portrait', cols: 2, rows: 2 }, sra3: { per: 4, orientation: 'portrait', cols: 2, rows: 2 } },
  a7: { a4: { per: 4, orientation: 'portrait', cols: 2, rows: 2 }, a3: { per: 10, orientation: 'landscape', cols: 5, rows: 2 }, sra3: { per: 10, orientation: 'landscape', cols: 5, rows: 2 } },
  poker: { a4: { per: 8, orientation: 'landscape', cols: 4, rows: 2 }, a3: { per: 16, orientation: 'portrait', cols: 4, rows: 4 }, sra3: { per: 18, orientation: 'landscape', cols: 6, rows: 3 } },
};

/** Where a point of one side of a sheet lands on the other side, by how the paper turns over. */
function turnOver(r: Rect, sheet: { width: number; height: number }, duplex: Duplex): Rect {
  const portrait = sheet.height > sheet.width;
  // The duplex edge is an edge of the paper; flipping around the left/right edges mirrors x.
  const mirrorX = portrait ? duplex === 'long-edge' : duplex === 'short-edge';
  return mirrorX ? { ...r, x: sheet.width - r.x - r.width } : { ...r, y: sheet.height - r.y - r.height };
}

const inside = (r: Rect, x: number, y: number) => x >= r.x - 1e-6 && x <= r.x + r.width + 1e-6 && y >= r.y - 1e-6 && y <= r.y + r.height + 1e-6;
const sameRect = (a: Rect, b: Rect) => near(a.x, b.x, 1e-6) && near(a.y, b.y, 1e-6) && near(a.width, b.width, 1e-6) && near(a.height, b.height, 1e-6);

/** Does a segment touch a rectangle? (Marks are horizontal or vertical.) */
function segmentTouches(m: { x1: number; y1: number; x2: number; y2: number }, r: Rect): boolean {
  const [xa, xb] = [Math.min(m.x1, m.x2), Math.max(m.x1, m.x2)];
  const [ya, yb] = [Math.min(m.y1, m.y2), Math.max(m.y1, m.y2)];
  return xb >= r.x && xa <= r.x + r.width && yb >= r.y && ya <= r.y + r.height;
}

describe('imposition plan', () => {
  for (const card of Object.keys(cardSizes) as (keyof typeof cardSizes)[]) {
    for (const sheet of Object.keys(sheetSizes) as (keyof typeof sheetSizes)[]) {
      it(`${card} on ${sheet}: cards per sheet, sheets and pages for N cards`, () => {
        const e = expected[card]![sheet]!;
        const layout = layoutSheet(cardSizes[card], sheetSizes[sheet], 3, 'long-edge');
        expect({ per: layout.perSheet, orientation: layout.orientation, cols: layout.cols, rows: layout.rows }).toEqual(e);
        for (const n of [1, 7, 24, 37]) {
          const deck = n + 1; // the guide card travels with the deck
          const sheets = Math.ceil(deck / e.per);
          const sides = planSides(layout, deck, 'long-edge');
          expect(sides.length, `${n} cards`).toBe(2 * sheets);
          expect(sides.filter((s) => s.side === 'front').flatMap((s) => s.placements).map((p) => p.card)).toEqual([...Array(deck).keys()]);
        }
      });

      it(`${card} on ${sheet}: bleeds inside the margins, no overlap, crop marks never on a card`, () => {
        const layout = layoutSheet(cardSizes[card], sheetSizes[sheet], 3, 'long-edge');
        const { width, height } = layout.sheet;
        for (const s of layout.slots) {
          expect(s.bleed.x).toBeGreaterThanOrEqual(MIN_MARGIN - 1e-6);
          expect(s.bleed.y).toBeGreaterThanOrEqual(MIN_MARGIN - 1e-6);
          expect(width - s.bleed.x - s.bleed.width).toBeGreaterThanOrEqual(MIN_MARGIN - 1e-6);
          expect(height - s.bleed.y - s.bleed.height).toBeGreaterThanOrEqual(MIN_MARGIN - 1e-6);
          expect([s.trim.x - s.bleed.x, s.trim.y - s.bleed.y, s.trim.width, s.trim.height]).toEqual([3, 3, cardSizes[card].width, cardSizes[card].height].map((v) => expect.closeTo(v, 6)));
          for (const o of layout.slots) {
            if (o === s) continue;
            const overlapX = Math.min(s.bleed.x + s.bleed.width, o.bleed.x + o.bleed.width) - Math.max(s.bleed.x, o.bleed.x);
            const overlapY = Math.min(s.bleed.y + s.bleed.height, o.bleed.y + o.bleed.height) - Math.max(s.bleed.y, o.bleed.y);
            expect(overlapX > 1e-6 && overlapY > 1e-6).toBe(false);
          }
        }
        for (const m of layout.marks) {
          for (const s of layout.slots) expect(segmentTouches(m, s.bleed), `mark ${JSON.stringify(m)}`).toBe(false);
          for (const v of [m.x1, m.x2]) expect(v >= 0 && v <= width).toBe(true);
          for (const v of [m.y1, m.y2]) expect(v >= 0 && v <= height).toBe(true);
        }
        // Every cut line has a mark at both of its ends, on its own extension.
        for (const s of layout.slots) {
          for (const x of [s.trim.x, s.trim.x + s.trim.width]) {
            expect(layout.marks.filter((m) => near(m.x1, x, 1e-6) && near(m.x2, x, 1e-6)).length).toBe(2);
          }
          for (const y of [s.trim.y, s.trim.y + s.trim.height]) {
            expect(layout.marks.filter((m) => near(m.y1, y, 1e-6) && near(m.y2, y, 1e-6)).length).toBe(2);
          }
        }
      });
    }
  }

  it('without bleed, cards share their cuts: poker on A4 fits 3 × 3 upright, one pair of marks per cut', () => {
    // 63 × 88 mm cells: upright floor(190/63) = 3, floor(277/88) = 3 → 9; turned floor(277/63) = 4, floor(190/88) = 2 → 8.
    const layout = layoutSheet(cardSizes.poker, sheetSizes.a4, 0, 'long-edge');
    expect([layout.perSheet, layout.orientation]).toEqual([9, 'portrait']);
    expect(layout.marks.length).toBe(2 * (3 + 1) + 2 * (3 + 1));
    for (const m of layout.marks) for (const s of layout.slots) expect(segmentTouches(m, s.trim)).toBe(false);
  });

  it('a card that does not fit a sheet gives no slots', () => {
    expect(layoutSheet({ width: 200, height: 290 }, sheetSizes.a4, 3, 'long-edge').perSheet).toBe(0);
  });

  for (const duplex of ['long-edge', 'short-edge'] as const) {
    for (const [card, sheet] of [['poker', 'a4'], ['a6', 'a3'], ['a7', 'sra3']] as const) {
      it(`${duplex}, ${card} on ${sheet}: the back of card k is behind its front`, () => {
        const layout = layoutSheet(cardSizes[card], sheetSizes[sheet], 3, duplex);
        const sides = planSides(layout, layout.perSheet + 3, duplex);
        expect(sides.map((s) => `${s.sheet}${s.side[0]}`)).toEqual(['1f', '1b', '2f', '2b']);
        for (let i = 0; i < sides.length; i += 2) {
          const [f, b] = [sides[i]!, sides[i + 1]!];
          for (const p of f.placements) {
            const back = b.placements.find((q) => q.card === p.card)!;
            expect(back.face).toBe('back');
            expect(sameRect(back.slot.trim, turnOver(p.slot.trim, layout.sheet, duplex)), `card ${p.card}`).toBe(true);
          }
        }
      });
    }
  }

  it('single-sided: all fronts first, then the backs in the same places', () => {
    const layout = layoutSheet(cardSizes.poker, sheetSizes.a4, 3, 'single');
    const sides = planSides(layout, 11, 'single');
    expect(sides.map((s) => `${s.sheet}${s.side[0]}`)).toEqual(['1f', '2f', '1b', '2b']);
    for (const b of sides.filter((s) => s.side === 'back')) {
      const f = sides.find((s) => s.side === 'front' && s.sheet === b.sheet)!;
      for (const p of b.placements) expect(sameRect(p.slot.trim, f.placements.find((q) => q.card === p.card)!.slot.trim)).toBe(true);
    }
  });
});

/** A deck of `n` short cards in two categories. */
function deck(opts: { card?: string; sheet?: string; duplex?: Duplex; n: number; long?: { at: number; back: string } }): string {
  const cards = Array.from({ length: opts.n }, (_, i) => {
    const back = opts.long?.at === i + 1 ? opts.long.back : `Tip ${i + 1}: luister eerst.\n- Vraag door.`;
    return `## Kaart ${i + 1} {category=${i % 2 ? 'b' : 'a'}}\n\nVraag nummer ${i + 1}?\n\n---\n\n${back}\n`;
  });
  return `---
kind: cards
title: Testdeck
lang: nl
card: ${opts.card ?? 'poker'}
sheet: ${opts.sheet ?? 'a4'}
duplex: ${opts.duplex ?? 'long-edge'}
categories:
  a: { label: Eerste, icon: praten }
  b: { label: Tweede, icon: hart, color: "#2a9d8f" }
instruction: Kies een kaart en stel de vraag.
sources:
  - { title: Leidraad Samenwerken met ouders, publisher: Leerpunt, year: 2025 }
---

Een gids voor het testdeck.

${cards.join('\n')}`;
}

interface Word {
  text: string;
  page: number;
  /** Centre, mm from the bottom left. */
  x: number;
  y: number;
  /** Box, mm from the bottom left. */
  box: Rect;
}

/** Words with their centres in mm (origin bottom left), per page, as poppler extracts them. */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  let height = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      height = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (!w) continue;
    const [x0, y0, x1, y1] = [1, 2, 3, 4].map((k) => Number(w[k]) / MM) as [number, number, number, number];
    const h = height / MM;
    out.push({ text: w[5]!, page, x: (x0 + x1) / 2, y: h - (y0 + y1) / 2, box: { x: x0, y: h - y1, width: x1 - x0, height: y1 - y0 } });
  }
  return out;
}

describe('sample decks', () => {
  let root: string;
  let result: { code: number; stderr: string };
  beforeAll(async () => {
    root = makeProject({}, { brands: [BRAND], sampleFolders: ['cards'] });
    result = await runCli(['build', '--kind', 'cards'], root);
  });

  it('builds the press sheets, single cards and guide page', () => {
    expect(result.stderr).not.toMatch(/^error/m);
    expect(result.code).toBe(0);
    for (const slug of ['samen-in-gesprek', 'twee-brillen']) {
      for (const suffix of ['', '--kaarten', '--gids']) expect(existsSync(resolve(root, `output/${BRAND}/nl/${slug}${suffix}.pdf`)), `${slug}${suffix}`).toBe(true);
    }
  });

  it('A6 on A4: 24 cards + guide = 13 sheets, 26 pages, landscape, boxes in mm', async () => {
    const pages = await pdfPages(resolve(root, `output/${BRAND}/nl/samen-in-gesprek.pdf`));
    expect(pages.length).toBe(26);
    for (const p of pages) {
      expect([p.width / MM, p.height / MM].map((v) => Math.round(v))).toEqual([297, 210]);
      // Two 111 × 154 mm cells side by side, centred: (297 − 222)/2 = 37.5, (210 − 154)/2 = 28.
      expect(mmBox(p.bleed)).toEqual([37.5, 28, 259.5, 182]);
      expect(mmBox(p.trim)).toEqual([40.5, 31, 256.5, 179]);
    }
    const cards = await pdfPages(resolve(root, `output/${BRAND}/nl/samen-in-gesprek--kaarten.pdf`));
    expect(cards.length).toBe(50);
    for (const p of cards) {
      expect([p.width / MM, p.height / MM].map((v) => Math.round(v * 100) / 100)).toEqual([111, 154]);
      expect(mmBox(p.trim)).toEqual([3, 3, 108, 151]);
      expect(mmBox(p.bleed)).toEqual([0, 0, 111, 154]);
    }
  });

  it('poker on A4: 14 cards + guide = 2 sheets of 8, 4 pages', async () => {
    const pages = await pdfPages(resolve(root, `output/${BRAND}/nl/twee-brillen.pdf`));
    expect(pages.length).toBe(4);
    // Four 69 mm columns (276 mm) and two 94 mm rows (188 mm) centred on 297 × 210.
    for (const p of pages) expect(mmBox(p.bleed)).toEqual([10.5, 11, 286.5, 199]);
    expect((await pdfPages(resolve(root, `output/${BRAND}/nl/twee-brillen--kaarten.pdf`))).length).toBe(30);
  });

  it('prints numbers, categories, the guide and a slug line; the guide page names the sources', async () => {
    const { text } = await pdfText(resolve(root, `output/${BRAND}/nl/samen-in-gesprek.pdf`));
    const t = squash(text);
    expect(t).toContain('7/24');
    expect(t).toContain('KENNISMAKEN');
    expect(t).toContain('Zo gebruik je de kaarten');
    expect(t).toMatch(/vel 1 van 13, voorkant · Basisschool De Vlieger · \d{4}-\d\d-\d\d/);
    const gids = squash((await pdfText(resolve(root, `output/${BRAND}/nl/samen-in-gesprek--gids.pdf`))).text);
    expect(gids).toContain('Leidraad Samenwerken met ouders');
    expect(gids).toContain('omslaan langs de lange zijde');
  });

  it('tags the guide page and the single cards for screen readers (the press sheets are for print): they pass the Matterhorn checks', async () => {
    for (const slug of ['samen-in-gesprek', 'twee-brillen']) {
      const guide = new Uint8Array(readFileSync(resolve(root, `output/${BRAND}/nl/${slug}--gids.pdf`)));
      expect(await checkTaggedPdf(guide), slug).toEqual([]);
      const headings = (await readAloud(guide)).filter((l) => /^H\d$/.test(l.role)).map((l) => `${l.role} ${l.text}`);
      expect(headings.slice(0, 2)).toEqual([expect.stringMatching(/^H1 /), 'H2 Zo gebruik je de kaarten']);
      const single = new Uint8Array(readFileSync(resolve(root, `output/${BRAND}/nl/${slug}--kaarten.pdf`)));
      expect(await checkTaggedPdf(single), `${slug}--kaarten`).toEqual([]);
    }
    // A card reads as its category, its title as a heading and its question, then its back (whose title repeats the front's: not read twice).
    const cards = await readAloud(new Uint8Array(readFileSync(resolve(root, `output/${BRAND}/nl/samen-in-gesprek--kaarten.pdf`))));
    expect(cards.filter((l) => l.depth === 1).slice(0, 2).map((l) => `${l.role} ${l.text}`)).toEqual(['P Gesprekskaarten voor ouders en leerkrachten', 'H1 Samen in gesprek']);
    const first = cards.findIndex((l) => l.text === 'Even voorstellen');
    expect(cards.slice(first - 1, first + 3).map((l) => `${l.role} ${l.text}`)).toEqual([
      'P Kennismaken',
      'H2 Even voorstellen',
      'P Vertel iets over jezelf. Wie ben je, en wat doe je graag?',
      'P Een gesprek begint bij mensen, niet bij een rapport. Vertel als leerkracht ook iets over jezelf. Extra vragen:',
    ]);
    expect(cards.filter((l) => l.role === 'H2' && l.text !== 'Zo gebruik je de kaarten')).toHaveLength(24);
    const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8')) as { outputs: Record<string, { accessible?: string; extras?: { path: string; accessible?: string }[] }> };
    const deck = manifest.outputs[`${BRAND}/nl/samen-in-gesprek.pdf`]!;
    expect(deck.accessible).toBeUndefined();
    expect(deck.extras?.map((x) => [x.path.replace(/.*\//, ''), x.accessible ?? null])).toEqual([
      ['samen-in-gesprek--kaarten.pdf', 'PDF/UA-1'],
      ['samen-in-gesprek--gids.pdf', 'PDF/UA-1'],
    ]);
    // The catalogue says it beside each extra; the press sheets themselves are not tagged.
    const html = readFileSync(resolve(root, 'output/index.html'), 'utf8');
    for (const x of ['kaarten', 'gids']) expect(html).toMatch(new RegExp(`samen-in-gesprek--${x}\\.pdf"[^>]*>[^<]*</a> \\([^)]*, getagd voor schermlezers\\)`));
    expect(html).toContain('<dt>Schermlezer</dt><dd>niet getagd</dd>');
  });

  it('the built sheet shows the crop marks where the plan puts them, with white paper between marks and bleed', () => {
    const file = resolve(root, `output/${BRAND}/nl/twee-brillen.pdf`);
    const layout = layoutSheet(cardSizes.poker, sheetSizes.a4, 3, 'long-edge');
    const dpi = 100;
    const pgm = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-aaVector', 'no', '-f', '1', '-l', '1', file]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const data = pgm.subarray(header[0].length);
    const px = (xMm: number, yMm: number) => data[Math.round(((layout.sheet.height - yMm) * dpi) / 25.4) * w + Math.round((xMm * dpi) / 25.4)]!;
    // darkest pixel within ±1 px of a point (a 0.25 pt line is one pixel wide)
    const dark = (x: number, y: number) => Math.min(...[-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => px(x + (dx * 25.4) / dpi, y + (dy * 25.4) / dpi))));
    expect(w).toBeGreaterThan(h);
    for (const m of layout.marks) {
      const mid = { x: (m.x1 + m.x2) / 2, y: (m.y1 + m.y2) / 2 };
      expect(dark(mid.x, mid.y), `mark at ${mid.x.toFixed(1)},${mid.y.toFixed(1)}`).toBeLessThan(100);
    }
    // The gap between the bleed and the marks is paper white on the cut lines.
    const g = layout.gridBleed;
    for (const s of layout.slots) {
      expect(px(s.trim.x, g.y + g.height + 1)).toBe(255);
      expect(px(s.trim.x, g.y - 1)).toBe(255);
    }
    // Bleed is printed: the colour runs to the bleed edge, past the trim.
    const first = layout.slots[0]!;
    expect(px(first.bleed.x + 0.5, first.bleed.y + first.bleed.height - 0.5)).toBeLessThan(255);
  });

  for (const [slug, card, safe] of [['samen-in-gesprek', cardSizes.a6, 5], ['twee-brillen', cardSizes.poker, 4]] as const) {
    it(`${slug}: every word of every single card lies in the safe area, ${safe} mm inside the trim`, () => {
      const ws = words(resolve(root, `output/${BRAND}/nl/${slug}--kaarten.pdf`));
      expect(ws.length).toBeGreaterThan(100);
      const tol = 0.3; // poppler's word boxes include the font's side bearings
      for (const w of ws) {
        const where = `${w.text} on page ${w.page} at ${JSON.stringify(w.box)}`;
        expect(w.box.x, where).toBeGreaterThanOrEqual(3 + safe - tol);
        expect(w.box.y, where).toBeGreaterThanOrEqual(3 + safe - tol);
        expect(w.box.x + w.box.width, where).toBeLessThanOrEqual(3 + card.width - safe + tol);
        expect(w.box.y + w.box.height, where).toBeLessThanOrEqual(3 + card.height - safe + tol);
      }
    });
  }

  it('every card number on a sheet lies inside a card trim, and no text lies outside the trims but the slug line', async () => {
    const file = resolve(root, `output/${BRAND}/nl/twee-brillen.pdf`);
    const layout = layoutSheet(cardSizes.poker, sheetSizes.a4, 3, 'long-edge');
    for (const w of words(file)) {
      const side = w.page % 2 === 1 ? layout.slots : layout.backSlots;
      const onCard = side.some((s) => inside(s.trim, w.x, w.y));
      if (!onCard) expect(w.y < 11 || w.y > 199, `${w.text} at ${w.x.toFixed(1)},${w.y.toFixed(1)} on page ${w.page}`).toBe(true);
    }
  });
});

describe('backs behind fronts in the built PDF', () => {
  const cases: { duplex: Duplex; card: keyof typeof cardSizes; sheet: keyof typeof sheetSizes }[] = [
    { duplex: 'long-edge', card: 'poker', sheet: 'a4' },
    { duplex: 'short-edge', card: 'poker', sheet: 'a4' },
    { duplex: 'long-edge', card: 'a6', sheet: 'a3' },
    { duplex: 'short-edge', card: 'a6', sheet: 'a3' },
    { duplex: 'single', card: 'poker', sheet: 'a4' },
  ];
  const n = 9;
  const files: Record<string, string> = {};
  for (const c of cases) files[`content/cards/deck-${c.duplex}-${c.card}.nl.md`] = deck({ ...c, n });
  let root: string;
  beforeAll(async () => {
    root = makeProject(files, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.stderr).not.toMatch(/^error/m);
  });

  for (const c of cases) {
    it(`${c.duplex}, ${c.card} on ${c.sheet}`, async () => {
      const file = resolve(root, `output/${BRAND}/nl/deck-${c.duplex}-${c.card}.pdf`);
      const pages = await pdfPages(file);
      const layout: SheetLayout = layoutSheet(cardSizes[c.card], sheetSizes[c.sheet], 3, c.duplex);
      const sheetMm = { width: pages[0]!.width / MM, height: pages[0]!.height / MM };
      expect(near(sheetMm.width, layout.sheet.width, 0.05) && near(sheetMm.height, layout.sheet.height, 0.05)).toBe(true);
      const sheets = Math.ceil((n + 1) / layout.perSheet);
      expect(pages.length).toBe(2 * sheets);
      const ws = words(file);
      for (let k = 1; k <= n; k++) {
        const found = ws.filter((w) => w.text === `${k}/${n}`);
        expect(found.length, `card ${k}`).toBe(2);
        const sheet = Math.floor(k / layout.perSheet); // 0-based; the guide card is deck index 0
        const frontPage = c.duplex === 'single' ? sheet + 1 : 2 * sheet + 1;
        const backPage = c.duplex === 'single' ? sheets + sheet + 1 : 2 * sheet + 2;
        const front = found.find((w) => w.page === frontPage)!;
        const back = found.find((w) => w.page === backPage)!;
        expect(front, `front of ${k} on page ${frontPage}`).toBeDefined();
        expect(back, `back of ${k} on page ${backPage}`).toBeDefined();
        const frontTrim = layout.slots.find((s) => inside(s.trim, front.x, front.y))!.trim;
        const backTrim = [...layout.slots, ...layout.backSlots].find((s) => inside(s.trim, back.x, back.y))!.trim;
        const expectedBack = c.duplex === 'single' ? frontTrim : turnOver(frontTrim, layout.sheet, c.duplex);
        expect(sameRect(backTrim, expectedBack), `card ${k}: back at ${JSON.stringify(backTrim)}, expected ${JSON.stringify(expectedBack)}`).toBe(true);
      }
    });
  }
});

describe('text that does not fit', () => {
  const long = Array.from({ length: 40 }, (_, i) => `Dit is zin ${i + 1} van een veel te lange uitleg op de achterkant.`).join(' ');
  const medium = Array.from({ length: 9 }, (_, i) => `Zin ${i + 1} van een wat langere tip op de achterkant.`).join(' ');

  it('shrinks text within the minimum size instead of failing', async () => {
    const root = makeProject({ 'content/cards/krap.nl.md': deck({ n: 3, long: { at: 2, back: medium } }) }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.stderr).not.toContain('CardOverflow');
    expect(r.code).toBe(0);
  });

  it('names the deck, the card and the overflow, exits 1 and keeps the previous PDF', async () => {
    const root = makeProject({ 'content/cards/te-lang.nl.md': deck({ n: 3 }) }, { brands: [BRAND] });
    const first = await runCli(['build', '--no-catalogue'], root);
    expect(first.code).toBe(0);
    const out = resolve(root, `output/${BRAND}/nl/te-lang.pdf`);
    const before = readFileSync(out);
    writeFileSync(resolve(root, 'content/cards/te-lang.nl.md'), deck({ n: 3, long: { at: 2, back: long } }));
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/deck `te-lang`, card 2\/3 "Kaart 2": the back overflows by \d+(\.\d)? mm even at the minimum size of 8 pt \[CardOverflow\]/);
    expect(r.stderr).toContain('content/cards/te-lang.nl.md');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('hyphenates a category name too long for the band instead of cutting it off at the card edge', async () => {
    const root = makeProject({ 'content/cards/lang-label.nl.md': deck({ n: 1 }).replace('label: Eerste', 'label: Ouderbetrokkenheidsbeleidsplannen') }, { brands: [BRAND] });
    expect((await runCli(['build', '--no-catalogue'], root)).code).toBe(0);
    const card = cardSizes.poker;
    const all = words(resolve(root, `output/${BRAND}/nl/lang-label--kaarten.pdf`));
    expect(all.filter((w) => w.text.includes('…')).map((w) => `${w.text} on page ${w.page}`)).toEqual([]);
    const label = all.filter((w) => /^[A-Z-]{4,}$/.test(w.text) && w.text !== 'TESTDECK');
    // Whole on every face, the back's header too (its second line was cut to "…").
    const pages = [...new Set(label.map((w) => w.page))];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) expect(label.filter((w) => w.page === p).map((w) => w.text).join('').replace(/-/g, ''), `page ${p}`).toBe('OUDERBETROKKENHEIDSBELEIDSPLANNEN');
    for (const w of label) expect(w.box.x + w.box.width, `${w.text} on page ${w.page}`).toBeLessThanOrEqual(3 + card.width - 4 + 0.3);
  });

  it('reports a front that became a heading and an unknown category', async () => {
    const bad = deck({ n: 2 }).replace('Vraag nummer 1?\n\n---', 'Vraag nummer 1?\n---').replace('{category=b}', '{category=c}');
    const root = makeProject({ 'content/cards/fout.nl.md': bad }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('put a blank line before `---`');
    expect(r.stderr).toContain('unknown category `c`');
  });

  it('reports a card too large for its sheet and an icon that does not exist', async () => {
    const big = deck({ n: 2 }).replace('card: poker', 'card: { width: 200, height: 290 }');
    const icon = deck({ n: 2 }).replace('icon: praten', 'icon: bestaat-niet');
    const root = makeProject({ 'content/cards/groot.nl.md': big, 'content/cards/icoon.nl.md': icon }, { brands: [BRAND] });
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/200×290 mm with 3 mm bleed does not fit on an A4 sheet.*\[FieldInvalidValue\]/);
    expect(r.stderr).toMatch(/there is no pictogram `bestaat-niet` \(assets\/icons\/bestaat-niet.svg\) \[PictogramUnknown\]/);
  });
});
