/**
 * Split a content file into front matter and Markdown body, and parse the front
 * matter as YAML with positions. Only YAML is accepted: gray-matter's code engines
 * (`---js`, `---coffee`) are replaced so that front matter can never run.
 */
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { findTags } from './yaml-tags.js';
import { findMergeKeys } from './yaml-merge-keys.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { diag, type ParamsOf } from '../diagnostics/errors.js';
import { printableSpaces } from '../text/printable-spaces.js';
import { controlCharacters } from '../text/control-characters.js';
import { deepFlowBracket } from './flow-depth.js';

export type PathSegment = string | number;

export interface FrontMatter {
  /** The parsed value (a plain object when valid). */
  data: unknown;
  /** Where a field is in the file: the value for existing paths, the nearest parent otherwise. */
  locate: (path: readonly PathSegment[], part?: 'key' | 'value') => Span;
  /** Body text after the closing `---`. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; frontMatter: FrontMatter; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const refuse = () => ({});
/** Every engine gray-matter knows by default, made inert: we parse YAML ourselves. */
const inertEngines = {
  yaml: { parse: refuse, stringify: () => '' },
  javascript: { parse: refuse, stringify: () => '' },
  js: { parse: refuse, stringify: () => '' },
  coffee: { parse: refuse, stringify: () => '' },
  json: { parse: refuse, stringify: () => '' },
  toml: { parse: refuse, stringify: () => '' },
};

const opening: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } };

/** Describe a YAML value for messages: `a number (12)`, `a list`, ... */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `text ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value ? 'true' : 'false'} (yes/no)`;
  return typeof value;
}

/**
 * Parse the front matter of a content file.
 * @param file project-relative path, for diagnostics
 * @param text the whole file as text (LF line ends)
 */
export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  // YAML allows a comment after the opening `---` (`--- # tip sheet`): blanked, same length,
  // so it is not read as the name of a front matter language.
  const comment = /^(---[^\S\n]+)(#[^\n]*)/.exec(text);
  if (comment) text = comment[1]! + ' '.repeat(comment[2]!.length) + text.slice(comment[0].length);
  if (!/^---[^\S\n]*\S*[^\S\n]*\n/.test(text)) {
    return { ok: false, diagnostics: [diag('FrontMatterMissing', {}, { file, span: { start: { line: 1, column: 1 } } })] };
  }
  const language = /^---[^\S\n]*(\S*)/.exec(text)?.[1] ?? '';
  if (language && !/^ya?ml$/i.test(language)) {
    return { ok: false, diagnostics: [diag('FrontMatterCode', { language }, { file, span: opening })] };
  }
  if (!/\n---[^\S\n]*(\n|$)/.test(text.slice(3))) {
    return {
      ok: false,
      diagnostics: [
        diag('YamlSyntax', { reason: 'notClosed' }, { file, span: opening }),
      ],
    };
  }
  const parsed = matter(text, { engines: inertEngines, language: 'yaml' } as unknown as Parameters<typeof matter>[1]);
  const raw = (parsed as unknown as { matter: string }).matter ?? '';
  const body = parsed.content;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;

  // `matter` starts with the newline after the opening `---`, so its line numbers are the file's.
  const yaml = parseYaml(file, raw);
  if (!yaml.ok) return yaml;
  return { ok: true, diagnostics: [], frontMatter: { data: yaml.data, locate: yaml.locate, body, bodyLine } };
}

export interface ParsedYaml {
  data: unknown;
  locate: FrontMatter['locate'];
}

/**
 * Parse YAML text with positions; the result must be a mapping (or empty).
 * @param file project-relative path for diagnostics
 * @param raw YAML text whose line numbers are the file's
 */
