/**
 * `--workers N|auto`: how many threads render. N is a whole number from 1 to 64 (render
 * threads beside this one); `auto` (the default) decides by the cores.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';

export const MAX_WORKERS = 64;

/**
 * @param value the option's value as given, or undefined
 * @returns the number of workers or `auto`, or a usage diagnostic
 */
export function parseWorkers(value: string | undefined): number | 'auto' | Diagnostic {
  if (value === undefined || value === 'auto') return 'auto';
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_WORKERS) return n;
  return diag('UsageInvalid', { reason: 'workers', max: MAX_WORKERS, value });
}
