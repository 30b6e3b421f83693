/**
 * Which folder a command works on: `--root <dir>`, else the folder it runs in when that is
 * a drukklaar project, else the nearest parent folder with a `drukklaar.yml` (as git finds
 * its repository), else the folder it runs in. drukklaar's own repository is a project
 * (it holds content/), so `npm run build` there still builds the sample catalogue.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The configuration file's name (`CONFIG_FILE` of src/config/project-config.ts, not imported: that module loads zod, and start-up should not). */
const CONFIG_FILE = 'drukklaar.yml';

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** A folder is a project when it holds drukklaar.yml or a content folder. */
export function isProjectFolder(dir: string): boolean {
  return existsSync(resolve(dir, CONFIG_FILE)) || isDir(resolve(dir, 'content'));
}

/**
 * @param cwd the folder the command runs in
 * @param given the value of `--root`, relative to `cwd` (optional)
 * @returns the absolute project folder
 */
export function findProjectRoot(cwd: string, given?: string): string {
  if (given !== undefined) return resolve(cwd, given);
  const here = resolve(cwd);
  if (isProjectFolder(here)) return here;
  // A parent counts only with the explicit marker: a stray `content` folder higher up is no project.
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) return here;
  }
}

/**
 * Take `--root <dir>` / `--root=<dir>` out of the arguments, wherever it stands (before
 * `--` only): it is an option of every command.
 * @returns the other arguments, the value (undefined when absent) and whether it lacked one
 */
export function takeRootOption(args: readonly string[]): { rest: string[]; root?: string; missingValue: boolean } {
  const rest: string[] = [];
  let root: string | undefined;
  let missingValue = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (a === '--root') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) missingValue = true;
      else {
        root = next;
        i++;
      }
    } else if (a.startsWith('--root=')) {
      root = a.slice('--root='.length);
      if (!root) missingValue = true;
    } else rest.push(a);
  }
  return { rest, ...(root !== undefined ? { root } : {}), missingValue };
}
