/**
 * The kinds of material drukklaar knows. Adding a kind: a schema, a model transform
 * and a layout in src/kinds/<kind>/, then one line here.
 */
import { cardsKind } from './cards/index.js';
import { checklistKind } from './checklist/index.js';
import { quickscanKind } from './quickscan/index.js';
import type { KindDefinition } from './kind.js';
import { tipsKind } from './tips/index.js';

export const kinds: Record<string, KindDefinition> = {
  checklist: checklistKind,
  cards: cardsKind,
  tips: tipsKind,
  quickscan: quickscanKind,
};

export const kindNames = () => Object.keys(kinds);
