/**
 * Nested lists are printed or refused, never dropped: under a checklist question and on a
 * card they print indented (up to three levels); deeper nesting, a list under a quickscan
 * tip and a nested list in a tip sheet are errors on their line (see the bad-input corpus:
 * tests/fixtures/bad/nested-*).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, pdfText, runCli, squash } from './helpers.js';

const BRAND = 'ouderplatform';

describe('nested lists that print', () => {
  it('under a checklist question, and in its introduction and explanation, indented below the line they belong to', async () => {
    const root = makeProject(
      {
        'content/x/genest.nl.md': `---
kind: checklist
title: Genest
lang: nl
attribution: x
variants: [both]
---
Vooraf:

- Lees de vragen samen.
  - Eerst alleen, dan samen.

## Gedragsdimensie

Uitleg bij de dimensie:

1. Eerste stap
   1. Deelstap a

### Ouderbril
- Lees je thuis samen?
  - Elke dag een kwartier?
    - Ook in het weekend?
  - Met boeken van de bib?
- Wat vertel je over school?
### Schoolbril
- Wat doen wij?
`,
      },
      { brands: [BRAND] },
    );
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const text = squash((await pdfText(resolve(root, `output/${BRAND}/nl/genest.pdf`))).text);
    expect(text).toMatch(/Lees de vragen samen\. – Eerst alleen, dan samen\./);
    expect(text).toMatch(/1\. Eerste stap 1\. Deelstap a/);
    expect(text).toMatch(/Lees je thuis samen\? – Elke dag een kwartier\? · Ook in het weekend\? – Met boeken van de bib\?.*Wat vertel je over school\?/);
  });

  it('on the front and back of a card', async () => {
    const root = makeProject(
      {
        'content/x/kaart.nl.md': `---
kind: cards
title: Geneste kaart
lang: nl
card: a6
sheet: a4
duplex: long-edge
categories:
  praten: { label: Praten, icon: praten }
---
## Hoe gaat het? {category=praten}

- Thuis
  - aan tafel

---

Vraag door:

- Wat lukt al?
  - Wat nog niet?
    - Wie helpt?
`,
      },
      { brands: [BRAND] },
    );
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const text = squash((await pdfText(resolve(root, `output/${BRAND}/nl/kaart--kaarten.pdf`))).text);
    expect(text).toMatch(/• Thuis – aan tafel/);
    expect(text).toMatch(/• Wat lukt al\? – Wat nog niet\? · Wie helpt\?/);
  });
});

describe('nested lists that are refused', () => {
  it('fifty levels: one error on the line of the fourth, and nothing built', async () => {
    const deep = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');
    const root = makeProject(
      { 'content/x/diep.nl.md': `---\nkind: checklist\ntitle: Diep\nlang: nl\nattribution: x\n---\n## Dimensie\n### Ouderbril\n${deep}\n### Schoolbril\n- Wat doen wij?\n` },
      { brands: [BRAND] },
    );
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([
      'content/x/diep.nl.md:12:7: error: this list is nested 4 levels deep; lists print at most 3 levels (a list, a list in it, and one more) (hint: move these lines up a level (fewer spaces before the `-`), or write them as a sentence of the line above)',
    ]);
  });
});
