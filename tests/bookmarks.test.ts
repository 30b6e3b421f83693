/**
 * Bookmarks (the PDF outline) name the sections a reader jumps to.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli } from './helpers.js';

async function outline(file: string): Promise<string[]> {
  const parser = new PDFParse({ data: readFileSync(file) });
  try {
    const info = await parser.getInfo();
    return ((info.outline ?? []) as { title: string }[]).map((o) => o.title);
  } finally {
    await parser.destroy();
  }
}

describe('bookmarks', () => {
  it('list every dimension of a checklist and every tip of a tip sheet', async () => {
    const tips = readFileSync(resolve(repoRoot, 'content/tips/samen-lezen.nl.md'), 'utf8');
    const checklist = readFileSync(resolve(repoRoot, 'content/checklists/zeven-dimensies.nl.md'), 'utf8');
    const root = makeProject({ 'content/tips/samen-lezen.nl.md': tips, 'content/checklists/zeven-dimensies.nl.md': checklist }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue'], root);
    expect(r.code, r.stderr).toBe(0);
    const headings = [...tips.matchAll(/^## (.+?)\s*\{/gm)].map((m) => m[1]);
    expect(await outline(resolve(root, 'output/ouderplatform/nl/samen-lezen.pdf'))).toEqual(headings.map((h, i) => `${i + 1}. ${h}`));
    const dims = await outline(resolve(root, 'output/ouderplatform/nl/zeven-dimensies.pdf'));
    expect(dims.length).toBe(7);
    expect(dims[0]).toBe('1. Gedragsdimensie');
  });
});
