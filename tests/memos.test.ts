/**
 * Hidden state: every memo of a thread is declared in src/memos.ts and forgotten by one call,
 * so that a watch loop's reset or a test starts clean; a render after the reset prints the
 * same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');

/** Module-level declarations that hold changing state (a map, a set, a `let`). */
function moduleState(dir: string): string[] {
  const found: string[] = [];
  for (const f of readdirSync(resolve(repo, dir), { recursive: true }).map(String)) {
    if (!/\.tsx?$/.test(f)) continue;
    const text = readFileSync(resolve(repo, dir, f), 'utf8');
    text.split('\n').forEach((line, i) => {
      // A table filled where it is declared (`new Set([...])`) is a constant, not state.
      if (/^(export )?(let |const \w+(: [^=]+)? = new (Map|Set|WeakMap|WeakSet)\b(?!\(\[))/.test(line)) found.push(`${dir}/${f}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('state kept between calls', () => {
  it('is declared as named memos, apart from react-pdf\'s font registry, renders in progress, and fixed tables', () => {
    const allowed = [
      /src\/render\/fonts\.ts:\d+: let current: string/, // the folder in react-pdf's font registry, wrapped once
      /src\/render\/shaping-cache\.ts:\d+: const recorders = new Set/, // renders in progress
      /layouts\/components\/icon\.tsx:\d+: let iconsDir/, // set from each render's task
      /src\/cli\.ts:\d+: let interrupts/, // the process's signal count
      /src\/tool-root\.ts:\d+: let cached/, // where drukklaar is installed: fixed for a process
      /src\/memos\.ts:\d+: const registry = new Map/,
      /src\/accessibility\/[\w-]+\.ts:\d+: const [A-Z_]+ = new Set/, // constant tables
    ];
    const found = [...moduleState('src'), ...moduleState('layouts')].filter((l) => !allowed.some((a) => a.test(l)));
    expect(found).toEqual([]);
  });

  it('is forgotten by one call', async () => {
    const { clearMemos, memo, memoSizes } = await import('../src/memos.js');
    await import('../src/render/open-font.js');
    await import('../src/render/hyphenation.js');
    const { hyphenationFor } = await import('../src/render/hyphenation.js');
    hyphenationFor('nl');
    const probe = memo<string, number>('test/probe');
    probe.set('a', 1);
    expect(memoSizes()['test/probe']).toBe(1);
    expect(memoSizes()['render/hyphenation']).toBeGreaterThan(0);
    expect(Object.keys(memoSizes())).toEqual(expect.arrayContaining(['render/open-font', 'render/hyphenation', 'test/probe']));
    clearMemos();
    expect(Object.values(memoSizes()).filter((n) => n !== undefined && n > 0)).toEqual([]);
  });
});
