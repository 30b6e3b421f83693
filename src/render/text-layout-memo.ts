/**
 * Lay out a paragraph once per document, not once per brand. A build renders one document
 * for every brand (and variant) in a row, and most of its text is the same in each: the
 * same string in the same fonts, sizes and colours in a box of the same width. react-pdf
 * lays out every Text node again (line breaking, hyphenation, justification: a quarter of
 * a render). Our patch of @react-pdf/layout (`layoutText`) asks this memo first.
 *
 * The key is everything textkit's layout engine receives: the attributed string (its text
 * and every attribute of every run), the container (width, height, line limit, exclusions)
 * and the options (hyphenation callback, penalties). Primitive values are written out;
 * plain objects and arrays are walked; anything else (a font, a function, an image's
 * bytes) is named by its identity, so two keys are equal only when textkit would get the
 * same inputs. The laid-out lines are shared, not copied: react-pdf only reads and slices
 * them. A brand's own text (its name, contact line) or colour gives another key and is
 * laid out as before, so the PDF is the same byte for byte (tests/text-layout-memo.test.ts).
 *
 * The memo holds one document at a time (the scope): a new scope forgets the last, which
 * keeps memory to one document's paragraphs. Rendering outside a scope uses no memo.
 */
import { memo, weakMemo } from '../memos.js';

const hook = Symbol.for('drukklaar.textLayoutMemo');
/** Forget everything past this many paragraphs (a document of 10,000 texts in a few widths). */
const MAX_ENTRIES = 40_000;

const layouts = memo<string, unknown>('render/text-layouts');
const identities = weakMemo<object, number>('render/text-layout-identities');
/** The last identity given out and the scope (document) whose paragraphs the memo holds. */
const state = memo<'identities' | 'scope', number | string>('render/text-layout-state');

const identity = (value: object): number => {
  let id = identities.get(value);
  if (id === undefined) {
    id = ((state.get('identities') as number | undefined) ?? 0) + 1;
    state.set('identities', id);
    identities.set(value, id);
  }
  return id;
};

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Append a value to the key: primitives as text, plain objects and arrays walked, others by identity. */
function write(value: unknown, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      out.push(Object.is(value, -0) ? '-0' : String(value));
      return;
    case 'boolean':
    case 'undefined':
    case 'bigint':
      out.push(String(value));
      return;
    case 'function':
      out.push(`#${identity(value)}`);
      return;
    case 'symbol':
      out.push(String(value));
      return;
  }
  if (value === null) {
    out.push('null');
    return;
  }
  const object = value as object;
  if (Array.isArray(object)) {
    out.push('[');
    for (const item of object) {
      write(item, out);
      out.push(',');
    }
    out.push(']');
  } else if (isPlain(object)) {
    out.push('{');
    for (const [k, v] of Object.entries(object)) {
      out.push(k, ':');
      write(v, out);
      out.push(',');
    }
    out.push('}');
  } else out.push(`#${identity(object)}`);
}

/** Paragraphs found laid out and laid out anew since the thread started (for tests and the bench). */
export const textLayoutStats = { hits: 0, misses: 0 };

/** The memo as the layout patch sees it. */
interface TextLayoutMemo {
  keyOf(attributedString: unknown, container: unknown, options: unknown): string;
  get(key: string): unknown;
  set(key: string, lines: unknown): void;
}

const textLayoutMemo: TextLayoutMemo = {
  keyOf(attributedString, container, options) {
    const out: string[] = [];
    write([attributedString, container, options], out);
    return out.join('');
  },
  get(key) {
    const lines = layouts.get(key);
    if (lines) textLayoutStats.hits++;
    else textLayoutStats.misses++;
    return lines;
  },
  set(key, lines) {
    if (layouts.size >= MAX_ENTRIES) layouts.clear();
    layouts.set(key, lines);
  },
};

/**
 * Run a render with laid-out text shared with the other renders of the same scope.
 * @param key names the document (its source files); a render of another document forgets
 *   the last one's paragraphs; without a key the render lays out everything itself
 * @param render the render
 */
export async function withTextLayoutMemo<T>(key: string | undefined, render: () => Promise<T>): Promise<T> {
  if (!key) return render();
  if (key !== state.get('scope')) {
    layouts.clear();
    state.set('scope', key);
  }
  const global = globalThis as { [hook]?: TextLayoutMemo };
  global[hook] = textLayoutMemo;
  try {
    return await render();
  } finally {
    delete global[hook];
  }
}
