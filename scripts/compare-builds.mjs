// Byte-identity of two builds of the sample project: a refactoring must not change one
// byte of any PDF. Builds this repository's project (content/, assets/) with each tool's
// compiled CLI, dated by SOURCE_DATE_EPOCH, into two fresh folders, and compares every
// PDF (print files included) byte for byte.
//
//   node scripts/compare-builds.mjs <before-tool-dir> [<after-tool-dir>]
//
// Each tool folder holds a compiled drukklaar (dist/cli.mjs: run `npm run compile` in it);
// the second defaults to this repository. Exit status 0 when every PDF is identical and
// both builds made the same files, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('..', import.meta.url));
const [before, after = project] = process.argv.slice(2).map((p) => resolve(p));
if (!before) {
  console.error('usage: node scripts/compare-builds.mjs <before-tool-dir> [<after-tool-dir>]');
  process.exit(2);
}

/** Every PDF under a folder, by relative path. */
function pdfs(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
}

/** Build the project with one tool into a new temporary folder; returns the folder. */
function buildWith(tool) {
  const out = mkdtempSync(join(tmpdir(), 'drukklaar-compare-'));
  const run = spawnSync(process.execPath, [resolve(tool, 'dist/cli.mjs'), 'build', '--force', '--out', out], {
    cwd: project,
    env: { ...process.env, CI: 'true', NODE_ENV: 'production', SOURCE_DATE_EPOCH: '1767225600' },
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) {
    console.error(run.stderr);
    throw new Error(`build with ${tool} ended with status ${run.status}`);
  }
  // A build with errors still writes the PDFs it can: compare those, and say so.
  console.log(`build with ${tool}: exit status ${run.status}`);
  return out;
}

const a = buildWith(before);
const b = buildWith(after);
try {
  const left = pdfs(a);
  const right = pdfs(b);
  const all = [...new Set([...left, ...right])].sort();
  const differ = [];
  for (const f of all) {
    if (!left.includes(f) || !right.includes(f)) differ.push(`${f}: only in ${left.includes(f) ? 'before' : 'after'}`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) differ.push(`${f}: bytes differ`);
  }
  console.log(`${all.length} PDFs compared, ${all.length - differ.length} identical`);
  for (const d of differ) console.log(`  ${d}`);
  process.exitCode = differ.length || all.length === 0 ? 1 : 0;
} finally {
  rmSync(a, { recursive: true, force: true });
  rmSync(b, { recursive: true, force: true });
}
