/**
 * Stage `inputs`: brands and languages, and the selection on the command line checked
 * against them (a `--brand`, `--lang`, `--kind` or `--doc` that names nothing real is an
 * error, not a silent empty build). Shared with `check`.
 */
import { loadInputs, type LoadedInputs } from '../load-project.js';
import { discoverDocuments } from '../load-documents.js';
import { filesFor, unmatchedSelectors } from '../select-documents.js';
import type { BuildStage } from './stage.js';

/** Brands and languages, and the document files to read (all when undefined). */
export interface Inputs extends LoadedInputs {
  documentFiles?: string[];
}

/** Load brands and languages and check the selection. */
export const loadBuildInputs: BuildStage<object, Inputs> = {
  name: 'inputs',
  inCheck: true,
  async run(_input, session) {
    const { options, paths, report } = session;
    // With --doc, only the files that can matter are read; a selector that names none is an error.
    const allFiles = options.documents?.length ? await discoverDocuments(paths) : undefined;
    if (allFiles && options.documents) report.diagnostics.push(...unmatchedSelectors(allFiles, options.documents));
    const inputs = await loadInputs(paths, options, session.loadContext());
    report.diagnostics.push(...inputs.diagnostics);
    for (const [k, v] of inputs.sources) report.sources.set(k, v);
    return { ...inputs, ...(allFiles && options.documents ? { documentFiles: filesFor(allFiles, options.documents) } : {}) };
  },
};
