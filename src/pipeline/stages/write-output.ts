/**
 * Writing one rendered output: its PDF, the kind's companion PDFs and the print file,
 * each atomically, and the manifest entry that describes them.
 */
import { resolve } from 'node:path';
import { claimsPdfUa } from '../../accessibility/claims-pdf-ua.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import type { Rendered } from '../../kinds/kind.js';
import type { ManifestEntry } from '../../output/manifest.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { isPrintable, printFileName, type Printer } from '../../print/print-stage.js';
import type { Job } from '../plan.js';

/**
 * Write the files of one output: companions first, then the PDF, then its print file.
 * Throws when a file cannot be written; a print file that fails is a diagnostic.
 * @param job the output
 * @param rendered its render
 * @param outDir the output folder
 * @param printer optional: the print-file maker
 * @param date the build's date
 * @returns the companion and print files written, and a print file's failure
 */
export async function writeOutputFiles(
  job: Job,
  rendered: Rendered,
  outDir: string,
  printer: Printer | undefined,
  date: Date,
): Promise<{ extras: NonNullable<ManifestEntry['extras']>; diagnostics: Diagnostic[] }> {
  const extras: NonNullable<ManifestEntry['extras']> = [];
  const diagnostics: Diagnostic[] = [];
  for (const x of rendered.extras ?? []) {
    const xOut = job.out.replace(/\.pdf$/, `${x.suffix}.pdf`);
    writeAtomic(resolve(outDir, xOut), x.pdf);
    extras.push({ path: xOut, pages: x.pages, bytes: x.pdf.byteLength, ...(claimsPdfUa(x.pdf) ? { accessible: 'PDF/UA-1' as const } : {}) });
  }
  writeAtomic(resolve(outDir, job.out), rendered.pdf);
  if (printer && isPrintable(job.variant, job.doc.meta.status)) {
    const printOut = printFileName(job.out);
    try {
      const printed = await printer.print(rendered.pdf, job.doc.meta.title, date);
      writeAtomic(resolve(outDir, printOut), printed);
      extras.push({ path: printOut, pages: rendered.pages, bytes: printed.byteLength });
    } catch (e) {
      diagnostics.push(diag('PrintFileFailed', { output: printOut, cause: (e as Error).message.split('\n')[0] }, { file: job.doc.source.path }));
    }
  }
  return { extras, diagnostics };
}

/** The duplex mode the document's kind reads from its front matter, if any. */
const duplexOf = (job: Job): string | undefined => job.doc.kind.duplex?.(job.doc.meta);

/**
 * The manifest entry of an output just written.
 * @param job the output
 * @param rendered its render
 * @param extras its companion and print files
 * @param ms how long its render and write took
 */
export function manifestEntry(job: Job, rendered: Rendered, extras: NonNullable<ManifestEntry['extras']>, ms: number): ManifestEntry {
  return {
    document: job.doc.source.path,
    kind: job.doc.kind.name,
    slug: job.doc.slug,
    title: job.doc.meta.title,
    brand: job.brand.id,
    lang: job.doc.meta.lang,
    languages: job.doc.translationOf ? [job.doc.translationOf.meta.lang, job.doc.meta.lang] : [job.doc.meta.lang],
    dir: job.doc.language.dir,
    variant: job.variant.id,
    // What the catalogue says of the file, kept with it: a later partial build plans
    // other outputs and must not lose these.
    ...(job.variant.label ? { variantLabel: job.variant.label } : {}),
    ...(duplexOf(job) ? { duplex: duplexOf(job)! } : {}),
    paper: String(job.doc.kind.paper?.(job.doc.meta) ?? job.brand.paper ?? 'a4'),
    ...(job.doc.meta.status ? { status: job.doc.meta.status } : {}),
    inputs: job.inputs,
    digest: job.digest,
    pages: rendered.pages,
    bytes: rendered.pdf.byteLength,
    ms,
    ...(claimsPdfUa(rendered.pdf) ? { accessible: 'PDF/UA-1' as const } : {}),
    ...(extras.length ? { extras } : {}),
  };
}
