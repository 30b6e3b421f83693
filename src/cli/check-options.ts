/**
 * citty accepts any `--option`; a typo (`--kaarten`, `--brnad`) would be ignored in
 * silence. This finds options a command does not declare, and values outside a fixed set.
 */
import type { ArgsDef } from 'citty';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { suggest } from '../schema/validate.js';

/**
 * @param command name of the command, for messages
 * @param declared the command's argument definitions
 * @param rawArgs the arguments after the command name
 */
export function unknownOptions(command: string, declared: ArgsDef, rawArgs: string[]): Diagnostic[] {
  // Positional arguments are words without `--`: `--document` is no option of theirs.
  const names = Object.keys(declared).filter((n) => (declared[n] as { type?: string }).type !== 'positional');
  const out: Diagnostic[] = [];
  for (const token of rawArgs) {
    if (token === '--') break;
    if (!token.startsWith('--')) continue;
    const name = token.slice(2).split('=')[0]!;
    const plain = name.replace(/^no-/, '');
    if (names.includes(name) || names.includes(plain) || name === 'help') continue;
    const guess = suggest(name, names);
    out.push(
      diag('UsageInvalid', {
        reason: 'optionUnknown',
        command,
        option: name,
        guess,
        options: names,
      }),
    );
  }
  return out;
}

/** A diagnostic when a value is not one of the allowed ones, with a "did you mean". */
export function notOneOf(option: string, value: string, allowed: string[]): Diagnostic | undefined {
  if (allowed.includes(value)) return undefined;
  const guess = suggest(value, allowed);
  return diag('UsageInvalid', {
    reason: 'optionValueUnknown',
    option,
    value,
    allowed,
    guess,
  });
}
