// Compile dist/ once before the tests that run the CLI as a real process (signals, workers).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../scripts/compile.mjs')], { stdio: 'inherit' });
}
