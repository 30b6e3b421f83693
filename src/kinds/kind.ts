/**
 * What a kind of material is: a schema for its front matter, a pure transform from
 * front matter and Markdown to a typed model, its output variants, a renderer, and the
 * facts shared code asks of it (paper, duplex, catalogue group, cost, translation).
 * Adding a kind means writing a `defineKind(...)` in src/kinds/<kind>/ and listing it in
 * `registry.ts`; nothing outside its folder names it.
 */
import type { Root } from 'mdast';
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Brand } from '../brands/brand.js';
import type { Language } from '../languages/language.js';
import type { TextSample } from '../render/coverage.js';
import type { CatalogueFacts, ScoringFacts, TranslationFacts } from './facts.js';

/** Everything a model transform gets. */
export interface ModelInput<FM> {
  file: string;
  slug: string;
  frontMatter: FM;
  tree: Root;
}

/** What a model transform returns: the model, or diagnostics that say why not. */
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

/**
 * A kind as its folder declares it, typed by its front matter `FM` (inferred from the
 * schema) and its model `M`, both kept through to the layout. Pass it to `defineKind`.
 */
export interface KindSpec<FM, M> {
  name: string;
  /** One line for `--help` and the README. */
  description: string;
  schema: z.ZodType<FM>;
  toModel(input: ModelInput<FM>): ModelResult<M>;
  /** Output variants of a model. */
  variants(model: M, options: BuildOptions): Variant[];
  /** Variant ids `--variant` may name for this kind (for the help text), e.g. `ouderbril`. */
  variantIds?: string[];
  /** Texts from the document that will be printed, with their source lines, for the glyph coverage check. */
  texts(model: M): TextSample[];
  /**
   * The most pieces of text (`texts`) one document of this kind may have, when its layout
   * cannot take the general limit (`MAX_TEXTS` in src/pipeline/preflight.ts) in reasonable time.
   */
  maxTexts?: number;
  /** Texts the layout prints whatever the document says (labels, digits, signs), for the same check. */
  fixedTexts?: string[];
  /**
   * Prefixes of the fixed words (keys of `strings:` in content/languages/<code>.yml) the
   * kind's layouts print besides the common ones, e.g. `['quickscan']`: the glyph check
   * covers them, and `check` warns when a translation prints them in Dutch.
   */
  wordPrefixes?: readonly string[];
  /** Pictograms the document prints: its asset checks, run by `check` and `build` before anything renders. */
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
   * What is wrong with a rendered output that only the render shows (e.g. pages that no
   * longer face each other), optional: each diagnostic fails the output, as a block cut off does.
   */
  checkRendered?(input: RenderInput<M>, rendered: Rendered): Diagnostic[];
  /**
   * Whether the layout prints right-to-left languages (Arabic, Farsi) mirrored, with the
   * language's own labels. Kinds without it refuse a right-to-left document rather than
   * print it left-aligned with Dutch labels.
   */
  rightToLeft?: boolean;
  /** Paper size the front matter asks for (`a4`, `a5`); without it the brand's paper is used. */
  paper?(frontMatter: FM): string | undefined;
  /** Duplex mode the front matter asks for (`long-edge`, `short-edge`, `single`), shown in the catalogue. */
  duplex?(frontMatter: FM): string | undefined;
  /** Its group in the catalogue: heading and print advice. */
  catalogue: CatalogueFacts;
  /** Rough render time of one output in ms, to schedule a first build (later builds use measured times). */
  renderCost: number;
  /** For kinds with translations: how a translation is compared, written and counted. */
  translation?: TranslationFacts<NoInfer<M>>;
  /** For kinds whose answers can be scored into a report (`drukklaar score`). */
  scoring?: ScoringFacts<NoInfer<M>>;
}

/**
 * A kind as shared code sees it: the pipeline holds each document's model beside the
 * kind that made it, and hands that model back only to that kind. The types of front
 * matter and model are checked in the kind's own folder (`defineKind`), not here.
 */
export type KindDefinition = KindSpec<unknown, unknown>;
