/**
 * Stage `preflight`: every check that must pass before writing (glyph coverage,
 * pictograms, text that must fit; preflight.ts), over the outputs still to make. The last
 * stage of `check`, which runs it over every planned output.
 */
import { preflight, type PreflightResult } from '../preflight.js';
import type { Planned } from './plan.js';
import type { BuildStage } from './stage.js';

/** Outputs that must not be rendered, by `Job.out`. */
export interface Checked {
  refused: PreflightResult['failed'];
}

/** Run the checks before rendering. */
export const checkBeforeRendering: BuildStage<Pick<Planned, 'todo'>, Checked> = {
  name: 'preflight',
  inCheck: true,
  async run({ todo }, session) {
    const checked = await preflight(todo, session.paths, session.options.signal);
    session.report.diagnostics.push(...checked.diagnostics);
    return { refused: checked.failed };
  },
};
