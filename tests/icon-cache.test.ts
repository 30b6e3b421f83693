/**
 * A pictogram edited while `watch` runs is drawn as it now is: the parsed pictograms are
 * keyed by file and the file's identity, not by name alone.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIcon, setIconsDir } from '../layouts/components/icon.js';
import { tempDir } from './helpers.js';

const svg = (d: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><path d="${d}"/></svg>`;

describe('pictograms', () => {
  it('are read again when their file changes', () => {
    const dir = tempDir();
    const file = resolve(dir, 'ster.svg');
    writeFileSync(file, svg('M0 0L10 10'));
    setIconsDir(dir);
    expect(loadIcon('ster')?.children[0]?.attrs.d).toBe('M0 0L10 10');
    writeFileSync(file, svg('M0 0L20 20Z'));
    expect(loadIcon('ster')?.children[0]?.attrs.d).toBe('M0 0L20 20Z');
  });
});
