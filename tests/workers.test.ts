/**
 * Parallel rendering gives the same bytes as rendering in one thread.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/pipeline/build.js';
import { makeProject } from './helpers.js';

describe('worker threads', () => {
  it('render byte-identical PDFs with 0 and 2 workers', async () => {
    const root = makeProject({}, { sampleFolders: ['checklists'], brands: ['basisschool-de-vlieger', 'ouderplatform'] });
    const date = new Date('2026-01-01T00:00:00Z');
    const one = await build({ root, outDir: resolve(root, 'out-1'), workers: 0, date, catalogue: false });
    const two = await build({ root, outDir: resolve(root, 'out-2'), workers: 2, date, catalogue: false });
    expect(one.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(two.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const built = one.outputs.filter((o) => o.status === 'built').map((o) => o.out);
    expect(built.length).toBe(6);
    expect(two.outputs.filter((o) => o.status === 'built').map((o) => o.out)).toEqual(built);
    for (const out of built) {
      const a = readFileSync(resolve(root, 'out-1', out));
      const b = readFileSync(resolve(root, 'out-2', out));
      expect(a.equals(b), out).toBe(true);
    }
  });
});
