/**
 * Where YAML's flow collections (`[ … ]`, `{ … }`) get deeper than anyone writes them. The
 * YAML parser runs out of stack on thousands of them, at a place that depends on the
 * machine's stack; this finds one place that does not: the bracket that opens level
 * `FLOW_DEPTH_SHOWN`. Quotes and comments are skipped. Pure.
 */

/** The nesting level whose bracket a "nested too deeply" error points at. */
export const FLOW_DEPTH_SHOWN = 100;

/**
 * @param text the YAML text
 * @returns line and column (1-based) of the bracket that opens level FLOW_DEPTH_SHOWN, if any
 */
export function deepFlowBracket(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '[' || c === '{') {
      if (++depth === FLOW_DEPTH_SHOWN) return { line, column: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}
