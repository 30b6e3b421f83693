/**
 * citty keeps only the last value of an option given twice, so `--doc a --doc b` built `b`
 * alone. This joins the values of repeatable options (`--doc a,b`) before citty parses
 * them, and makes any other option given twice a usage error.
 */
import type { ArgsDef } from 'citty';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';

/**
 * @param declared the command's argument definitions
 * @param rawArgs the arguments after the command name
 * @param repeatable options whose values add up (comma-separated or repeated)
 * @returns the arguments with each repeatable option once, and diagnostics for the others
 */
export function joinRepeated(declared: ArgsDef, rawArgs: readonly string[], repeatable: readonly string[]): { rawArgs: string[]; diagnostics: Diagnostic[] } {
  const isString = (name: string) => (declared[name] as { type?: string } | undefined)?.type === 'string';
  const values = new Map<string, string[]>();
  const out: string[] = [];
  const firstAt = new Map<string, number>();
  for (let i = 0; i < rawArgs.length; i++) {
    const token = rawArgs[i]!;
    if (token === '--') {
      out.push(...rawArgs.slice(i));
      break;
    }
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(token);
    if (!m || !isString(m[1]!)) {
      out.push(token);
      continue;
    }
    const name = m[1]!;
    let value = m[2];
    if (value === undefined) {
      const next = rawArgs[i + 1];
      if (next === undefined || next.startsWith('--')) {
        out.push(token);
        continue;
      }
      value = next;
      i++;
    }
    const seen = values.get(name);
    if (seen) seen.push(value);
    else {
      values.set(name, [value]);
      firstAt.set(name, out.length);
      out.push(`--${name}`, value);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const [name, vs] of values) {
    if (vs.length < 2) continue;
    if (repeatable.includes(name)) out[firstAt.get(name)! + 1] = vs.join(',');
    else diagnostics.push(diag('UsageInvalid', { reason: 'optionRepeated', option: name, values: vs }));
  }
  return { rawArgs: out, diagnostics };
}
