/**
 * Short Dutch print advice per kind of material, shown above each group of the
 * catalogue: the general lines here, the kind's own lines from its definition, and
 * lines for the paper sizes and print-shop files found in the manifest.
 */
import type { ManifestEntry } from '../output/manifest.js';
import { PRINT_SUFFIX } from '../print/print-stage.js';

/** Which edge a double-sided sheet turns on; `single` for one-sided printing. */
export type DuplexEdge = 'long' | 'short' | 'single';

/**
 * The duplex edge recorded in a manifest entry, if its kind records one
 * (`duplex: "long" | "short" | "long-edge" | "short-edge" | "single"`).
 */
export function duplexOf(entry: ManifestEntry): DuplexEdge | undefined {
  const v = (entry as { duplex?: unknown }).duplex;
  if (typeof v !== 'string') return undefined;
  if (/^long/i.test(v)) return 'long';
  if (/^short/i.test(v)) return 'short';
  if (/^single/i.test(v)) return 'single';
  return undefined;
}

/** "lange kant" / "korte kant" / "enkelzijdig", for an edge. */
export const edgeLabel = (e: DuplexEdge) => (e === 'long' ? 'lange kant' : e === 'short' ? 'korte kant' : 'enkelzijdig');

/** How to print one sheet, e.g. "dubbelzijdig, lange kant". */
export const duplexWords = (e: DuplexEdge) => (e === 'single' ? 'enkelzijdig' : `dubbelzijdig, ${edgeLabel(e)}`);

const SCALE = 'Print op ware grootte (schaal 100 %), niet met "Aanpassen aan pagina": dan kloppen de maten en snijlijnen.';

/**
 * Advice lines for one group of the catalogue: how to print at all, the kind's own
 * advice, then lines that depend on the files (A5 paper, print-shop files).
 * @param kindAdvice the kind's lines (`catalogue.advice` of its definition)
 * @param entries the manifest entries of that kind
 */
export function printAdvice(kindAdvice: string[], entries: ManifestEntry[]): string[] {
  const papers = new Set(entries.map((e) => e.paper.toLowerCase()));
  const lines = [SCALE, ...kindAdvice];
  if (papers.has('a5')) {
    lines.push('A5-bladen: kies A5 als papierformaat in het printvenster. Geen A5-lade? Print op A4 zonder te schalen en snij of vouw het blad op maat.');
  }
  if (entries.some((e) => e.extras?.some((x) => x.path.endsWith(`${PRINT_SUFFIX}.pdf`)))) {
    lines.push('Bestanden "voor de drukkerij" geef je zo door aan de drukker: PDF/X-3 in CMYK voor FOGRA39 (gestreken papier), op ware grootte (100 %) te drukken; kaartvellen met 3 mm afloop en snijtekens.');
  }
  return lines;
}
