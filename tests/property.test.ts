/**
 * Property: whatever front matter and Markdown an author writes, drukklaar answers
 * with clean diagnostics or a PDF, never a crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errors } from '../src/diagnostics/errors.js';
import { runDocumentSteps } from '../src/pipeline/document-steps.js';
import { build } from '../src/pipeline/build.js';
import { makeProject } from './helpers.js';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('checklist', 'quickscan', 'cards', 'tips', 'nl', 'ar', 'both', 'ouderbril', '"quoted: colon"', '[a, b]', '{x: 1}', '~', 'null', '&a x', '*a', '!!binary aGk=', '|', '>', '- x', '#', '@', '`', '%YAML'),
  fc.integer().map(String),
  fc.constantFrom('true', 'no', '1e9', '-0', '.inf', '0x1F'),
);
const key = fc.constantFrom('kind', 'title', 'lang', 'attribution', 'variants', 'brands', 'sources', 'notes', 'subtitle', 'summary', 'keywords', 'scale', 'card', 'status', 'titel', 'x');
const line = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(scalar, { maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v}`).join('\n')}`),
  fc.constantFrom('kind: checklist', 'title: T', 'lang: nl', 'attribution: A', '\tx: 1', 'dup: 1', 'dup: 2', ': no key'),
);
const mdLine = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('## Gedrag {#gedrag}', '## {#}', '### Ouderbril', '### Schoolbril', '### Oma', '- vraag?', '- {#x y=z}', '  - Tip: iets', '1. een', '<div>html</div>', '![x](../../x.png)', '---', '***', '# H1', '**vet** *schuin*', '> citaat', '```\ncode\n```', '[link](http://example.org)', 'تطبيق عربي', 'Привіт', 'ሰላም', '\u200f', '\u0000'.replace('\u0000', ''), 'a'.repeat(300)),
);
const document = fc
  .tuple(fc.constantFrom('---\n', '---\n', '---yaml\n', '---js\n', '', '\ufeff---\n'), fc.array(line, { maxLength: 8 }), fc.constantFrom('---\n', '---\n', ''), fc.array(mdLine, { maxLength: 14 }))
  .map(([open, fm, close, md]) => `${open}${fm.join('\n')}\n${close}${md.join('\n')}\n`);

describe('random documents', () => {
  it('never throw in the document steps; every diagnostic is from the registry and located', () => {
    fc.assert(
      fc.property(document, (text) => {
        const r = runDocumentSteps({ path: 'content/p/doc.nl.md', bytes: Buffer.from(text) });
        for (const d of r.diagnostics) {
          expect(Object.keys(errors)).toContain(d.code);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.file).toBe('content/p/doc.nl.md');
          if (d.span) expect(d.span.start.line).toBeGreaterThanOrEqual(1);
        }
        expect(r.doc !== undefined || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('build to a PDF or to clean errors, never to a crash', async () => {
    const root = makeProject({}, { brands: ['ouderplatform'] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(mdLine, { minLength: 1, maxLength: 20 }),
        async (md) => {
          mkdirSync(resolve(root, 'content/p'), { recursive: true });
          const text = `---\nkind: checklist\ntitle: Eigenschap\nlang: nl\nattribution: A\nvariants: [both]\n---\n## Gedrag\n### Ouderbril\n- v\n### Schoolbril\n- w\n${md.join('\n')}\n`;
          writeFileSync(resolve(root, 'content/p/doc.nl.md'), text);
          const report = await build({ root, force: true, catalogue: false });
          expect(report.diagnostics.filter((d) => d.code === 'RenderFailed')).toEqual([]);
          for (const d of report.diagnostics) expect(Object.keys(errors)).toContain(d.code);
          const built = report.outputs.filter((o) => o.status === 'built').length;
          expect(built === 1 || report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });
});
