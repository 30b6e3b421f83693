/**
 * The column headings of a quickscan's answer scale never run into each other: a 7-point
 * scale with long labels wraps, shrinks and hyphenates its headings within their columns
 * (measured in the PDF), and a label that cannot fit fails the build with its width.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli, tempDir } from './helpers.js';

const scale = [
  'Helemaal niet akkoord',
  'Grotendeels niet akkoord',
  'Eerder niet akkoord',
  'Neutraal',
  'Eerder akkoord',
  'Grotendeels akkoord',
  'Helemaal akkoord',
];

const quickscan = (labels: string[], notApplicable?: string) => `---
kind: quickscan
title: Zeven punten
lang: nl
audience: schoolteam
instruction: Kruis aan.
scale:
${labels.map((l, i) => `  - { label: "${l}", value: ${i + 1} }`).join('\n')}
${notApplicable ? `notApplicable: "${notApplicable}"\n` : ''}---

## Communicatie {#communicatie}

- Ouders krijgen op tijd de informatie die ze nodig hebben.
- Ouders weten wie ze kunnen aanspreken.
`;

interface Box {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Word boxes of page 1 as pdftotext (poppler) finds them. */
function words(pdf: string): Box[] {
  const out = resolve(tempDir(), 'words.html');
  execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, out]);
  const html = execFileSync('cat', [out], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

const overlap = (a: Box, b: Box) => a.xMin < b.xMax - 0.2 && b.xMin < a.xMax - 0.2 && a.yMin < b.yMax - 0.2 && b.yMin < a.yMax - 0.2;

describe('quickscan column headings', () => {
  it('a 7-point scale with long labels and n.v.t. prints every heading inside its own column, none on top of another', async () => {
    const root = makeProject({ 'content/q/zeven.nl.md': quickscan(scale, 'Niet van toepassing') }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const all = words(resolve(root, 'output/basisschool-de-vlieger/nl/zeven.pdf'));
    // The heading row: between the section title and the first item's number.
    const title = all.find((w) => w.text === 'Communicatie')!;
    const firstItem = all.find((w) => w.text === '1.1')!;
    const headings = all.filter((w) => w.yMin > title.yMax && w.yMax < firstItem.yMin);
    for (const [i, a] of headings.entries()) {
      for (const b of headings.slice(i + 1)) expect(overlap(a, b), `"${a.text}" and "${b.text}" overlap`).toBe(false);
    }
    // Each heading is whole and inside its own column: 13 mm wide, the last one at the right margin.
    const labels = [...scale, 'Niet van toepassing'];
    const colW = (13 * 72) / 25.4;
    const left = 595.28 - (16 * 72) / 25.4 - labels.length * colW;
    labels.forEach((label, c) => {
      const [from, to] = [left + c * colW, left + (c + 1) * colW];
      const inColumn = headings.filter((w) => w.xMin >= from - 0.5 && w.xMax <= to + 0.5).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      expect(inColumn.map((w) => w.text).join(' ').replace(/- /g, ''), `column ${c + 1}`).toBe(label);
    });
    expect(headings.length).toBe(labels.reduce((n, l) => n + l.split(' ').length, 0) + headings.filter((w) => w.text.endsWith('-')).length);
  });

  it('a label that cannot fit even at the minimum size fails with the label and the width it needs', async () => {
    const labels = [...scale.slice(0, 6), 'Zie onzebasisschool.be/bevraging'];
    const root = makeProject({ 'content/q/zeven.nl.md': quickscan(labels) }, { brands: ['basisschool-de-vlieger'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'content/q/zeven.nl.md:14:14: error: the column heading "Zie onzebasisschool.be/bevraging" needs 18.2 mm, but each of the 7 answer columns is 13 mm wide, even at the minimum size of 6 pt',
    );
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/zeven.pdf'))).toBe(false);
  });
});
