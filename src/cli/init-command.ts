/**
 * `init [dir]`: a new project to make your own: one short example of each kind, a brand with
 * comments on every field, `drukklaar.yml`, a `.gitignore` and a short README for the team.
 * Refuses a folder that is not empty (git's and npm's files aside; unless `--force`) and never overwrites a file.
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { diag } from '../diagnostics/errors.js';
import { formatShort } from '../diagnostics/format.js';
import { toolRoot } from '../tool-root.js';
import type { CliIO } from './io.js';

export interface InitArgs {
  dir?: string;
  force?: boolean;
}

/**
 * What a folder may hold and still count as empty: git, npm's files after `npm init -y &&
 * npm install ./drukklaar-<version>.tgz`, and that package file (the README puts it there).
 */
const setUpFiles = new Set(['.git', 'package.json', 'package-lock.json', 'node_modules']);
const isSetUpFile = (name: string): boolean => setUpFiles.has(name) || /^drukklaar-.+\.tgz$/.test(name);

/** Every file of a folder, as paths relative to it with forward slashes (as printed on every system). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, resolve(e.parentPath, e.name)).split(sep).join('/'));
}

/** Write the example project into a folder. */
export async function runInit(args: InitArgs, io: CliIO): Promise<number> {
  const target = resolve(io.cwd, args.dir ?? '.');
  const present = existsSync(target) ? readdirSync(target).filter((f) => !isSetUpFile(f)) : [];
  if (present.length && !args.force) {
    io.stderr.write(formatShort(diag('UsageInvalid', { reason: 'initNotEmpty', target, present })) + '\n');
    return 2;
  }
  const template = resolve(toolRoot(), 'templates/init');
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of filesUnder(template)) {
    const name = file === 'gitignore' ? '.gitignore' : file;
    const to = resolve(target, name);
    if (existsSync(to)) {
      kept.push(name);
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    cpSync(resolve(template, file), to);
    written.push(name);
  }
  io.stdout.write(written.map((f) => `created ${f}\n`).join('') + kept.map((f) => `kept    ${f} (exists)\n`).join(''));
  const cd = relative(io.cwd, target);
  io.stdout.write(`\nNext: ${cd ? `cd ${cd} && ` : ''}npx drukklaar build, then open output/index.html.\nMake the brand your own in content/brands/mijn-school/brand.yml.\n`);
  return 0;
}
