/**
 * Faults: a build killed midway, interrupted with Ctrl-C, or started twice on one
 * output folder leaves only complete PDFs and a manifest that agrees with them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli } from './helpers.js';

const cli = resolve(repoRoot, 'dist/cli.mjs');

function start(root: string, args: string[] = ['build']): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, CI: 'true', NODE_ENV: 'production' } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) => child.on('exit', (code, signal) => res({ code, signal, stderr })));
  return { child, done };
}

async function waitFor(pred: () => boolean, ms = 60_000): Promise<void> {
  const t = Date.now();
  while (!pred()) {
    if (Date.now() - t > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function pdfsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.pdf'))
    .map((e) => resolve(e.parentPath, e.name));
}

async function expectConsistent(out: string): Promise<void> {
  for (const f of pdfsUnder(out)) await expect(PDFDocument.load(readFileSync(f)), f).resolves.toBeTruthy();
  const manifest = JSON.parse(readFileSync(resolve(out, 'manifest.json'), 'utf8'));
  for (const [path, entry] of Object.entries<{ bytes: number }>(manifest.outputs)) {
    expect(existsSync(resolve(out, path)), path).toBe(true);
    expect(readFileSync(resolve(out, path)).length, path).toBe(entry.bytes);
  }
}

function project(): string {
  return makeProject({}, { sampleFolders: ['checklists'] });
}

describe('a build killed midway', () => {
  it('leaves only complete PDFs and a manifest that agrees; the next build completes', async () => {
    const root = project();
    const out = resolve(root, 'output');
    const { child, done } = start(root, ['build', '--no-catalogue']);
    await waitFor(() => pdfsUnder(out).length >= 2);
    child.kill('SIGKILL');
    await done;
    await expectConsistent(out);
    const again = await runCli(['build', '--no-catalogue'], root);
    expect(again.code, again.stderr).toBe(0);
    await expectConsistent(out);
    expect(pdfsUnder(out).length).toBe(9);
    const leftovers = readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes('.tmp-'));
    expect(leftovers).toEqual([]);
  });
});

describe('Ctrl-C', () => {
  it('stops within 2 seconds while PDFs render and the thumbnail worker draws, leaving complete files only', async () => {
    const root = project();
    const out = resolve(root, 'output');
    const { child, done } = start(root, ['build', '--force']);
    // After the first PDF the thumbnail worker runs beside the renders.
    await waitFor(() => pdfsUnder(out).length >= 1);
    const t = Date.now();
    // SIGTERM, not SIGINT: a test runner's processes ignore SIGINT, and a child inherits
    // that for the moments it hands its signals back to the system (see src/cli.ts).
    child.kill('SIGTERM');
    const r = await done;
    expect(Date.now() - t).toBeLessThan(2000);
    if (r.code !== 130) {
      // Stopped at once by the system, in a render or between writes.
      expect(r.code === 143 || r.signal === 'SIGTERM', `${r.code} ${r.signal}`).toBe(true);
    } else {
      // The stop came while an output and the manifest were written: those were finished first.
      expect(r.stderr).toMatch(/SIGTERM: finishing the file being written/);
      expect(existsSync(resolve(out, '.drukklaar.lock'))).toBe(false);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    await expectConsistent(out);
    const again = await runCli(['build'], root);
    expect(again.code, again.stderr).toBe(0);
    await expectConsistent(out);
    const leftovers = readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes('.tmp-'));
    expect(leftovers).toEqual([]);
  }, 120_000);

  it('ends a long render within 2 seconds of SIGTERM, leaving no partial file, and the next build runs', async () => {
    const questions = Array.from({ length: 3000 }, (_, i) => `- Vraag ${i + 1} over samenwerken met ouders?`).join('\n');
    const root = makeProject(
      {
        'content/x/lang.nl.md': `---\nkind: checklist\ntitle: Lang\nlang: nl\nattribution: A\nvariants: [both]\n---\n\n## Gedrag\n\n### Ouderbril\n${questions}\n### Schoolbril\n- Vraag?\n`,
        'content/x/kort.nl.md': '---\nkind: checklist\ntitle: Kort\nlang: nl\nattribution: A\nvariants: [both]\n---\n\n## Gedrag\n\n### Ouderbril\n- Vraag?\n### Schoolbril\n- Vraag?\n',
      },
      { brands: ['ouderplatform'] },
    );
    const out = resolve(root, 'output');
    const { child, done } = start(root, ['build', '--no-catalogue', '--doc', 'lang']);
    // Start-up and checks take one to two seconds; the render of 3,000 questions several more.
    await new Promise((r) => setTimeout(r, 4000));
    const t = Date.now();
    child.kill('SIGTERM');
    const r = await done;
    expect(Date.now() - t).toBeLessThan(2000);
    expect(r.code === 143 || r.signal === 'SIGTERM', `${r.code} ${r.signal}`).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(pdfsUnder(out)).toEqual([]);
    const leftovers = existsSync(out) ? readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes('.tmp-')) : [];
    expect(leftovers).toEqual([]);
    const next = await runCli(['build', '--no-catalogue', '--doc', 'kort'], root);
    expect(next.code, next.stderr).toBe(0);
    await expectConsistent(out);
  }, 60_000);
});

describe('two builds on one output folder', () => {
  it('serialises them: the second says another build is running', async () => {
    const root = project();
    const holder = spawn('sleep', ['30']);
    mkdirSync(resolve(root, 'output'), { recursive: true });
    writeFileSync(resolve(root, 'output', '.drukklaar.lock'), String(holder.pid));
    const r = await runCli(['build'], root);
    holder.kill();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`another build (process ${holder.pid}) is writing to`);
    expect(r.stderr).toContain('hint: wait for it to finish');
    expect(pdfsUnder(resolve(root, 'output'))).toEqual([]);
  });

  it('takes over a lock left by a build that is gone', async () => {
    const root = project();
    mkdirSync(resolve(root, 'output'), { recursive: true });
    writeFileSync(resolve(root, 'output', '.drukklaar.lock'), '999999');
    const r = await runCli(['build', '--no-catalogue', '--brand', 'ouderplatform', '--variant', 'both'], root);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('a render worker that dies', () => {
  it('fails only its own outputs, with a message, and the build goes on to the end', async () => {
    const root = makeProject({}, { sampleFolders: ['checklists'], brands: ['basisschool-de-vlieger'] });
    for (const f of ['huiswerk.nl.md', 'samen-lezen.nl.md']) writeFileSync(resolve(root, 'content', f), readFileSync(resolve(repoRoot, 'content/tips', f)));
    const child = spawn(process.execPath, [cli, 'build', '--no-catalogue', '--workers', '2'], {
      cwd: root,
      env: { ...process.env, CI: 'true', NODE_ENV: 'production', DRUKKLAAR_FAULT_WORKER_EXIT: 'huiswerk' },
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(code).toBe(1);
    expect(stderr).toMatch(/huiswerk\.pdf.*render worker stopped/);
    const built = pdfsUnder(resolve(root, 'output')).map((f) => f.split('/output/')[1]);
    expect(built).toContain('basisschool-de-vlieger/nl/samen-lezen.pdf');
    expect(built.some((f) => f!.includes('zeven-dimensies'))).toBe(true);
    expect(built.some((f) => f!.includes('huiswerk'))).toBe(false);
    await expectConsistent(resolve(root, 'output'));
  }, 120_000);
});
