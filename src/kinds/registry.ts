/**
 * The kinds of material drukklaar knows, in the order the catalogue lists them. Adding a
 * kind: a `defineKind(...)` with its schema, model transform, layout and facts in
 * src/kinds/<kind>/, then one line here.
 */
import { cardsKind } from './cards/index.js';
import { checklistKind } from './checklist/index.js';
import type { KindDefinition } from './kind.js';
import { quickscanKind } from './quickscan/index.js';
import { tipsKind } from './tips/index.js';

/** Every kind by its name (the `kind:` of a document's front matter). */
export const kinds: Record<string, KindDefinition> = Object.fromEntries(
  [checklistKind, quickscanKind, cardsKind, tipsKind].map((kind) => [kind.name, kind]),
);

/**
 * The kind of this name, if drukklaar knows it. Only the registry's own entries: a name
 * such as `toString` or `constructor` is not a kind, whatever every object inherits.
 */
export const kindNamed = (name: string): KindDefinition | undefined => (Object.hasOwn(kinds, name) ? kinds[name] : undefined);

/** The names of the known kinds, in the registry's order. */
export const kindNames = () => Object.keys(kinds);
