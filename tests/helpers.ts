/**
 * Test helpers: throw-away projects, the CLI run in-process, and PDFs read back the
 * way a user would see them (text with pdf-parse, boxes and fonts with pdf-lib).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFNumber } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { main } from '../src/cli/main.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A small valid checklist (one dimension, a question through each pair of eyes). */
export const checklistDoc = (title = 'Goed document') => `---
kind: checklist
title: ${title}
lang: nl
attribution: "Model: Samaey & Vettenburg"
---
## Gedragsdimensie
### Ouderbril
- Wat doe je thuis?
### Schoolbril
- Wat doen wij?
`;

/** Temporary folders made by this test file, removed when its tests are done (tests/after-each-file.ts). */
const made: string[] = [];

/** Remove every temporary folder made so far (after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A temporary folder under the system's, removed after the test file's last test.
 * @param prefix start of its name
 */
export function tempDir(prefix = 'drukklaar-'): string {
  const dir = mkdtempSync(resolve(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface ProjectOptions {
  /** Brand ids to copy from the sample content (default: all three). */
  brands?: string[];
  /** Copy the sample documents of these content folders (e.g. ['checklists']). */
  sampleFolders?: string[];
}

/**
 * A temporary project with the real fonts, icons, languages and brands, plus files.
 * @param files project-relative path → text
 */
export function makeProject(files: Record<string, string | Uint8Array> = {}, options: ProjectOptions = {}): string {
  const root = tempDir();
  cpSync(resolve(repoRoot, 'assets'), resolve(root, 'assets'), { recursive: true });
  cpSync(resolve(repoRoot, 'content/languages'), resolve(root, 'content/languages'), { recursive: true });
  for (const b of options.brands ?? ['basisschool-de-vlieger', 'stad-onderwijs', 'ouderplatform']) {
    cpSync(resolve(repoRoot, 'content/brands', b), resolve(root, 'content/brands', b), { recursive: true });
  }
  for (const f of options.sampleFolders ?? []) cpSync(resolve(repoRoot, 'content', f), resolve(root, 'content', f), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(resolve(root, path)), { recursive: true });
    writeFileSync(resolve(root, path), text);
  }
  return root;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process in a project folder. */
export async function runCli(argv: string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { CI: 'true' },
  });
  return { code, stdout, stderr };
}

/** Text of a PDF as pdf-parse extracts it, with hyphenated line breaks joined. */
export async function pdfText(path: string): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const parser = new PDFParse({ data: readFileSync(path) });
  try {
    const t = await parser.getText();
    const info = await parser.getInfo();
    const text = t.text.replace(/-\n/g, '').replace(/\u00ad/g, '');
    return { text, pages: t.total, info: (info.info ?? {}) as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

/** Text of each page, as pdf-parse extracts it. */
export async function pageTexts(path: string): Promise<string[]> {
  const parser = new PDFParse({ data: readFileSync(path) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/** Collapse all white space, for robust text assertions. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export const MM = 72 / 25.4;

export interface PageBoxes {
  width: number;
  height: number;
  trim?: number[];
  bleed?: number[];
}

/** Page sizes and boxes (in points) read with pdf-lib. */
export async function pdfPages(path: string): Promise<PageBoxes[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const box = (dict: PDFDict, name: string) => {
    const a = dict.lookup(PDFName.of(name));
    return a instanceof PDFArray ? a.asArray().map((n) => (n as PDFNumber).asNumber()) : undefined;
  };
  return doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return { width, height, trim: box(p.node, 'TrimBox'), bleed: box(p.node, 'BleedBox') };
  });
}

/** Names of the fonts in a PDF and whether each is embedded (has a FontFile). */
export async function pdfFonts(path: string): Promise<{ name: string; embedded: boolean }[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const out = new Map<string, boolean>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const sub = obj.lookup(PDFName.of('Subtype'));
    if (sub === PDFName.of('Type0')) continue; // its descendant carries the descriptor
    const name = String(obj.lookup(PDFName.of('BaseFont')) ?? '?').replace(/^\//, '');
    const desc = obj.lookup(PDFName.of('FontDescriptor'));
    const embedded =
      desc instanceof PDFDict &&
      ['FontFile', 'FontFile2', 'FontFile3'].some((k) => desc.lookup(PDFName.of(k)) !== undefined);
    out.set(name, embedded);
  }
  return [...out].map(([name, embedded]) => ({ name, embedded }));
}
