/**
 * Find the documents under content/ and read them, with symbolic links judged the way
 * asset paths are (resolve-asset.ts): a link that stays inside the project is followed;
 * one that leaves it is listed, so that reading it is refused with a message, never
 * skipped in silence.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';

/** Folders of content/ that hold no documents. */
const NOT_DOCUMENTS = new Set(['brands', 'languages']);

/**
 * A Markdown file by its name: `.md`, and the other endings editors save Markdown with
 * (`.markdown`, `.MD`, …), so that a document saved so is refused by its name (`<slug>.<lang>.md`)
 * instead of being left out of every build in silence. A README is not a document.
 */
const isMarkdownFile = (name: string) => /\.(md|markdown|mdown|mkdn?|mkd)$/i.test(name) && !/^readme\.[a-z]+$/i.test(name);

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * Project-relative paths (forward slashes, sorted) of the Markdown files under content/
 * (`isMarkdownFile`), without brands/, languages/, a README, node_modules and dot folders. A symbolic link
 * that leaves the project is listed as it is (file or folder), for `readContentFile` to refuse.
 * @param root absolute project root
 */
export function findContentFiles(root: string): string[] {
  const projectReal = realRoot(root);
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, relDir: string, top: boolean) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a link back up the tree
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || (top && NOT_DOCUMENTS.has(e.name))) continue;
      const abs = resolve(dir, e.name);
      const rel = `${relDir}/${e.name}`;
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          if (isMarkdownFile(e.name)) out.push(rel); // a broken link: reading it says so
          continue;
        }
        if (!inside(projectReal, target)) {
          out.push(rel);
          continue;
        }
        if (statSync(abs).isDirectory()) walk(abs, rel, false);
        else if (isMarkdownFile(e.name)) out.push(rel);
      } else if (e.isDirectory()) walk(abs, rel, false);
      else if (e.isFile() && isMarkdownFile(e.name)) out.push(rel);
    }
  };
  walk(resolve(root, 'content'), 'content', true);
  return out.sort();
}

/**
 * Read a document found by `findContentFiles`.
 * @param root absolute project root
 * @param file project-relative path
 * @returns the bytes, or a diagnostic for a link that leaves the project or a file that cannot be read
 */
export function readContentFile(root: string, file: string): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  const abs = resolve(root, file);
  try {
    if (lstatSync(abs).isSymbolicLink()) {
      const target = realpathSync(abs);
      if (!inside(realRoot(root), target)) return { diagnostic: diag('DocumentOutsideProject', { path: file, target }, { file }) };
    }
    return { bytes: readFileSync(abs) };
  } catch (e) {
    return { diagnostic: diag('SourceUnreadable', { cause: (e as NodeJS.ErrnoException).code ?? String(e) }, { file }) };
  }
}
