/**
 * The Unicode Bidirectional Algorithm's own conformance test (BidiCharacterTest.txt, from
 * Debian's `unicode-data`) run through the line layout that drukklaar prints with:
 * textkit's layout engine with the engines react-pdf's layout uses (bidi-js levels,
 * textkit's reordering, our patched word wrapping), in a container wide enough for one
 * line. A test line passes when the characters come out in the visual order the file gives.
 *
 * Compared as characters, not indices: characters that rule X9 removes (embedding
 * controls, BN) are left out of both sides, and mirrored brackets count as the same
 * character (the file gives the order, not the glyph; textkit mirrors in right-to-left runs).
 * Lines with a paragraph separator are out of scope (textkit splits paragraphs first).
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import layoutEngine, { bidi, fontSubstitution, justification, linebreaker, scriptItemizer, textDecoration, wordHyphenation } from '@react-pdf/textkit';
import bidiFactory from 'bidi-js';

export const BIDI_CHARACTER_TEST = '/usr/share/unicode/BidiCharacterTest.txt';

/** One test line of the file. */
export interface BidiCase {
  line: number;
  codePoints: number[];
  direction: 'ltr' | 'rtl' | 'auto';
  /** Visual order: indices into codePoints, X9-removed characters left out. */
  order: number[];
  /** Indices whose level is `x` (removed by X9). */
  removed: Set<number>;
}

/** Totals of a run over the file, with the first failures for a report. */
export interface BidiReport {
  total: number;
  passed: number;
  skipped: number;
  failures: { line: number; expected: string; actual: string }[];
}

const engine = layoutEngine({ bidi, linebreaker, justification, textDecoration, scriptItemizer, wordHyphenation, fontSubstitution });
const mirror = bidiFactory();

/** Read the test cases of the file; `every` keeps one line in that many (a sample). */
export function readBidiCases(path = BIDI_CHARACTER_TEST, every = 1): BidiCase[] {
  const cases: BidiCase[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text || text.startsWith('#') || i % every !== 0) return;
      const [cps, dir, , levels, order] = text.split(';');
      const levelList = levels!.trim().split(/\s+/);
      cases.push({
        line: i + 1,
        codePoints: cps!.trim().split(/\s+/).map((h) => parseInt(h, 16)),
        direction: dir === '0' ? 'ltr' : dir === '1' ? 'rtl' : 'auto',
        order: order!.trim() ? order!.trim().split(/\s+/).map(Number) : [],
        removed: new Set(levelList.flatMap((l, k) => (l === 'x' ? [k] : []))),
      });
    });
  return cases;
}

/** A character and its mirror count as the same. */
const canonical = (s: string) => [...s].map((c) => (mirror.getMirroredCharacter(c) && mirror.getMirroredCharacter(c)! < c ? mirror.getMirroredCharacter(c)! : c)).join('');

const PARAGRAPH_SEPARATORS = new Set([0x0a, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2029]);

/**
 * The characters of one test line in the visual order the layout gives.
 * @param font any fontkit font: glyphs do not matter for the order
 */
export function layoutVisualOrder(c: BidiCase, font: fontkit.Font): string {
  const string = String.fromCodePoint(...c.codePoints);
  const attributes = { font: [font], fontSize: 12, ...(c.direction === 'auto' ? {} : { direction: c.direction }) };
  const attributed = { string, runs: [{ start: 0, end: string.length, attributes }] };
  const blocks = engine(attributed as never, { x: 0, y: 0, width: 1e7, height: 1e7 } as never, {} as never) as unknown as { string: string }[][];
  return blocks.flat().map((line) => line.string).join('');
}

/** Run test cases through the layout and count the lines that come out in the right order. */
export function runBidiConformance(cases: BidiCase[], fontFile: string, keepFailures = 20): BidiReport {
  const font = fontkit.openSync(fontFile) as fontkit.Font;
  const report: BidiReport = { total: 0, passed: 0, skipped: 0, failures: [] };
  for (const c of cases) {
    if (c.codePoints.some((cp) => PARAGRAPH_SEPARATORS.has(cp))) {
      report.skipped++;
      continue;
    }
    report.total++;
    const removedChars = new Set([...c.removed].map((i) => String.fromCodePoint(c.codePoints[i]!)));
    const expected = canonical(c.order.map((i) => String.fromCodePoint(c.codePoints[i]!)).join(''));
    let actual: string;
    try {
      actual = canonical([...layoutVisualOrder(c, font)].filter((ch) => !removedChars.has(ch)).join(''));
    } catch (e) {
      actual = `(layout failed: ${(e as Error).message})`;
    }
    if (actual === expected) report.passed++;
    else if (report.failures.length < keepFailures) {
      const hex = (s: string) => [...s].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');
      report.failures.push({ line: c.line, expected: hex(expected), actual: hex(actual) });
    }
  }
  return report;
}
