/**
 * Render one output: a kind's layout through react-pdf, or the kind's own renderer.
 * Data in, bytes out; runs in the main thread or a worker.
 */
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { resolve } from 'node:path';
import { cloneElement, type ReactElement } from 'react';
import { setIconsDir } from '../../layouts/components/icon.js';
import type { Brand } from '../brands/brand.js';
import type { KindDefinition, Rendered, RenderInput, Variant } from '../kinds/kind.js';
import { kinds } from '../kinds/registry.js';
import type { Language } from '../languages/language.js';
import { registerFonts, scriptFonts } from './fonts.js';
import { DiagnosticsError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { findNotdefGlyphs } from './find-notdef.js';
import { falsePdfUaClaim } from '../accessibility/claims-pdf-ua.js';
import { primeGlyphs } from './prime-glyphs.js';
import { withShapingStore } from './shaping-store.js';

/** Everything needed to render one output; plain data, so it can cross to a worker. */
export interface RenderTask {
  kind: string;
  model: unknown;
  source?: unknown;
  brand: Brand;
  language: Language;
  sourceLanguage?: Language;
  variant: Variant;
  date: string;
  /** Names the document(s) whose shaped text is kept in the cache folder for the next run. */
  shapingKey?: string;
}

/** Number of pages in a PDF written by react-pdf (pdfkit writes one `/Type /Page` per page). */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Fonts, pictograms and glyphs ready for a layout of this task, and what the layout receives. */
async function prepare(task: RenderTask, fontsDir: string): Promise<{ kind: KindDefinition; input: RenderInput<unknown> }> {
  registerFonts(fontsDir);
  setIconsDir(resolve(fontsDir, '..', 'icons'));
  await primeGlyphs([task.language, task.sourceLanguage].flatMap((l) => (l ? scriptFonts[l.script] : [])));
  const kind = kinds[task.kind];
  if (!kind) throw new Error(`unknown kind ${task.kind}`);
  const input = {
    model: task.model,
    source: task.source,
    brand: task.brand,
    language: task.language,
    sourceLanguage: task.sourceLanguage,
    variant: task.variant,
    date: new Date(task.date),
  };
  return { kind, input };
}

/**
 * The kind's layout checks of one output (text that must fit), in the same set-up as a
 * render; no PDF is written. Empty for kinds without such checks.
 * @param fontsDir the bundled fonts
 */
export async function checkTaskLayout(task: RenderTask, fontsDir: string): Promise<Diagnostic[]> {
  if (!kinds[task.kind]?.checkLayout) return [];
  const { kind, input } = await prepare(task, fontsDir);
  return kind.checkLayout!(input, fontsDir);
}

/**
 * @param fontsDir the bundled fonts
 * @param cacheDir the project's cache folder, for shaping kept across runs (shaping-store.ts)
 */
export async function renderTask(task: RenderTask, fontsDir: string, cacheDir?: string): Promise<Rendered> {
  const { kind, input } = await prepare(task, fontsDir);
  const render = kind.render;
  const rendered = await withShapingStore(cacheDir, task.shapingKey, async () => {
    if ('custom' in render) return render.custom(input, fontsDir);
    // The build date, not the clock, dates the file: the same inputs give the same bytes.
    const element = render.layout(input) as ReactElement<DocumentProps>;
    const dated = cloneElement(element, { creationDate: input.date, modificationDate: input.date } as Partial<DocumentProps>);
    const pdf = await renderToBuffer(dated);
    if (falsePdfUaClaim(pdf)) throw new Error(`the ${task.kind} layout claims PDF/UA without tags: give its Document taggedDocument (layouts/components/tags.ts), not conformance alone`);
    return { pdf, pages: countPages(pdf) };
  });
  await refuseEmptyBoxes(rendered);
  return rendered;
}

/** Fail the output when any of its PDFs draws a .notdef glyph (an empty box on paper). */
async function refuseEmptyBoxes(rendered: Rendered): Promise<void> {
  const parts = [{ part: '', pdf: rendered.pdf }, ...(rendered.extras ?? []).map((x) => ({ part: x.suffix.replace(/^-+/, ''), pdf: x.pdf }))];
  const diagnostics: Diagnostic[] = [];
  for (const { part, pdf } of parts) {
    for (const hit of await findNotdefGlyphs(pdf, 5)) diagnostics.push(diag('NotdefDrawn', { page: hit.page, part, font: hit.font, context: hit.context }));
  }
  if (diagnostics.length) throw new DiagnosticsError(diagnostics);
}
