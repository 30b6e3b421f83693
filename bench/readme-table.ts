/**
 * The README's benchmark table, written from bench/results.json (the last full `npm run
 * bench`): every row with an id, its value, its target and by how much a missed target is
 * missed. A full bench run rewrites it; tests/bench-table.test.ts fails when the README and
 * results.json disagree.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { metColumn, type Targeted } from './missed-by.js';

const START = '<!-- bench table: written by bench/readme-table.ts from bench/results.json -->';
const END = '<!-- end of bench table -->';

/** A row of bench/results.json. */
export interface ResultRow extends Targeted {
  id?: string;
  name: string;
}

/** bench/results.json. */
export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string };
  runs: number;
  rows: ResultRow[];
}

/** A number as the table shows it: ratios with two decimals, long times in seconds. */
function shown(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === '%') return `${value.toFixed(1)} %`;
  if (unit === 'ms' && value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value).toLocaleString('en')} ${unit}`;
}

/**
 * The table's Markdown: the rows that have an id, in the order measured.
 * @param results the parsed bench/results.json
 */
export function benchTable(results: BenchResults): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `Full run of ${results.date.slice(0, 10)} on ${results.machine.cpus} cores, Node ${results.machine.node}, ${results.runs} runs per steady-state measure:`,
    '',
    '| id | measure | value | target | met |',
    '|---|---|---|---|---|',
    ...results.rows.filter((r) => r.id).map((r) => `| \`${r.id}\` | ${cell(r.name)} | ${shown(r.value, r.unit)} | ${cell(r.target ?? '')} | ${metColumn(r)} |`),
  ]
    .map((line) => (line ? `  ${line}` : line)) // inside the README's Benchmark list item
    .join('\n');
}

/**
 * The README's text with the table between its markers replaced.
 * @param readme the README's text
 * @param table the table's Markdown
 * @throws Error when the README lacks the markers
 */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no bench table markers (${START} … ${END})`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/**
 * Rewrite the README's table from bench/results.json (atomically).
 * @param repo the repository folder
 */
export function writeReadmeTable(repo: string): void {
  const results = JSON.parse(readFileSync(resolve(repo, 'bench/results.json'), 'utf8')) as BenchResults;
  const readme = resolve(repo, 'README.md');
  writeFileSync(`${readme}.tmp`, withTable(readFileSync(readme, 'utf8'), benchTable(results)));
  renameSync(`${readme}.tmp`, readme);
}
