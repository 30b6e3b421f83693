/**
 * The house style a reader relies on, checked on the code itself: no source file over 300
 * lines (the error registry excepted), and a doc comment on every function src/ exports
 * (read with the TypeScript compiler's parser, so a comment counts only where the
 * editor's hover shows it: right above the declaration).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** Every code file under a folder of the repository, as paths relative to it. */
function codeFiles(dir: string, pattern = /\.(tsx?|mjs|cjs|js)$/): string[] {
  return readdirSync(resolve(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => relative(repoRoot, resolve(e.parentPath, e.name)));
}

/** Whether a node carries a `/** … *\/` comment right above it. */
function hasDocComment(node: ts.Node, source: ts.SourceFile): boolean {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  return ranges.some((r) => source.text.startsWith('/**', r.pos));
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/**
 * The functions a module exports without a doc comment, as `file:line name`: function
 * declarations, and constants whose value is a function (`export const f = () => …`).
 */
export function undocumentedExports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const missing: string[] = [];
  const report = (node: ts.Node, name: string) => missing.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${name}`);
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.body && !hasDocComment(statement, source)) report(statement, statement.name?.text ?? 'default');
    if (ts.isVariableStatement(statement) && !hasDocComment(statement, source)) {
      for (const d of statement.declarationList.declarations) {
        const value = d.initializer;
        if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) report(d, d.name.getText(source));
      }
    }
  }
  return missing;
}

describe('source style', () => {
  it('keeps every file of src, layouts, bench and scripts at 300 lines or fewer, except the error registry', () => {
    const long = ['src', 'layouts', 'bench', 'scripts']
      .flatMap((dir) => codeFiles(dir, /\.(tsx?|mjs|cjs|js|sh)$/))
      .filter((f) => f !== 'src/diagnostics/errors.ts')
      .map((f) => ({ f, lines: readFileSync(resolve(repoRoot, f), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 300)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('finds a doc comment on every function src/ exports', () => {
    const missing = codeFiles('src', /\.tsx?$/).flatMap((f) => undocumentedExports(f, readFileSync(resolve(repoRoot, f), 'utf8')));
    expect(missing).toEqual([]);
  });

  it('tells an exported function without a doc comment from one with it', () => {
    const text = [
      '/** Adds one. */',
      'export function documented(n: number) { return n + 1; }',
      '// A line comment is no doc comment.',
      'export function bare(n: number) { return n; }',
      'export const arrow = (n: number) => n;',
      '/** Doubles. */',
      'export const doubled = (n: number) => 2 * n;',
      'function internal() {}',
      'export const limit = 3;',
    ].join('\n');
    expect(undocumentedExports('example.ts', text)).toEqual(['example.ts:4 bare', 'example.ts:5 arrow']);
  });
});
