/**
 * `defineKind`: the one way a kind is declared. Its front matter type is inferred from
 * the schema and its model type from `toModel`, and both are checked through every fact
 * and the layout in the kind's own folder (the model type comes from `toModel` alone:
 * the facts are checked against it, never widen it); the registry and shared code then hold it as
 * a `KindDefinition`.
 */
import type { z } from 'zod';
import type { KindDefinition, KindSpec } from './kind.js';

/**
 * Declare a kind.
 * @param spec everything the kind is: schema, model transform, layout and facts
 * @returns the kind as the registry and the pipeline hold it
 */
export function defineKind<S extends z.ZodType, M>(spec: KindSpec<z.output<S>, M> & { schema: S }): KindDefinition {
  // The pipeline keeps each model beside the kind that made it and gives it back only to
  // that kind (document-steps.ts), so the kind's methods always receive their own `M`.
  return spec as unknown as KindDefinition;
}
