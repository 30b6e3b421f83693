/**
 * What a kind of material is: a schema for its front matter, a pure transform from
 * front matter and Markdown to a typed model, its output variants, and a renderer.
 * Adding a kind means writing these and listing it in `registry.ts`.
 */
import type { Root } from 'mdast';
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Brand } from '../brands/brand.js';
import type { Language } from '../languages/language.js';
import type { TextSample } from '../render/coverage.js';

/** Everything a model transform gets. */
export interface ModelInput<FM> {
  file: string;
  slug: string;
  frontMatter: FM;
  tree: Root;
}

export interface ModelResult<M> {
  model?: M;
  diagnostics: Diagnostic[];
}

/** One output file of a document for one brand and language. */
export interface Variant {
  /** Suffix of the file name ('' for the main output), e.g. `--ouderbril`. */
  suffix: string;
  /** Machine name, e.g. `ouderbril`; `default` for the main output. */
  id: string;
  /** Words for the catalogue, e.g. "alleen ouderbril". */
  label?: string;
  /** Made for the screen only (a fillable form): no print-shop file. */
  screenOnly?: boolean;
}

/** Options a user can pass on the command line that change variants. */
export interface BuildOptions {
  /** Limit variants to these ids (e.g. `ouderbril`). */
  variants?: string[];
  release?: boolean;
}

/** What a layout receives. */
export interface RenderInput<M> {
  model: M;
  brand: Brand;
  language: Language;
  /** Language of the Dutch source when the output is bilingual. */
  sourceLanguage?: Language;
  variant: Variant;
  /** The document's source model when this is a translation (tips). */
  source?: M;
  /** Build date, printed in slugs and metadata; fixed per build for reproducible output. */
  date: Date;
}

/** Rendered files of one output: the main PDF plus any companions (e.g. single cards). */
export interface Rendered {
  pdf: Uint8Array;
  pages: number;
  /** Extra files beside the main output, keyed by suffix (`--kaarten`). */
  extras?: { suffix: string; pdf: Uint8Array; pages: number }[];
  warnings?: Diagnostic[];
}

/** A pictogram a document prints, and where it is named. */
export interface PictogramUse {
  /** File name in assets/icons without `.svg`. */
  name: string;
  /** Line of the file that names it (Markdown body). */
  line?: number;
  /** Front matter field that names it, as a dotted path (`categories.praten.icon`). */
  field?: string;
}

export interface KindDefinition<FM = any, M = any> {
  name: string;
  /** One line for `--help` and the README. */
  description: string;
  schema: z.ZodType<FM>;
  toModel(input: ModelInput<FM>): ModelResult<M>;
  /** Output variants of a model. */
  variants(model: M, options: BuildOptions): Variant[];
  /** Texts that will be printed, with their source lines, for the glyph coverage check. */
  texts(model: M): TextSample[];
  /**
   * The most pieces of text (`texts`) one document of this kind may have, when its layout
   * cannot take the general limit (`MAX_TEXTS` in src/pipeline/preflight.ts) in reasonable time.
   */
  maxTexts?: number;
  /** Pictograms the document prints, checked before anything renders. */
  pictograms?(model: M): PictogramUse[];
  /**
   * Checks that need a layout pass (text that must fit its box), run for every output by
   * `build` and `check` before anything is written. Diagnostics carry no file (the caller
   * attaches it) and may name a front matter `field` instead of a span.
   * @param input what the layout would receive
   * @param fontsDir the bundled fonts
   */
  checkLayout?(input: RenderInput<M>, fontsDir: string): Promise<Diagnostic[]>;
  /**
   * A layout to render with react-pdf, or a function that renders and post-processes itself
   * (given the folder of the bundled fonts, for fonts it embeds itself).
   */
  render: { layout: (input: RenderInput<M>) => ReactElement } | { custom: (input: RenderInput<M>, fontsDir: string) => Promise<Rendered> };
  /**
   * Whether the layout prints right-to-left languages (Arabic, Farsi) mirrored, with the
   * language's own labels. Kinds without it refuse a right-to-left document rather than
   * print it left-aligned with Dutch labels.
   */
  rightToLeft?: boolean;
  /** For kinds with translations: check a translation against its source. */
  linkTranslation?(source: M, translation: M, file: string): Diagnostic[];
}