export function parseYaml(file: string, raw: string): ({ ok: true } & ParsedYaml) | { ok: false; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const spanOf = (range: readonly number[] | null | undefined): Span => {
    if (!range) return opening;
    const start = lineCounter.linePos(range[0] ?? 0);
    const end = lineCounter.linePos(range[1] ?? range[0] ?? 0);
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const err of doc.errors) {
    const reason = yamlErrorReason(err.code, err.message);
    // Where the parser ran out of stack depends on the machine: point at a place that does not.
    const deep = reason.reason === 'tooDeep' ? deepFlowBracket(raw) : undefined;
    const d = diag('YamlSyntax', reason, { file, span: deep ? { start: deep, end: { line: deep.line, column: deep.column + 1 } } : spanOf(err.pos) });
    const key = `${d.span?.start.line}:${d.message}`;
    if (!seen.has(key)) diagnostics.push(d); // one report per line and problem
    seen.add(key);
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  // Tags (`!!js/function`, `!!binary`, `!custom`) ask for more than data: refuse them all.
  const tags = findTags(doc, raw).map((t) => diag('YamlTag', { tag: t.tag }, { file, span: spanOf([t.offset, t.offset + t.tag.length]) }));
  if (tags.length) return { ok: false, diagnostics: tags };
  const merges = findMergeKeys(doc).map((at) => diag('YamlSyntax', { reason: 'mergeKey' }, { file, span: spanOf([at, at + 2]) }));
  if (merges.length) return { ok: false, diagnostics: merges };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { ok: false, diagnostics: [diag('YamlSyntax', { reason: 'aliases', cause: (e as Error).message }, { file, span: opening })] };
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return { ok: false, diagnostics: [diag('FrontMatterNotMapping', { found: describeValue(data) }, { file, span: spanOf(doc.contents?.range) })] };
  }
  const locate = makeLocator(doc, spanOf);
  // A YAML escape (`"\x7f"`, `"\u0085"`) writes a control character the file itself does not hold.
  const controls = stringsOf(data).flatMap(({ path, text }) => controlCharacters(text).map(({ code, meant }) => diag('SourceControlCharacter', { code, ...(meant ? { meant } : {}) }, { file, span: locate(path) })));
  if (controls.length) return { ok: false, diagnostics: controls };
  return { ok: true, data: spacesPrintable(data ?? {}), locate };
}

/** Every text in a YAML value, with its path. */
function stringsOf(value: unknown, path: PathSegment[] = []): { path: PathSegment[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...path, k]));
  return [];
}

/**
 * The front matter's texts with each space the fonts cannot draw as a space: a title,
 * attribution or card label with a tab printed its words glued together. Same length, so
 * every place in the file stays where it was.
 */
function spacesPrintable(value: unknown): unknown {
  if (typeof value === 'string') return printableSpaces(value);
  if (Array.isArray(value)) return value.map(spacesPrintable);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spacesPrintable(v)]));
  }
  return value;
}

function yamlErrorReason(code: string, message: string): ParamsOf<'YamlSyntax'> {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return { reason: 'duplicateKey' };
    case 'TAB_AS_INDENT':
      return { reason: 'tabIndent' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { reason: 'colonInValue' };
    case 'MISSING_CHAR':
      return { reason: 'unclosed', cause: first };
    default:
      // The parser runs out of stack on thousands of nested [ or {: say what that means.
      if (/call stack/i.test(first)) return { reason: 'tooDeep' };
      return { reason: 'parser', cause: first.replace(/ at line \d+, column \d+.*$/, '') };
  }
}

function makeLocator(doc: Document, spanOf: (r: readonly number[] | null | undefined) => Span) {
  return (path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Span => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let best: Span = node ? spanOf(node.range) : opening;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return best;
        const keyNode = pair.key as Node;
        const valueNode = pair.value as Node | null;
        if (last && part === 'key') return spanOf(keyNode.range);
        best = valueNode?.range ? spanOf(valueNode.range) : spanOf(keyNode.range);
        node = valueNode;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) return best;
        best = spanOf(item.range);
        node = item;
      } else {
        return best;
      }
    }
    return best;
  };
}
