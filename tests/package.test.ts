/**
 * The installable package: `npm pack`, installed into an empty project as a school would
 * (`npm init -y && npm install ./drukklaar-x.y.z.tgz`), runs with `npx drukklaar`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText, repoRoot, tempDir } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('the npm package', () => {
  it('installs into an empty project and runs init, list, check and build there', { timeout: 300_000 }, async () => {
    const packed = tempDir('drukklaar-pack-');
    // dist/ is fresh (the tests' global set-up compiled it); the package's own `prepare`
    // compiles again when a person packs, but here it would pull dist/ away from under
    // test files running beside this one.
    execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed], { cwd: repoRoot, stdio: 'pipe' });
    const tarball = readdirSync(packed).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^drukklaar-\d+\.\d+\.\d+\.tgz$/);
    const listing = execFileSync('tar', ['-tzf', resolve(packed, tarball!)], { encoding: 'utf8' });
    expect(listing).toContain('package/dist/cli.cjs');
    expect(listing).not.toMatch(/package\/(src\/(cli|pipeline)|tests|bench|layouts|patches)\//);

    const project = tempDir('drukklaar-school-');
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', npm_config_update_notifier: 'false' };
    delete env.NODE_ENV;
    execFileSync(npm, ['init', '-y'], { cwd: project, stdio: 'pipe', env });
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', resolve(packed, tarball!)], { cwd: project, stdio: 'pipe', env });
    // Only what runs is installed: no TypeScript, no test tools, no renderer sources.
    for (const dev of ['typescript', 'vitest', 'playwright-core', '@myriaddreamin/typst-ts-node-compiler', 'patch-package']) {
      expect(existsSync(resolve(project, 'node_modules', dev)), dev).toBe(false);
    }

    const run = (...args: string[]) => spawnSync(npx, ['--no-install', 'drukklaar', ...args], { cwd: project, encoding: 'utf8', env });
    const init = run('init');
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain('created content/brands/mijn-school/brand.yml');
    const list = run('list', 'documents');
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/welkom\s+tips/);
    const check = run('check');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/checked 4 documents.*all good/);
    const build = run('build', '--format', 'short');
    expect(build.status, build.stderr).toBe(0);
    expect((await pdfText(resolve(project, 'output/mijn-school/nl/welkom.pdf'))).text).toContain('Welkom op onze school');
    const manifest = JSON.parse(readFileSync(resolve(project, 'output/manifest.json'), 'utf8')) as { outputs: Record<string, { kind: string }> };
    expect(new Set(Object.values(manifest.outputs).map((o) => o.kind))).toEqual(new Set(['tips', 'checklist', 'quickscan', 'cards']));
    const catalogue = readFileSync(resolve(project, 'output/index.html'), 'utf8');
    expect(catalogue).toContain('Welkom op onze school');
    expect(readdirSync(resolve(project, 'output/.thumbs')).length).toBeGreaterThan(0);
  });
});
