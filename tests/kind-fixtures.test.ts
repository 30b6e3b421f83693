/**
 * Per kind, Markdown in, model and diagnostics out: tests/fixtures/kinds/<kind>/<name>.md
 * beside <name>.model.json (the model the layouts receive) and <name>.diagnostics.txt (what
 * the document steps said, one line each). A change to how a kind reads its Markdown shows
 * as a diff of these files. Regenerate them on purpose with UPDATE_FIXTURES=1 and review the
 * diff; a missing expectation fails.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocumentSteps } from '../src/pipeline/document-steps.js';
import { repoRoot } from './helpers.js';

const root = resolve(repoRoot, 'tests/fixtures/kinds');
const cases = readdirSync(root).flatMap((kind) => readdirSync(resolve(root, kind)).filter((f) => f.endsWith('.md')).map((file) => ({ kind, file })));

/** Compare a text with its expectation file, or write it when asked to. */
function expectFile(path: string, text: string): void {
  if (process.env.UPDATE_FIXTURES) writeFileSync(path, text);
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('each kind reads its Markdown into the model its layouts print', () => {
  it('has a fixture for every kind', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['cards', 'checklist', 'quickscan', 'tips']));
  });

  it.each(cases)('$kind/$file', ({ kind, file }) => {
    const path = `content/${kind}/${file}`;
    const result = runDocumentSteps({ path, bytes: readFileSync(resolve(root, kind, file)) });
    const base = resolve(root, kind, file.replace(/\.md$/, ''));
    expect(result.doc?.kind.name, result.diagnostics.map((d) => d.message).join('\n')).toBe(kind);
    expectFile(`${base}.model.json`, JSON.stringify(result.doc!.model, null, 2) + '\n');
    const said = result.diagnostics.map((d) => `${d.span ? `${d.span.start.line}:${d.span.start.column} ` : ''}${d.severity} ${d.code}: ${d.message}`);
    expectFile(`${base}.diagnostics.txt`, said.map((l) => l + '\n').join(''));
  });
});
