/**
 * Render one output: a kind's layout through react-pdf, or the kind's own renderer.
 * Data in, bytes out; runs in the main thread or a worker. The caller gives the kind
 * (src/pipeline/render-output.ts looks it up): this module never names the registry.
 */
import { setIconsDir } from '../../layouts/components/icon.js';
import type { Brand } from '../brands/brand.js';
import type { KindDefinition, Rendered, RenderInput, Variant } from '../kinds/kind.js';
import type { Language } from '../languages/language.js';
import { fontsOf, registerFonts } from './fonts.js';
import { DiagnosticsError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { collectCutOffBlocks } from './cut-off-blocks.js';
import { findNotdefGlyphs } from './find-notdef.js';
import { falsePdfUaClaim } from '../accessibility/claims-pdf-ua.js';
import { primeGlyphs } from './prime-glyphs.js';
import { withShapingStore } from './shaping-store.js';
import { withTextLayoutMemo } from './text-layout-memo.js';
import { countPages, renderDated } from './pdf-file.js';

/** The project's folders a render reads from. */
export interface RenderFolders {
  /** The fonts (assets/fonts, the project's or drukklaar's). */
  fonts: string;
  /** The pictograms (assets/icons, the project's or drukklaar's). */
  icons: string;
  /** Optional: the project's cache folder, for shaping kept across runs (shaping-store.ts). */
  cache?: string;
}

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
  /** Where the fonts, pictograms and cache are: a worker thread gets them with each task. */
  folders: RenderFolders;
}

/**
 * Point react-pdf and the layouts at a project's fonts and pictograms before rendering with
 * them: both are kept per thread, so a render must never rely on what an earlier one set.
 * @param folders the project's fonts and icons folders
 */
export function useProjectAssets(folders: Pick<RenderFolders, 'fonts' | 'icons'>): void {
  registerFonts(folders.fonts);
  setIconsDir(folders.icons);
}

/** Fonts, pictograms and glyphs ready for a layout of this task, and what the layout receives. */
async function prepare(task: RenderTask): Promise<RenderInput<unknown>> {
  useProjectAssets(task.folders);
  await primeGlyphs([task.language, task.sourceLanguage].flatMap((l) => (l ? fontsOf(l) : [])));
  return {
    model: task.model,
    source: task.source,
    brand: task.brand,
    language: task.language,
    sourceLanguage: task.sourceLanguage,
    variant: task.variant,
    date: new Date(task.date),
  };
}

/**
 * The kind's layout checks of one output (text that must fit), in the same set-up as a
 * render; no PDF is written. Empty for kinds without such checks.
 * @param kind the kind of the task's document
 * @param task the output
 */
export async function checkTaskLayout(kind: KindDefinition, task: RenderTask): Promise<Diagnostic[]> {
  if (!kind.checkLayout) return [];
  const input = await prepare(task);
  return kind.checkLayout(input, task.folders.fonts);
}

/**
 * Render one output to its PDF (and the kind's companion PDFs); refuses a PDF that draws
 * an empty box (a .notdef glyph), cuts off a block taller than a page, or fails the kind's
 * own check of the rendered output (`checkRendered`).
 * @param kind the kind of the task's document
 * @param task the output
 */
export async function renderTask(kind: KindDefinition, task: RenderTask): Promise<Rendered> {
  const input = await prepare(task);
  const render = kind.render;
  const { result: rendered, cutOff } = await collectCutOffBlocks(() => withTextLayoutMemo(task.shapingKey, () => withShapingStore(task.folders.cache, task.shapingKey, async () => {
    if ('custom' in render) return render.custom(input, task.folders.fonts);
    // The build date, not the clock, dates the file: the same inputs give the same bytes.
    const pdf = await renderDated(render.layout(input), input.date);
    if (falsePdfUaClaim(pdf)) throw new Error(`the ${task.kind} layout claims PDF/UA without tags: give its Document taggedDocument (layouts/components/tags.ts), not conformance alone`);
    return { pdf, pages: countPages(pdf) };
  })));
  // Each is reported once per size (a layout may be laid out twice, for the page count).
  const tooTall = [...new Map(cutOff.map((b) => [`${b.height}/${b.available}`, b])).values()];
  if (tooTall.length) {
    // react-pdf does not say which block it was: point at the document's longest text, the
    // likely one (a text of 15,000 characters among texts of 200).
    const longest = kind.texts(input.model).reduce<{ text: string; line?: number } | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined);
    const at = longest?.line ? { span: { start: { line: longest.line, column: 1 } } } : {};
    const size = (b: (typeof tooTall)[number]) => ({ height: Math.ceil(b.height), available: Math.floor(b.available), mm: Math.ceil((b.height * 25.4) / 72) });
    throw new DiagnosticsError(tooTall.map((b) => diag('ContentCutOff', { ...size(b), ...(longest?.line ? { longest: longest.text.length } : {}) }, at)));
  }
  const wrong = kind.checkRendered?.(input, rendered) ?? [];
  if (wrong.length) throw new DiagnosticsError(wrong);
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
