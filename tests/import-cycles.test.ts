/**
 * No import cycle in drukklaar's own code (src/ and layouts/): a cycle makes a module's
 * exports undefined depending on which module is imported first. Only imports that run
 * count: `import type` is erased, and `import()` loads lazily.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** Every TypeScript file under a folder of the repository. */
function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => resolve(e.parentPath, e.name));
}

/** The files a module imports when it runs (relative value imports, re-exports included). */
export function runtimeImports(file: string, source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(?!type\s)([^;]*?)\s+from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;
  for (const m of source.matchAll(statement)) {
    const clause = m[2] ?? '';
    // `import { type A, type B } from` is erased too.
    if (/^\{[^}]*\}$/s.test(clause) && clause.slice(1, -1).split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    const spec = (m[3] ?? m[4])!;
    found.push(resolve(dirname(file), spec.replace(/\.js$/, '')));
  }
  return found;
}

/** The cycles of an import graph, each as the list of modules around it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('imports', () => {
  it('form no cycle in src/ and layouts/', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('layouts')];
    const known = new Map(files.map((f) => [f.replace(/\.tsx?$/, ''), f]));
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const deps = runtimeImports(file, readFileSync(file, 'utf8')).flatMap((d) => known.get(d) ?? known.get(`${d}/index`) ?? []);
      graph.set(file, deps);
    }
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(repoRoot, f)).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(runtimeImports('/x/a.ts', "import type { T } from './t.js';\nimport { type U } from './u.js';\nimport { v } from './v.js';\nexport { w } from './w.js';")).toEqual(['/x/v', '/x/w']);
  });
});
