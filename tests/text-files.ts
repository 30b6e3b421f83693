/**
 * Test helpers for what commands write into a project's files: a file's text, the lines
 * that changed, and every file under content/ (to see that nothing else changed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/** A project file's text. */
export const read = (root: string, path: string) => readFileSync(resolve(root, path), 'utf8');

/** Lines that differ between two texts of the same length in lines, as `-old` / `+new` (like git diff). */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((l, i) => (l === b[i] ? [] : [`-${l}`, `+${b[i]}`]));
}

/** Every file under content/, by path. */
export function contentSnapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(resolve(root, 'content'), { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out.set(resolve(f.parentPath, f.name), readFileSync(resolve(f.parentPath, f.name), 'latin1'));
  }
  return out;
}
