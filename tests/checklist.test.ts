/**
 * The 7-dimension checklist end to end: sample content built for the three sample
 * brands and read back as a user would see it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
import { readAloud } from '../src/accessibility/read-aloud.js';
import { makeProject, MM, pdfFonts, pdfPages, pdfText, runCli, squash } from './helpers.js';

const brands = ['basisschool-de-vlieger', 'ouderplatform', 'stad-onderwijs'];
const dimensions = ['Gedragsdimensie', 'Tijdsdimensie', 'Kennisdimensie', 'Emotionele dimensie', 'Rationele dimensie', 'Overtuigingsdimensie', 'Competentiedimensie'];
let root: string;
let result: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  root = makeProject({}, { sampleFolders: ['checklists'] });
  result = await runCli(['build', '--no-catalogue'], root);
});

describe('checklist build', () => {
  it('exits 0 and builds one PDF per brand and variant', () => {
    expect(result.stderr).not.toMatch(/^(error|warning):/m);
    expect(result.code).toBe(0);
    for (const b of brands) {
      for (const suffix of ['', '--ouderbril', '--schoolbril']) {
        expect(existsSync(resolve(root, `output/${b}/nl/zeven-dimensies${suffix}.pdf`)), `${b}${suffix}`).toBe(true);
      }
    }
  });

  it('is tagged: passes the Matterhorn checks, dimensions as H2, perspectives as H3, questions as lists', async () => {
    for (const b of brands) {
      for (const suffix of ['', '--ouderbril', '--schoolbril']) {
        const pdf = new Uint8Array(readFileSync(resolve(root, `output/${b}/nl/zeven-dimensies${suffix}.pdf`)));
        expect(await checkTaggedPdf(pdf), `${b}${suffix}`).toEqual([]);
      }
    }
    const lines = await readAloud(new Uint8Array(readFileSync(resolve(root, 'output/basisschool-de-vlieger/nl/zeven-dimensies.pdf'))));
    expect(lines.filter((l) => l.role === 'H2').map((l) => l.text)).toEqual(dimensions.map((d, i) => `${i + 1} ${d}`));
    expect(lines.filter((l) => l.role === 'H3').map((l) => l.text)).toEqual(dimensions.flatMap(() => ['Ouderbril', 'Schoolbril']));
    const questions = lines.filter((l, i) => l.role === 'P' && lines[i - 1]?.role === 'LBody');
    expect(questions.length).toBe(lines.filter((l) => l.role === 'LI').length);
    expect(questions.length).toBeGreaterThan(40);
    for (const q of questions) expect(q.text).toMatch(/\?$/);
  });

  it('prints all seven dimensions, both perspectives and the attribution', async () => {
    const { text } = await pdfText(resolve(root, 'output/basisschool-de-vlieger/nl/zeven-dimensies.pdf'));
    const t = squash(text);
    for (const d of dimensions) expect(t).toContain(d);
    expect(t).toContain('Ouderbril');
    expect(t).toContain('Schoolbril');
    expect(t).toContain('Samaey');
    expect(t).toContain('Vettenburg');
    // A question from the source, read back whole (hyphenation joined).
    const source = readFileSync(resolve(root, 'content/checklists/zeven-dimensies.nl.md'), 'utf8');
    const firstQuestion = /### Ouderbril\n- (.+)/.exec(source)?.[1] ?? '';
    expect(firstQuestion.length).toBeGreaterThan(10);
    expect(t.replace(/- /g, '')).toContain(firstQuestion.replace(/- /g, ''));
  });

  it('sets A4 pages, metadata and the localised page numbers', async () => {
    const file = resolve(root, 'output/stad-onderwijs/nl/zeven-dimensies.pdf');
    const pages = await pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.width / MM).toBeCloseTo(210, 0);
      expect(p.height / MM).toBeCloseTo(297, 0);
    }
    const { text, info } = await pdfText(file);
    expect(info.Title).toBe('Zeven dimensies van ouderbetrokkenheid');
    expect(info.Author).toBe('Onderwijscentrum Stad Brugmere');
    expect(info.Language).toBe('nl');
    expect(String(info.Keywords)).toContain('ouderbetrokkenheid');
    expect(text).toContain(`Pagina 1 van ${pages.length}`);
    expect(text).toContain(`Pagina ${pages.length} van ${pages.length}`);
  });

  it('embeds every font', async () => {
    const fonts = await pdfFonts(resolve(root, 'output/ouderplatform/nl/zeven-dimensies.pdf'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
  });

  it('prints each brand in its own footer', async () => {
    const names: Record<string, string> = {};
    for (const b of brands) {
      const yml = readFileSync(resolve(root, `content/brands/${b}/brand.yml`), 'utf8');
      names[b] = /name: "?([^"\n]+)"?/.exec(yml)![1]!;
    }
    for (const b of brands) {
      const { text } = await pdfText(resolve(root, `output/${b}/nl/zeven-dimensies.pdf`));
      expect(text).toContain(names[b]);
      for (const other of brands.filter((o) => o !== b)) expect(text).not.toContain(names[other]);
    }
  });

  it('hands out one perspective on its own', async () => {
    const { text } = await pdfText(resolve(root, 'output/basisschool-de-vlieger/nl/zeven-dimensies--ouderbril.pdf'));
    expect(text).toContain('Ouderbril');
    expect(text).not.toContain('door de ogen van het schoolteam');
    const school = await pdfText(resolve(root, 'output/basisschool-de-vlieger/nl/zeven-dimensies--schoolbril.pdf'));
    expect(school.text).toContain('door de ogen van het schoolteam');
    expect(school.text).not.toContain('door de ogen van ouders');
  });

  it('writes a manifest with inputs, hashes, pages and bytes', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'output/manifest.json'), 'utf8'));
    const entry = manifest.outputs['basisschool-de-vlieger/nl/zeven-dimensies.pdf'];
    expect(entry.inputs['content/checklists/zeven-dimensies.nl.md']).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.inputs['content/brands/basisschool-de-vlieger/brand.yml']).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.pages).toBeGreaterThan(1);
    expect(entry.bytes).toBe(readFileSync(resolve(root, 'output/basisschool-de-vlieger/nl/zeven-dimensies.pdf')).length);
  });

  it('selects by brand, language and variant on the command line', async () => {
    const out = resolve(root, 'selected');
    const r = await runCli(['build', '--no-catalogue', '--brand', 'ouderplatform', '--variant', 'schoolbril', '--out', out], root);
    expect(r.code).toBe(0);
    expect(existsSync(resolve(out, 'ouderplatform/nl/zeven-dimensies--schoolbril.pdf'))).toBe(true);
    expect(existsSync(resolve(out, 'ouderplatform/nl/zeven-dimensies.pdf'))).toBe(false);
    expect(existsSync(resolve(out, 'stad-onderwijs'))).toBe(false);
  });

  it('skips unchanged outputs on a second build', async () => {
    const r = await runCli(['build', '--no-catalogue', '--json'], root);
    const report = JSON.parse(r.stdout);
    expect(report.outputs.length).toBe(9);
    expect(report.outputs.every((o: { status: string }) => o.status === 'skipped')).toBe(true);
  });
});
