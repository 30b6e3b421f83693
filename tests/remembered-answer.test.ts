/**
 * `check`, `list` and `status` answer again at once while nothing they read changed, and
 * never give an answer that a change made wrong.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

describe('remembered answers of check, list and status', () => {
  it('gives the same answer again, and a new one after any change to the content', async () => {
    const root = resolve(tempDir(), 'school');
    expect((await runCli(['init', root], tempDir())).code).toBe(0);
    const first = await runCli(['check'], root);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(resolve(root, '.cache')).filter((f) => f.startsWith('answer-check-'))).toHaveLength(1);
    const again = await runCli(['check'], root);
    expect(again).toEqual(first);

    // A broken document: the next check says so, and the one after that too.
    const sheet = resolve(root, 'content/tips/welkom.nl.md');
    const text = readFileSync(sheet, 'utf8');
    writeFileSync(sheet, text.replace('icon=praten', 'icon=pratten'));
    for (let i = 0; i < 2; i++) {
      const broken = await runCli(['check', '--format', 'short'], root);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('pratten');
    }
    writeFileSync(sheet, text.replace('Welkom op onze school', 'Welkom op de Vlieger'));
    expect((await runCli(['check'], root)).code).toBe(0);
    const list = await runCli(['list', 'documents'], root);
    expect(list.stdout).toContain('Welkom op de Vlieger');
    // Other arguments, another answer.
    const json = await runCli(['list', 'documents', '--json'], root);
    expect(JSON.parse(json.stdout).documents.map((d: { title: string }) => d.title)).toContain('Welkom op de Vlieger');
  });
});
