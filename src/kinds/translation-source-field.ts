/**
 * The `source:` field of a translation's front matter (the hashes of the Dutch text it
 * follows), written as lines and put into a file with every other line kept. Pure; shared
 * by every translatable kind.
 */

/** The hashes of a Dutch document: one for the whole, one per item id. */
export interface SourceHashes {
  hash: string;
  items: Record<string, string>;
}

/** YAML lines of the `source:` field for the given hashes. */
export function sourceFieldLines({ hash, items }: SourceHashes): string[] {
  return ['source:', `  hash: "${hash}"`, '  items:', ...Object.entries(items).map(([id, h]) => `    ${id}: "${h}"`)];
}

/**
 * Replace (or add) the top-level `source:` field in the front matter of a file and
 * leave every other line as it was.
 * @param text the translation's file text
 * @param hashes the current Dutch hashes
 * @returns the new text, or undefined when the file has no front matter
 */
export function withSourceHashes(text: string, hashes: SourceHashes): string | undefined {
  const lines = text.split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (end < 0) return undefined;
  const field = sourceFieldLines(hashes);
  const start = lines.findIndex((l, i) => i > 0 && i < end && /^source\s*:/.test(l));
  if (start < 0) return [...lines.slice(0, end), ...field, ...lines.slice(end)].join('\n');
  let stop = start + 1;
  while (stop < end && (/^[ \t]/.test(lines[stop]!) || (lines[stop]!.trim() === '' && stop + 1 < end && /^[ \t]/.test(lines[stop + 1]!)))) stop++;
  return [...lines.slice(0, start), ...field, ...lines.slice(stop)].join('\n');
}

/** Dutch text inside an HTML comment, for a skeleton to translate from (`--` would end the comment early). */
export const dutchComment = (text: string) => `<!-- nl: ${text.replace(/--/g, '- -').replace(/\s+/g, ' ').trim()} -->`;
