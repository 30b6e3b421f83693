/**
 * Set one top-level field of a file's YAML front matter by editing lines, so every other
 * line (comments, order, quoting) stays as it was. For one-line text values. Pure.
 */

/**
 * The text with `field: "value"` in its front matter, replacing the field's line (and its
 * indented continuation lines) or added before the closing `---`.
 * @param text the whole file
 * @param field a top-level field name, e.g. `title` or `status`
 * @param value its new text (written as a double-quoted YAML string)
 * @returns the new text, or the text unchanged when it has no front matter
 */
export function withFrontMatterField(text: string, field: string, value: string): string {
  const lines = text.split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) return text;
  const fmEnd = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (fmEnd < 0) return text;
  const line = `${field}: ${JSON.stringify(value)}`;
  const start = lines.findIndex((l, i) => i > 0 && i < fmEnd && new RegExp(`^${field}\\s*:`).test(l));
  if (start < 0) {
    lines.splice(fmEnd, 0, line);
    return lines.join('\n');
  }
  let end = start + 1;
  while (end < fmEnd && /^[ \t]/.test(lines[end]!)) end++;
  lines.splice(start, end - start, line);
  return lines.join('\n');
}
