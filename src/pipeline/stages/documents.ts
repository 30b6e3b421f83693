/**
 * Stage `documents`: every selected document through its steps (decode → front matter →
 * kind → validate → markdown → model, document-steps.ts), then linked: a translation to
 * its Dutch source, images and brands checked. Shared with `check`.
 */
import { loadSelectedDocuments } from '../load-project.js';
import type { LoadedDocuments } from '../load-documents.js';
import type { Inputs } from './inputs.js';
import type { BuildStage } from './stage.js';

/** The documents that loaded, and those that failed. */
export interface WithDocuments {
  documents: LoadedDocuments;
}

/** Load, model and link the documents. */
export const loadBuildDocuments: BuildStage<Inputs, WithDocuments> = {
  name: 'documents',
  inCheck: true,
  async run(inputs, session) {
    const { options, paths, report } = session;
    const loaded = await loadSelectedDocuments(paths, options, inputs, inputs.documentFiles, session.loadContext());
    report.diagnostics.push(...loaded.diagnostics);
    for (const [k, v] of loaded.documents.sources) report.sources.set(k, v);
    report.failedDocuments = [...loaded.documents.failed].sort();
    return { documents: loaded.documents };
  },
};
