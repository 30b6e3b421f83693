/**
 * `watch` sees every save, also the safe saves of editors that write a temporary file and
 * rename it over the original (vim, JetBrains, `sed -i`), and prints warnings as well as errors.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { makeProject } from './helpers.js';

const doc = (title: string, extra = '') => `---
kind: checklist
title: ${title}
lang: nl
attribution: "Model: Samaey & Vettenburg"
variants: [both]
---
## Gedragsdimensie
### Ouderbril
- Wat doe je thuis?${extra}
### Schoolbril
- Wat doen wij?
`;

/** Start `watch` in-process; returns its stderr so far, a way to wait for output, and stop. */
function startWatch(root: string) {
  let err = '';
  const stop = new AbortController();
  const done = main(['watch', '--brand', 'ouderplatform'], {
    stdout: { write: () => true },
    stderr: { write: (s: string) => ((err += s), true) },
    cwd: root,
    env: { CI: 'true' },
    signal: stop.signal,
  });
  const waitFor = async (re: RegExp, from = 0) => {
    const t = Date.now();
    while (!re.test(err.slice(from))) {
      if (Date.now() - t > 60_000) throw new Error(`timed out waiting for ${re}:\n${err}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { err: () => err, waitFor, stop: async () => (stop.abort(), done) };
}

describe('watch', () => {
  it('rebuilds after each of three saves that replace the file by renaming, and prints warnings', async () => {
    const root = makeProject({ 'content/x/een.nl.md': doc('Een') }, { brands: ['ouderplatform'] });
    const file = resolve(root, 'content/x/een.nl.md');
    const pdf = resolve(root, 'output/ouderplatform/nl/een.pdf');
    const w = startWatch(root);
    try {
      await w.waitFor(/watching content\//);
      for (const n of [1, 2, 3]) {
        const mark = w.err().length;
        const before = statSync(pdf).mtimeMs;
        // What vim, JetBrains and sed -i do: write a temporary file beside it, then rename it over.
        const tmp = resolve(root, `content/x/een.nl.md___jb_tmp___${n}`);
        writeFileSync(tmp, doc(`Een ${n}`, n === 3 ? ' <b>vet</b>' : ''));
        renameSync(tmp, file);
        await w.waitFor(/\d content\/x\/een\.nl\.md: 1 built/, mark);
        expect(statSync(pdf).mtimeMs).toBeGreaterThan(before);
        expect(readFileSync(file, 'utf8')).toContain(`Een ${n}`);
      }
      expect(w.err().match(/: 1 built/g)?.length).toBe(4); // the first build and three rebuilds
      expect(w.err()).toMatch(/content\/x\/een\.nl\.md:10:\d+: warning: HTML in Markdown is not interpreted/);
    } finally {
      expect(await w.stop()).toBe(0);
    }
  });
});
