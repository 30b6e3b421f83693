/**
 * Short Dutch print advice per kind of material, shown above each group of the
 * catalogue. Reads paper sizes and (for card decks) the duplex edge from the manifest.
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

/** "lange kant" / "korte kant". */
export const edgeLabel = (e: DuplexEdge) => (e === 'long' ? 'lange kant' : e === 'short' ? 'korte kant' : 'enkelzijdig');

/** How to print one sheet, e.g. "dubbelzijdig, lange kant". */
export const duplexWords = (e: DuplexEdge) => (e === 'single' ? 'enkelzijdig' : `dubbelzijdig, ${edgeLabel(e)}`);

const SCALE = 'Print op ware grootte (schaal 100 %), niet met "Aanpassen aan pagina": dan kloppen de maten en snijlijnen.';

/**
 * Advice lines for one kind.
 * @param kind the kind's name (checklist, quickscan, cards, tips, …)
 * @param entries the manifest entries of that kind
 */
export function printAdvice(kind: string, entries: ManifestEntry[]): string[] {
  const papers = new Set(entries.map((e) => e.paper.toLowerCase()));
  const lines = [SCALE];
  if (kind === 'cards') {
    const edges = new Set(entries.map(duplexOf));
    const edge = edges.size === 1 ? [...edges][0] : undefined;
    lines.push(
      edge === 'single'
        ? 'Print eerst alle voorkanten, daarna alle achterkanten; snijd beide en kleef ze rug aan rug.'
        : edge
        ? `Print de kaartvellen dubbelzijdig en laat de printer omslaan langs de ${edgeLabel(edge)} ("${edge === 'long' ? 'lange zijde' : 'korte zijde'}" in het printvenster): zo valt elke achterkant precies achter zijn voorkant.`
        : 'Print de kaartvellen dubbelzijdig en kies de kant waarvoor het kaartspel gemaakt is (zie bij elk spel); print eerst één proefvel en houd het tegen het licht.',
      'Gebruik stevig papier (160 tot 250 g/m²) en knip langs de snijtekens.',
    );
  } else if (kind === 'tips') {
    lines.push('Een vertaald tipblad bevat altijd ook de Nederlandse tekst (ernaast of op de pagina ervoor): print alle pagina’s en geef ze samen mee, nooit de vertaling alleen.');
  } else if (kind === 'quickscan' || kind === 'checklist') {
    lines.push('Dubbelzijdig printen langs de lange kant bespaart papier; enkelzijdig kan ook.');
  }
  if (papers.has('a5')) {
    lines.push('A5-bladen: kies A5 als papierformaat in het printvenster. Geen A5-lade? Print op A4 zonder te schalen en snij of vouw het blad op maat.');
  }
  if (entries.some((e) => e.extras?.some((x) => x.path.endsWith(`${PRINT_SUFFIX}.pdf`)))) {
    lines.push('Bestanden "voor de drukkerij" geef je zo door aan de drukker: PDF/X-3 in CMYK voor FOGRA39 (gestreken papier), op ware grootte (100 %) te drukken; kaartvellen met 3 mm afloop en snijtekens.');
  }
  return lines;
}
