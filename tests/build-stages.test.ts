/**
 * The build is the declared list of stages in build.ts; the README lists the same stages in
 * the same order, and `check` runs the build's read-only stages up to the last check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStages, checkStages } from '../src/pipeline/build.js';
import { repoRoot } from './helpers.js';

describe('build stages', () => {
  it('are listed in the README in the order build.ts declares them', () => {
    const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('The build is a declared list of named stages'));
    const listed = [...section.matchAll(/^\d+\. \*([a-z-]+)\*:/gm)].map((m) => m[1]);
    expect(listed).toEqual(buildStages.map((s) => s.name));
  });

  it('that check runs end with the last check before rendering, in the build order', () => {
    const names = checkStages.map((s) => s.name);
    expect(names).toEqual(['inputs', 'documents', 'plan', 'preflight']);
    const order = buildStages.map((s) => s.name);
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
  });
});
