/**
 * Pictograms named in content must exist under assets/icons and be drawable, with a
 * "did you mean" for a near miss (`slaap` → `slapen`). Pure: the caller lists the icons.
 */
import { closest, distance } from 'fastest-levenshtein';
import { parseIcon } from '../../layouts/components/icon.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { PictogramUse } from '../kinds/kind.js';

/** What the check knows of the icons folder. */
export interface IconFolder {
  /** Icon names (file names without `.svg`), sorted. */
  names: readonly string[];
  /** The SVG text of an icon. */
  read(name: string): string;
}

/**
 * A close pictogram name, or undefined. Looser than field names (`suggest`): pictogram
 * names are Dutch words, and a word's other form (`slaap`, `slapen`) is a likely slip.
 */
export function suggestPictogram(name: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const best = closest(name, known as string[]);
  return distance(name, best) <= Math.ceil(best.length / 2) ? best : undefined;
}

/**
 * @param uses the pictograms a document prints, with where they are named
 * @param icons the icons folder
 * @returns one diagnostic per missing or unreadable pictogram use (no file: the caller attaches it)
 */
export function checkPictograms(uses: readonly PictogramUse[], icons: IconFolder): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const use of uses) {
    const at = { ...(use.line ? { span: { start: { line: use.line, column: 1 } } } : {}), ...(use.field ? { field: use.field } : {}) };
    if (!icons.names.includes(use.name)) {
      out.push(diag('PictogramUnknown', { name: use.name, suggestion: suggestPictogram(use.name, icons.names), known: icons.names.join(', ') }, at));
      continue;
    }
    try {
      parseIcon(icons.read(use.name));
    } catch (e) {
      out.push(diag('ImageInvalid', { path: `assets/icons/${use.name}.svg`, cause: (e as Error).message }, at));
    }
  }
  return out;
}
