/**
 * Runs before every test file (vitest's setupFiles run again for each file, also when test
 * files share a process): after the file's last test, its temporary folders are removed and
 * every memo is forgotten, so the next file in the same process starts as a fresh one would.
 */
import { afterAll } from 'vitest';
import { clearMemos } from '../src/memos.js';
import { removeTempDirs } from './helpers.js';

afterAll(() => {
  removeTempDirs();
  clearMemos();
});
