/**
 * Extreme but valid input still prints: very long words, wide pipe tables, 1000 items.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, MM, pdfPages, pdfText, runCli, squash } from './helpers.js';

describe('extreme input', () => {
  it('prints a checklist with 1000 questions, a 400-letter word and a wide table', async () => {
    const questions = Array.from({ length: 1000 }, (_, i) => `- Vraag nummer ${i + 1} over samenwerken met ouders?`).join('\n');
    const word = 'ouderbetrokkenheids'.repeat(21);
    const table = `| ${Array.from({ length: 40 }, (_, i) => `kolom${i}`).join(' | ')} |\n|${' --- |'.repeat(40)}`;
    const text = `---
kind: checklist
title: Heel lang
lang: nl
attribution: A
variants: [both]
---
${table}

## Gedrag

${word}

### Ouderbril
${questions}
### Schoolbril
- Laatste vraag van de school?
`;
    const root = makeProject({ 'content/x/lang.nl.md': text }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const file = resolve(root, 'output/ouderplatform/nl/lang.pdf');
    const pages = await pdfPages(file);
    expect(pages.length).toBeGreaterThan(20);
    const { text: got } = await pdfText(file);
    const flat = squash(got);
    expect(flat).toContain('Vraag nummer 1000 over samenwerken met ouders?');
    expect(flat).toContain('Laatste vraag van de school?');
    expect(flat.replace(/\s/g, '')).toContain(word.slice(0, 100));
    // The footer (a fixed element) repeats on every page of a long flow, with its page number.
    for (let n = 1; n <= pages.length; n++) expect(flat).toContain(`Pagina ${n} van ${pages.length}`);
  });

  it('breaks a word longer than any line (2,000 letters in a tip, 200 in the title, a 300-character address token) instead of running it off the page', async () => {
    const url = `https://example.org/?token=${'aB3'.repeat(100)}`;
    const text = `---\nkind: tips\ntitle: ${'Lang'.repeat(50)}\nlang: nl\n---\n\nIntro.\n\n## Tip {#t}\n\nBegin ${'a'.repeat(2000)} einde.\n\nZie ${url} nu.\n`;
    const root = makeProject({ 'content/tips/woord.nl.md': text }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const html = execFileSync('pdftotext', ['-bbox', resolve(root, 'output/ouderplatform/nl/woord.pdf'), '-'], { encoding: 'utf8' });
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)![1]);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ xMax: Number(m[2]), text: m[3]! }));
    // Every piece on the paper, and every letter printed (a hyphen at each break).
    expect(words.filter((w) => w.xMax > pageWidth - 10 * MM).map((w) => w.text.slice(0, 20))).toEqual([]);
    const letters = (re: RegExp) => words.map((w) => w.text).join('').replace(/-/g, '').match(re)?.join('') ?? '';
    expect(letters(/(?<=Begin)a+(?=einde)/)).toHaveLength(2000);
    expect(letters(/(?:Lang)+/)).toHaveLength(200);
    expect(words.map((w) => w.text).join('').replace(/-(?=[a-zA-Z])/g, '')).toContain(url);
  });

  it('refuses a tip too long for one page instead of cutting it off', async () => {
    const long = Array.from({ length: 900 }, (_, i) => `woord${i}`).join(' ');
    const text = `---\nkind: tips\ntitle: Lange tip\nlang: nl\nsummary: Een test.\nsources:\n  - { title: Bron, publisher: Uitgever, year: 2025 }\n---\n\n## Kort {#kort}\n\nEen korte tip.\n\n## Lang {#lang}\n\n${long} EINDE.\n`;
    const root = makeProject({ 'content/tips/lang.nl.md': text }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--format', 'short'], root);
    expect(r.code).toBe(1);
    // react-pdf does not say which block: the error points at the longest text, line 16.
    expect(r.stderr).toMatch(/content\/tips\/lang\.nl\.md:16:1: error: a block that is kept on one page is \d+ pt \(\d+ mm\) high, and a page has room for \d+ pt: what does not fit would be cut off; the document's longest text \(\d+ characters\)/);
    expect(r.stderr).not.toContain('[paginate]');
    expect(existsSync(resolve(root, 'output/ouderplatform/nl/lang.pdf'))).toBe(false);
  });

  it('refuses a document of over a million characters before laying it out, in check and build', async () => {
    const paragraph = 'Lees elke dag samen met je kind, ook in je eigen taal. '.repeat(37).trim();
    const intro = Array.from({ length: 500 }, () => paragraph).join('\n\n');
    const text = `---\nkind: tips\ntitle: Te lang\nlang: nl\n---\n\n${intro}\n\n## Tip {#t}\n\nTekst.\n`;
    const root = makeProject({ 'content/tips/te-lang.nl.md': text }, { brands: ['ouderplatform'] });
    for (const command of ['check', 'build']) {
      const r = await runCli([command, '--format', 'short'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/content\/tips\/te-lang\.nl\.md:1:1: error: the document has 10\d{5} characters of text; at most 1000000 print in one document/);
    }
    expect(existsSync(resolve(root, 'output/ouderplatform/nl/te-lang.pdf'))).toBe(false);
  });

  it('refuses a checklist of more than 10,000 questions before laying it out, naming the limit', async () => {
    const questions = Array.from({ length: 10_001 }, (_, i) => `- Vraag ${i + 1}?`).join('\n');
    const text = `---\nkind: checklist\ntitle: Te lang\nlang: nl\nattribution: A\nvariants: [both]\n---\n\n## Gedrag\n\n### Ouderbril\n${questions}\n### Schoolbril\n- Vraag?\n`;
    const root = makeProject({ 'content/x/te-lang.nl.md': text }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/x/te-lang.nl.md:1:1: error: the document has 10004 pieces of text');
    expect(r.stderr).toContain('at most 10000 print in one document');
  });
});
