/**
 * How far a bench row is from its target, in the row's unit: a missed target is printed
 * with by how much ("NO, over by 0.23 ×"), not only that it is missed.
 */

/** A row as far as this needs it: its value, unit and a target such as `≤ 0.25` or `< 500 MB`. */
export interface Targeted {
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
}

/**
 * The words for the "met" column: `yes`, `NO, over by …`, `NO, under by …` (or `off by`, for a target of one value), or '' without a target.
 * @param row the measured row
 */
export function metColumn(row: Targeted): string {
  if (row.ok === undefined) return '';
  if (row.ok) return 'yes';
  const bound = /^\s*([<>≤≥]?)\s*([\d.,]+)/.exec(row.target ?? '');
  if (!bound || !Number.isFinite(row.value)) return 'NO';
  const limit = Number(bound[2]!.replace(/,/g, ''));
  const gap = Math.abs(row.value - limit);
  const amount = row.unit === '×' || gap < 10 ? gap.toFixed(2) : Math.round(gap).toString();
  const side = !bound[1] ? 'off' : bound[1] === '<' || bound[1] === '≤' ? 'over' : 'under';
  return `NO, ${side} by ${amount} ${row.unit}`;
}
