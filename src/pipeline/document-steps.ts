/**
 * The per-document steps, in order: decode → front matter → kind → validate → markdown → model.
 * Each step is pure and has its own output type, so a later step cannot receive
 * unresolved input. File reading happens before, rendering and writing after.
 */
import type { Root } from 'mdast';
import { inFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { KindDefinition } from '../kinds/kind.js';
import { kindNamed, kindNames } from '../kinds/registry.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { suggest, validateFrontMatter } from '../schema/validate.js';
import { markdownInFrontMatter } from '../source/front-matter-markdown.js';
import { parseFrontMatter, type FrontMatter } from '../source/front-matter.js';
import { decodeSource, type SourceFile } from '../source/read-source.js';

/** Raw input: a file's path and bytes. */
export interface RawDocument {
  path: string;
  bytes: Uint8Array;
}

/** After decoding: text, hash, and slug and language from the file name. */
export interface DecodedDocument {
  source: SourceFile;
  slug: string;
  fileLang: string;
}

export interface SplitDocument extends DecodedDocument {
  frontMatter: FrontMatter;
}

export interface KindedDocument extends SplitDocument {
  kind: KindDefinition;
}

export interface ValidDocument extends KindedDocument {
  meta: { lang: string; title: string; brands?: string[]; status?: 'draft' | 'reviewed'; summary?: string } & Record<string, unknown>;
}

export interface ParsedDocument extends ValidDocument {
  tree: Root;
}

/** A document ready to plan and render. */
export interface ModeledDocument extends ParsedDocument {
  model: unknown;
}

export type StepResult<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface Step<I, O> {
  name: string;
  run: (input: I) => StepResult<O>;
}

const fileName = /^(?<slug>[a-z0-9][a-z0-9-]*)\.(?<lang>[a-z]{2,3}(?:-[a-z0-9]+)?)\.md$/;

export const decode: Step<RawDocument, DecodedDocument> = {
  name: 'decode',
  run({ path, bytes }) {
    const base = path.split('/').at(-1) ?? path;
    const m = fileName.exec(base);
    if (!m?.groups) {
      // `Huiswerk.NL.markdown` → `huiswerk.nl.md`, when that is a valid name.
      const renamed = base.toLowerCase().replace(/\.(markdown|mdown|mkdn?|mkd)$/, '.md').replace(/\s+/g, '-');
      const suggestion = fileName.test(renamed) ? renamed : undefined;
      return { ok: false, diagnostics: [diag('FileNameInvalid', { name: base, suggestion }, { file: path })] };
    }
    const decoded = decodeSource(path, bytes);
    if (!decoded.ok) return decoded;
    return { ok: true, value: { source: decoded.source, slug: m.groups.slug!, fileLang: m.groups.lang! }, diagnostics: decoded.diagnostics };
  },
};

export const splitFrontMatter: Step<DecodedDocument, SplitDocument> = {
  name: 'front-matter',
  run(doc) {
    const r = parseFrontMatter(doc.source.path, doc.source.text);
    if (!r.ok) return r;
    return { ok: true, value: { ...doc, frontMatter: r.frontMatter }, diagnostics: r.diagnostics };
  },
};

export const findKind: Step<SplitDocument, KindedDocument> = {
  name: 'kind',
  run(doc) {
    const file = doc.source.path;
    const data = doc.frontMatter.data as Record<string, unknown>;
    const kind = data.kind;
    const known = kindNames();
    if (kind === undefined) {
      return {
        ok: false,
        diagnostics: [diag('FieldMissing', { field: 'kind', leaf: 'kind', expected: `one of ${known.join(', ')}` }, { file, field: 'kind', span: { start: { line: 1, column: 1 } } })],
      };
    }
    const def = typeof kind === 'string' ? kindNamed(kind) : undefined;
    if (!def) {
      return {
        ok: false,
        diagnostics: [
          diag(
            'KindUnknown',
            { found: String(kind), expected: known.join(', '), suggestion: typeof kind === 'string' ? suggest(kind, known) : undefined },
            { file, field: 'kind', span: doc.frontMatter.locate(['kind']) },
          ),
        ],
      };
    }
    return { ok: true, value: { ...doc, kind: def }, diagnostics: [] };
  },
};

export const validate: Step<KindedDocument, ValidDocument> = {
  name: 'validate',
  run(doc) {
    const file = doc.source.path;
    const r = validateFrontMatter(doc.kind.schema, doc.frontMatter, file);
    if (!r.ok) return r;
    const meta = r.value as ValidDocument['meta'];
    if (meta.lang !== doc.fileLang) {
      return { ok: false, diagnostics: [diag('LangMismatch', { found: meta.lang, expected: doc.fileLang }, { file, field: 'lang', span: doc.frontMatter.locate(['lang']) })] };
    }
    return { ok: true, value: { ...doc, meta }, diagnostics: markdownInFrontMatter(doc.frontMatter, file) };
  },
};

export const parseBody: Step<ValidDocument, ParsedDocument> = {
  name: 'markdown',
  run(doc) {
    return { ok: true, value: { ...doc, tree: parseMarkdown(doc.frontMatter.body, doc.frontMatter.bodyLine) }, diagnostics: [] };
  },
};

export const buildModel: Step<ParsedDocument, ModeledDocument> = {
  name: 'model',
  run(doc) {
    const r = doc.kind.toModel({ file: doc.source.path, slug: doc.slug, frontMatter: doc.meta, tree: doc.tree });
    const { diagnostics } = r;
    if (!r.model || diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
    return { ok: true, value: { ...doc, model: r.model }, diagnostics };
  },
};

/** The per-document steps in the order they run. */
export const documentSteps = [decode, splitFrontMatter, findKind, validate, parseBody, buildModel] as const;

/**
 * Run every document step on one file; stops at the first step that fails.
 * @returns the model (when all steps passed) and every diagnostic gathered on the way
 */
export function runDocumentSteps(raw: RawDocument): { doc?: ModeledDocument; diagnostics: Diagnostic[]; text?: string } {
  const diagnostics: Diagnostic[] = [];
  let value: unknown = raw;
  let text: string | undefined;
  for (const step of documentSteps as readonly Step<unknown, unknown>[]) {
    const r = step.run(value);
    diagnostics.push(...inFile(raw.path, r.diagnostics)); // the boundary: steps may leave the file out
    if (!r.ok) return { diagnostics, text };
    value = r.value;
    if (step === (decode as Step<unknown, unknown>)) text = (value as DecodedDocument).source.text;
  }
  return { doc: value as ModeledDocument, diagnostics, text };
}
