/**
 * The kinds of material drukklaar knows. Adding a kind: a schema, a model transform
 * and a layout in src/kinds/<kind>/, then one line here.
 */
import { checklistKind } from './checklist/index.js';
import type { KindDefinition } from './kind.js';

export const kinds: Record<string, KindDefinition> = {
  checklist: checklistKind,
};

export const kindNames = () => Object.keys(kinds);
