/**
 * Stage `printer`: with print files on (`--pdfx` or drukklaar.yml), find Ghostscript and
 * the output profile; a missing one is a diagnostic, and the PDFs are still built.
 */
import { preparePrinter, type Printer } from '../../print/print-stage.js';
import { toolRoot } from '../../tool-root.js';
import type { BuildStage } from './stage.js';

/** The print-file maker, when print files are on and it can run. */
export interface WithPrinter {
  printer?: Printer;
}

/** Prepare the printer for this build's print files. */
export const preparePrinting: BuildStage<object, WithPrinter> = {
  name: 'printer',
  inCheck: false,
  run(_input, session) {
    const printing = preparePrinter(session.pdfx, toolRoot());
    session.report.diagnostics.push(...printing.diagnostics);
    return printing.printer ? { printer: printing.printer } : {};
  },
};
