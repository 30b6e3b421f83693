/**
 * Stage `plan`: every output (document × brand × variant) with its path, inputs and the
 * digest of everything that shapes its file (plan.ts). Shared with `check`, where every
 * planned output is checked.
 */
import { planJobs, type Job } from '../plan.js';
import type { WithDocuments } from './documents.js';
import type { Inputs } from './inputs.js';
import type { BuildStage } from './stage.js';

/** The outputs of this build; `todo` is those still to make (all, until `unchanged`). */
export interface Planned {
  jobs: Job[];
  todo: Job[];
}

/** Plan the outputs of the loaded documents. */
export const planOutputs: BuildStage<Inputs & WithDocuments, Planned> = {
  name: 'plan',
  inCheck: true,
  run({ documents, brands, languages }, session) {
    const jobs = planJobs(documents.docs, brands.brands, languages.languages, session.options, session.code);
    return { jobs, todo: jobs };
  },
};
