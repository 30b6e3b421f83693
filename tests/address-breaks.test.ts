/**
 * Where an address breaks at a line end, the line must not end in a mark a reader takes for
 * a hyphen or a full stop (`secretariaat@de-` / `regenboog.example` was typed as
 * `secretariaat@deregenboog.example`): it breaks before its `-`, `.`, `/` or `@`, nothing drawn.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from './helpers.js';

const EMAIL = 'secretariaat@de-regenboog.example';
const URL = 'https://www.de-regenboog.example/ouders/inschrijven?jaar=2026&klas=3b';
const IBAN = 'BE71 0961 2345 6769';

const dutch = `---
kind: tips
title: Praktische info
lang: nl
---

Bel ons op 09-123-45-67.

## Contact {#contact}

Mail naar ${EMAIL} of kijk op ${URL}.

## Betalen {#betalen}

Stort 12,50 € op ${IBAN} vóór 12/03/2026. Dat is 7,5% korting.
`;

const arabic = `---
kind: tips
title: معلومات عملية
lang: ar
status: draft
---

اتصلوا بنا على 09-123-45-67.

## التواصل {#contact}

راسلونا على ${EMAIL} أو زوروا ${URL} للتسجيل.

## الدفع {#betalen}

حوّلوا ‏12,50 € إلى الحساب ${IBAN} قبل 12/03/2026. هذا خصم 7,5% للعائلات.
`;

describe('an address broken at a line end', () => {
  it('starts the next line with its mark, in the Dutch and the Arabic column, and reads back whole', async () => {
    const root = makeProject({ 'content/tips/info.nl.md': dutch, 'content/tips/info.ar.md': arabic }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue', '--doc', 'info.ar', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const pdf = resolve(root, 'output/ouderplatform/ar/info.pdf');
    const column = (x: number) => execFileSync('pdftotext', ['-x', String(x), '-y', '0', '-W', '300', '-H', '842', pdf, '-'], { encoding: 'utf8' });
    const dutchLines = column(0).split('\n').map((l) => l.trim());
    // The Dutch column is narrow enough that both addresses break.
    const at = dutchLines.findIndex((l) => l.includes('secretariaat'));
    const joined = dutchLines.slice(at, at + 4).join('');
    expect(joined).toContain(EMAIL);
    expect(joined).toContain(URL);
    const inAddress = dutchLines.slice(at, at + 3).filter((l) => /[-./@=&?]$/.test(l));
    expect(inAddress, dutchLines.slice(at, at + 4).join('\n')).toEqual([]);
    expect(dutchLines.slice(at + 1, at + 4).some((l) => /^[-./@?&=]/.test(l))).toBe(true);
    // No hyphen drawn where the address breaks, in either column.
    const all = column(0) + column(300);
    expect(all).not.toMatch(/secretariaat-|regenboog-\s|example-\s/);
  });

  it('keeps a bank account number on one line, where the Arabic column broke it after BE71', async () => {
    const root = makeProject({ 'content/tips/info.nl.md': dutch, 'content/tips/info.ar.md': arabic }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue', '--doc', 'info.ar', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const html = execFileSync('pdftotext', ['-bbox', resolve(root, 'output/ouderplatform/ar/info.pdf'), '-'], { encoding: 'utf8' });
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
    const groups = IBAN.split(' ');
    const starts = words.filter((w) => w.text === groups[0]);
    expect(starts).toHaveLength(2);
    for (const start of starts) {
      const line = words.filter((w) => Math.abs(w.y - start.y) < 2 && w.x >= start.x && w.x < start.x + 150).sort((a, b) => a.x - b.x);
      expect(line.map((w) => w.text).slice(0, 4), `line at x ${start.x}`).toEqual(groups);
    }
  });
});
