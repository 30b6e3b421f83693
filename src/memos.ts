/**
 * Every memo drukklaar keeps between calls in one thread (a render thread's opened fonts,
 * encoded subsets, shaped runs, hyphenators, pictograms, card heights, quickscan layouts;
 * the main thread's logos), declared here by name instead of as loose module-level maps, so
 * that one call forgets them all (`clearMemos`: a watch loop's reset, a test) and a test can
 * see that nothing else holds state.
 *
 * The keying rule: a memo is keyed by everything its value depends on (a file's path with
 * its content digest or identity, a font object, a language code), never by the order of
 * calls, so a cleared memo only costs time, never changes a PDF.
 *
 * Left out on purpose: react-pdf's own font registry (wrapped in src/render/fonts.ts, which
 * registers our families again when another fonts folder is used) and the recordings of renders in progress.
 */

interface Clearable {
  clear(): void;
  readonly size?: number;
}

const registry = new Map<string, Clearable>();

function register<T extends Clearable>(name: string, memo: T): T {
  if (registry.has(name)) throw new Error(`two memos named ${name}`);
  registry.set(name, memo);
  return memo;
}

/**
 * A named memo: a Map that `clearMemos` empties.
 * @param name unique, e.g. `render/open-font`
 */
export function memo<K, V>(name: string): Map<K, V> {
  return register(name, new Map<K, V>());
}

/** A memo keyed by objects (a font): entries go with their key, and `clearMemos` drops them all. */
export class WeakMemo<K extends object, V> implements Clearable {
  private map = new WeakMap<K, V>();
  /** The value for this key, if any. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  /** Remember a value. */
  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }
  /** Whether a value is remembered. */
  has(key: K): boolean {
    return this.map.has(key);
  }
  /** Forget every entry. */
  clear(): void {
    this.map = new WeakMap();
  }
}

/**
 * A named memo keyed by objects.
 * @param name unique, e.g. `render/subsets`
 */
export function weakMemo<K extends object, V>(name: string): WeakMemo<K, V> {
  return register(name, new WeakMemo<K, V>());
}

/** Forget every memo of this thread. */
export function clearMemos(): void {
  for (const m of registry.values()) m.clear();
}

/** The names of this thread's memos, with their sizes where known (for tests). */
export function memoSizes(): Record<string, number | undefined> {
  return Object.fromEntries([...registry].map(([name, m]) => [name, m.size]));
}
