/**
 * The `score` command: means computed by hand from a small answers file, the report PDF
 * read back, and bad answers files refused with row and column, exit 1 and no report.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/kinds/quickscan/answers.js';
import type { QuickscanModel } from '../src/kinds/quickscan/model.js';
import { scoreAnswers } from '../src/kinds/quickscan/score.js';
import { runDocumentSteps } from '../src/pipeline/document-steps.js';
import { makeProject, pdfText, runCli, squash } from './helpers.js';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
import { readAloud } from '../src/accessibility/read-aloud.js';

const scan = `---
kind: quickscan
title: Proefscan
lang: nl
audience: schoolteam
instruction: Kies bij elke uitspraak wat klopt.
scale:
  - { label: "Nooit", value: 1 }
  - { label: "Soms", value: 2 }
  - { label: "Vaak", value: 3 }
  - { label: "Altijd", value: 4 }
notApplicable: "n.v.t."
---

## Een {#een}

- Eerste uitspraak.
- Tweede uitspraak.

## Twee {#twee}

- Derde uitspraak. {#t-een}
`;

// Semicolons, as a Dutch-language spreadsheet writes them; labels and values mixed.
const answers = `respondent;een-1;een-2;t-een
A;4;Soms;n.v.t.
B;2;Nooit;3
C;Altijd;;1
D;1;4;Vaak
`;
// By hand:
//   een-1: 4, 2, 4, 1            mean 11/4 = 2.75   sd sqrt(6.75/4) = 1.299
//   een-2: 2, 1, 4 (C empty)     mean 7/3 = 2.333   sd sqrt(4.667/3) = 1.247
//   t-een: 3, 1, 3 (A n.v.t.)    mean 7/3 = 2.333   sd sqrt(2.667/3) = 0.943
//   section een: 18/7 = 2.571; section twee: 7/3 = 2.333; all: 25/10 = 2.5
//   disagreement threshold (4 - 1) / 4 = 0.75: all three items, een-1 first

function model(): QuickscanModel {
  const r = runDocumentSteps({ path: 'content/quickscans/proef.nl.md', bytes: new TextEncoder().encode(scan) });
  expect(r.diagnostics).toEqual([]);
  return r.doc!.model as QuickscanModel;
}

describe('scoring (pure)', () => {
  it('gives the means and spreads computed by hand', () => {
    const parsed = parseAnswers(new TextEncoder().encode(answers), 'a.csv', model());
    expect(parsed.diagnostics).toEqual([]);
    const r = scoreAnswers(model(), parsed.sheet!);
    expect(r.respondents).toBe(4);
    const [een, twee] = r.sections;
    expect(een!.items[0]!.mean).toBeCloseTo(2.75, 6);
    expect(een!.items[0]!.sd).toBeCloseTo(1.299038, 5);
    expect(een!.items[1]!.mean).toBeCloseTo(2.333333, 5);
    expect(een!.items[1]!.sd).toBeCloseTo(1.247219, 5);
    expect(een!.items[1]!.distribution.missing).toBe(1);
    expect(twee!.items[0]!.mean).toBeCloseTo(2.333333, 5);
    expect(twee!.items[0]!.sd).toBeCloseTo(0.942809, 5);
    expect(twee!.items[0]!.distribution.na).toBe(1);
    expect(een!.mean).toBeCloseTo(2.571429, 5);
    expect(een!.n).toBe(7);
    expect(een!.distribution.counts.map((c) => c.count)).toEqual([2, 2, 0, 3]);
    expect(twee!.mean).toBeCloseTo(2.333333, 5);
    expect(r.mean).toBeCloseTo(2.5, 6);
    expect(r.conversationStarters.map((i) => i.item.id)).toEqual(['een-1', 'een-2', 't-een']);
  });

  it('reads values in Arabic-Indic and Persian digits, and labels typed without their accents or Arabic vowel marks', () => {
    const arabic = model();
    arabic.meta.scale = arabic.meta.scale.map((p, i) => (i === 1 ? { ...p, label: 'قليلًا' } : i === 2 ? { ...p, label: 'Één keer' } : p));
    const typed = 'respondent;een-1;een-2;t-een\nA;٤;قليلا;۳\nB;ـقليلًا;een keer;N.V.T.\n';
    const parsed = parseAnswers(new TextEncoder().encode(typed), 'a.csv', arabic);
    expect(parsed.diagnostics).toEqual([]);
    const value = (row: number, id: string) => parsed.sheet!.respondents[row]!.answers.get(id);
    expect([value(0, 'een-1'), value(0, 'een-2'), value(0, 't-een')]).toEqual([4, 2, 3].map((v) => ({ kind: 'value', value: v })));
    expect([value(1, 'een-1'), value(1, 'een-2'), value(1, 't-een')]).toEqual([{ kind: 'value', value: 2 }, { kind: 'value', value: 3 }, { kind: 'na' }]);
  });
});

describe('drukklaar score', () => {
  const project = () => makeProject({ 'content/quickscans/proef.nl.md': scan, 'antwoorden.csv': answers }, { brands: ['basisschool-de-vlieger'] });

  it('writes a report with the means, the distribution and the conversation starters', async () => {
    const root = project();
    const out = resolve(root, 'rapport.pdf');
    const r = await runCli(['score', 'content/quickscans/proef.nl.md', 'antwoorden.csv', '--out', out, '--date', '2026-11-22'], root);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    const t = squash((await pdfText(out)).text);
    expect(t).toContain('Resultaten van 4 invullers');
    expect(t).toMatch(/1\. Een\s*2,6/); // section mean 18/7
    expect(t).toMatch(/2\. Twee\s*2,3/); // 7/3
    expect(t).toContain('alle antwoorden: 2,5');
    expect(t).toContain('Om over te praten');
    expect(t).toContain('spreiding 1,30'); // een-1
    expect(t).toContain('Nooit: 2 · Soms: 2 · Vaak: 0 · Altijd: 3');
    // Tagged: passes the Matterhorn checks; the charts read as tables and figures with their values.
    const pdf = new Uint8Array(readFileSync(out));
    expect(await checkTaggedPdf(pdf)).toEqual([]);
    const lines = await readAloud(pdf);
    const means = lines.filter((l) => l.role === 'TH' || l.role === 'TD').map((l) => l.text);
    expect(means.slice(0, 4)).toEqual(['1. Een', '2,6', '2. Twee', '2,3']);
    expect(lines.filter((l) => l.role === 'Figure').every((l) => /^Nooit: \d+ · Soms: \d+ · Vaak: \d+ · Altijd: \d+/.test(l.alt ?? ''))).toBe(true);
    expect(lines.some((l) => l.role === 'Figure')).toBe(true);
  });

  it('scores the shipped sample answers of the parents scan', async () => {
    const root = makeProject({}, { sampleFolders: ['quickscans'], brands: ['basisschool-de-vlieger'] });
    const out = resolve(root, 'ouders.pdf');
    const r = await runCli(['score', 'content/quickscans/ouders-kort.nl.md', 'content/quickscans/answers/ouders-kort.csv', '--out', out], root);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    // berichten-1: Ja, Een beetje, Ja, Nee, Ja, 3 -> 3, 2, 3, 1, 3, 3 = 15 / 6 = 2.5
    expect(squash((await pdfText(out)).text)).toMatch(/1\.1 Ik begrijp de brieven en berichten van de school\. 2,5/);
  });

  it("reads an online form's export: statements as column headings (also a grid's and another language's), its time stamp and e-mail left out with a warning", async () => {
    const forms = [
      '"Tijdstempel","E-mailadres","1.1 Ik begrijp de brieven en berichten van de school.","Berichten van de school [De school stuurt berichten op een manier die goed is voor mij.]","أعرف إلى من أتوجه عندما يكون لدي سؤال."',
      '"2026/11/20 10:01:02 CET","a@example.org","Ja","Een beetje","نعم"',
      '"2026/11/20 10:04:40 CET","b@example.org","Een beetje","Nee","لا"',
    ].join('\n');
    const root = makeProject({ 'formulier.csv': forms + '\n' }, { sampleFolders: ['quickscans'], brands: ['basisschool-de-vlieger'] });
    const out = resolve(root, 'formulier.pdf');
    const r = await runCli(['score', 'ouders-kort', 'formulier.csv', '--out', out, '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('formulier.csv:1:1: warning: column A (`Tijdstempel`) is not an answer and is left out');
    expect(r.stderr).toMatch(/formulier\.csv:1:\d+: warning: column B \(`E-mailadres`\)/);
    const text = squash((await pdfText(out)).text);
    // 1.1: Ja, Een beetje = 3, 2 -> 2,5; 1.2: Een beetje, Nee = 2, 1 -> 1,5; 1.3 (the Arabic heading): 3, 1 -> 2,0
    expect(text).toMatch(/1\.1 Ik begrijp de brieven en berichten van de school\. 2,5/);
    expect(text).toMatch(/1\.2 De school stuurt berichten op een manier die goed is voor mij\. 1,5/);
    expect(text).toMatch(/1\.3 Ik weet wie ik kan aanspreken met een vraag\. 2,0/);
    // A heading that is neither a statement nor a form's own column is still refused at its place.
    writeFileSync(resolve(root, 'formulier.csv'), forms.replace('"E-mailadres"', '"Hoe oud is uw kind?"') + '\n');
    const bad = await runCli(['score', 'ouders-kort', 'formulier.csv', '--out', out, '--format', 'short'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/formulier\.csv:1:\d+: error: column B: `Hoe oud is uw kind\?` is not an item/);
  });

  it('prints an Arabic report with each part number on the reading side of its title (the right)', async () => {
    const root = makeProject({ 'ar.csv': 'respondent,berichten-1,thuis-1\nA,نعم,لا\nB,لا,نعم\n' }, { sampleFolders: ['quickscans'], brands: ['basisschool-de-vlieger'] });
    const out = resolve(root, 'ar.pdf');
    const r = await runCli(['score', 'content/quickscans/ouders-kort.ar.md', 'ar.csv', '--out', out, '--date', '2026-11-28'], root);
    expect(r.code, r.stderr).toBe(0);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(out)), useSystemFonts: false, isEvalSupported: false }).promise;
    try {
      const items = (await (await doc.getPage(1)).getTextContent()).items
        .filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i)
        .map((i) => ({ str: i.str.trim(), x: i.transform[4]!, y: i.transform[5]! }));
      // The first part's row in the chart of means: its number and its title on one line.
      const number = items.find((i) => i.str === '1.');
      expect(number, items.map((i) => i.str).join(' | ')).toBeDefined();
      const title = items.filter((i) => Math.abs(i.y - number!.y) < 2 && /\p{Script=Arabic}/u.test(i.str));
      expect(title.length).toBeGreaterThan(0);
      for (const t of title) expect(number!.x).toBeGreaterThan(t.x);
      // Means as Arabic readers write them (3 and 1 → 2.0), not with the Dutch decimal comma.
      const strings = items.map((i) => i.str);
      expect(strings, strings.join(' | ')).toContain('2.0');
      expect(strings.some((s) => /\d,\d/.test(s)), strings.join(' | ')).toBe(false);
    } finally {
      await doc.destroy();
    }
    // The label above the title is the Arabic word, read aloud in Arabic (it was tagged Dutch).
    const eyebrow = (await readAloud(new Uint8Array(readFileSync(out)))).find((l) => l.text.includes('استبيان قصير'));
    expect(eyebrow?.lang).toBe('ar');
  });

  it('combines the answers given on two language versions of the parents scan (Dutch and Arabic labels) in one report', async () => {
    const root = makeProject(
      {
        // Answers on the Dutch paper and on the Arabic one (its labels نعم / قليلًا / لا, or values): one report.
        'nl.csv': 'respondent,berichten-1,thuis-2\nA,Ja,Nee\nB,Een beetje,Ja\n',
        'ar.csv': 'respondent,berichten-1,thuis-2\nC,لا,نعم\nD,قليلًا,3\n',
      },
      { sampleFolders: ['quickscans'], brands: ['basisschool-de-vlieger'] },
    );
    const out = resolve(root, 'samen.pdf');
    const r = await runCli(['score', 'content/quickscans/ouders-kort.nl.md', 'nl.csv', 'ar.csv', '--out', out, '--date', '2026-11-28'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('4 respondents');
    const text = squash((await pdfText(out)).text);
    // berichten-1: 3, 2 (nl) + 1, 2 (ar) = 8 / 4 = 2.0; thuis-2: 1, 3 (nl) + 3, 3 (ar) = 10 / 4 = 2.5
    expect(text).toMatch(/1\.1 Ik begrijp de brieven en berichten van de school\. 2,0/);
    expect(text).toMatch(/3\.2 De school vindt het goed dat ik thuis mijn eigen taal spreek\. 2,5/);
    expect(text).toContain('Resultaten van 4 invullers');
    expect(text).toContain('Antwoorden uit nl.csv, ar.csv');
    // Only the Dutch labels would refuse the Arabic file: an unknown label is still refused with its place.
    writeFileSync(resolve(root, 'ar.csv'), 'respondent,berichten-1\nC,ربما\n');
    const bad = await runCli(['score', 'content/quickscans/ouders-kort.nl.md', 'nl.csv', 'ar.csv', '--out', out, '--format', 'short'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^ar\.csv:2:3: error: /m);
  });

  it('finds the scan by slug and writes output/<brand>/<lang>/<slug>--resultaten.pdf by default', async () => {
    const root = project();
    const r = await runCli(['score', 'proef', 'antwoorden.csv'], root);
    expect(r.code).toBe(0);
    expect(existsSync(resolve(root, 'output/basisschool-de-vlieger/nl/proef--resultaten.pdf'))).toBe(true);
  });

  const bad: [string, string | Uint8Array, RegExp][] = [
    ['unknown item id', 'respondent,een-1,een-3\nA,4,2\n', /column C: `een-3` is not an item of the quickscan `proef`/],
    ['value outside the scale', 'respondent,een-1,een-2\nA,4,2\nB,7,2\n', /row 3, column B \(`een-1`\): `7` is not on the scale/],
    ['unknown label', 'respondent;een-1;een-2\nA;Altijd;Meestal\n', /row 2, column C \(`een-2`\): `Meestal` is not on the scale/],
    ['empty file', '', /the answers file is empty/],
    ['header only', 'respondent,een-1\n', /header line but no rows/],
    ['wrong delimiter (tabs)', 'respondent\teen-1\teen-2\nA\t4\t2\n', /row 1: the header line has no commas or semicolons \(its columns seem separated by tabs\)/],
    ['mixed delimiters', 'respondent,een-1,een-2\nA;4;2\n', /row 2: this row is separated by `;` but the header line by `,`/],
    ['too few values', 'respondent,een-1,een-2\nA,4\n', /row 2 has 2 values but the header has 3 columns/],
    ['not UTF-8 (Windows-1252)', new Uint8Array([...new TextEncoder().encode('respondent,een-1\nJos'), 0xe9, ...new TextEncoder().encode(',4\n')]), /byte 0xe9 at row 2, column 4 is not UTF-8/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x72, 0x00, 0x0a, 0x00]), /UTF-16/],
  ];

  it.each(bad)('%s: exit 1, row and column in the message, no report', async (_name, csv, message) => {
    const root = project();
    writeFileSync(resolve(root, 'bad.csv'), csv);
    const out = resolve(root, 'rapport.pdf');
    const r = await runCli(['score', 'proef', 'bad.csv', '--out', out, '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/bad\.csv(:\d+:\d+)?/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('points at the line and column of a bad cell (file:line:column)', async () => {
    const root = project();
    writeFileSync(resolve(root, 'bad.csv'), 'respondent,een-1,een-2\nAnna,4,2\nBert,2,9\n');
    const r = await runCli(['score', 'proef', 'bad.csv', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv:3:8');
  });

  it('refuses a document that is not a quickscan', async () => {
    const root = makeProject({}, { sampleFolders: ['checklists'], brands: ['basisschool-de-vlieger'] });
    writeFileSync(resolve(root, 'a.csv'), answers);
    const r = await runCli(['score', 'zeven-dimensies', 'a.csv'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a quickscan/);
  });
});
