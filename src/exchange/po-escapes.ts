/**
 * The escapes of PO strings that `gettext-parser` reads as GNU gettext means them: `\n`,
 * `\t`, `\r`, `\\` and `\"`. It drops the backslash of any other (`\a`, octal `\101`, hex
 * `\x41`, `\u0627`) and keeps the letters, so `\u0627` would be imported as `u0627`. Pure.
 */

const KNOWN = new Set(['n', 't', 'r', '\\', '"']);

/** An escape the PO reader does not know: its line and column (1-based) and what to say. */
export interface UnknownEscape {
  line: number;
  column: number;
  detail: string;
}

/** What to write instead of an escape, by what it starts with. */
function adviceFor(escape: string): string {
  if (/^\\[0-7]/.test(escape)) return 'an octal escape is not read: write the character itself';
  if (/^\\[xuU]/.test(escape)) return 'a hexadecimal or Unicode escape is not read: write the character itself (the file is UTF-8)';
  return 'write the character itself, \\\\ for a backslash, or one of \\n \\t \\" ';
}

/**
 * The first escape in a quoted string of a PO file that is not one of `\n \t \r \\ \"`.
 * Comment lines (`#`) are not read.
 * @param text the PO file's text
 */
export function findUnknownEscape(text: string): UnknownEscape | undefined {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (/^\s*#/.test(line)) continue;
    const open = line.indexOf('"');
    if (open < 0) continue;
    for (let k = open + 1; k < line.length; k++) {
      if (line[k] === '"') break;
      if (line[k] !== '\\') continue;
      const next = line[k + 1];
      if (next === undefined || next === '\r') break;
      if (!KNOWN.has(next)) {
        const escape = line.slice(k, k + (/[xuU0-7]/.test(next) ? 6 : 2)).replace(/"[\s\S]*$/, '');
        return { line: i + 1, column: k + 1, detail: `the escape \`${escape}\` is not read in PO: ${adviceFor(escape)}`.trimEnd() };
      }
      k++;
    }
  }
  return undefined;
}
