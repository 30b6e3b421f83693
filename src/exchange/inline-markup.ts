/**
 * Markdown inside a unit as text and protected markers: emphasis (`*`, `**`, `_`, `__`),
 * strike-through (`~~`), footnote markers (`[^1]`), code backticks, link brackets, `{page}`-style placeholders of the language files, with their address, autolinks and paragraph breaks become
 * markers that XLIFF writes as placeholders (`<ph/>`), which CAT tools show as tags a
 * translator moves but cannot break. Joining the pieces again gives the Markdown back
 * byte for byte. Pure.
 */

/** A piece of a unit: text to translate, or a marker to keep. */
export type Piece = string | { marker: string };

const MARKERS = /(\{[a-z]+\}|\*\*|__|~~|\*|_|`|\]\([^)\n]*\)|\[\^[^\]\s]+\]|\[|<(?:https?:|mailto:)[^>\s]*>|\n\n)/;

/**
 * Split Markdown into text and markers.
 * @param markdown the unit's Markdown
 */
export function toPieces(markdown: string): Piece[] {
  return markdown
    .split(MARKERS)
    .map((part, i): Piece => (i % 2 ? { marker: part } : part))
    .filter((p) => p !== '');
}

/**
 * Markdown from pieces (the inverse of `toPieces`).
 * @param pieces text and markers in order
 */
export function fromPieces(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.marker)).join('');
}

/**
 * What a marker looks like in a CAT tool's tag (`disp`).
 * @param marker the Markdown it stands for
 */
export function markerDisplay(marker: string): string {
  if (marker === '\n\n') return '¶';
  if (marker.startsWith('](')) return `](${marker.slice(2, -1)})`;
  return marker;
}
