/**
 * `drukklaar status`: which translations exist, and in what state, as a table of
 * documents × languages (or JSON). Mismatched or unreadable translations are errors
 * (exit code 1): a translation must say the same as the Dutch text.
 */
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { isMismatch, type TranslationComparison } from '../kinds/translation-comparison.js';
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import { projectPaths } from '../project.js';
import { projectRoot, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { readTranslationDocuments, translatableSources, translatedKinds } from './translation-documents.js';

/** State of one translation, worst first. */
export type TranslationState = 'invalid' | 'mismatched' | 'incomplete' | 'stale' | 'unknown-origin' | 'draft' | 'reviewed' | 'missing';

export interface TranslationCell {
  state: TranslationState;
  file?: string;
  /** draft or reviewed, as the file says. */
  status?: 'draft' | 'reviewed';
  /** Items whose Dutch text changed since the translation. */
  stale?: string[];
  /** What does not match or is not translated. */
  problems?: string[];
}

export interface StatusReport {
  languages: string[];
  documents: { slug: string; file: string; title: string; translations: Record<string, TranslationCell> }[];
}

/** The state of a translation from its comparison with the source. Pure. */
export function cellOf(c: TranslationComparison, status: 'draft' | 'reviewed' | undefined, file: string): TranslationCell {
  const s = status ?? 'draft';
  const problems = [
    ...c.missing.map((m) => `missing ${m.id}`),
    ...c.extra.map((x) => `extra ${x.id} (line ${x.line})`),
    ...c.moved.map((m) => `moved ${m.id} (item ${m.position}, Dutch ${m.expected})`),
    ...(c.differs ?? []).map((d) => `${d.field} ${d.found} (Dutch ${d.expected})`),
  ];
  if (isMismatch(c)) return { state: 'mismatched', file, status: s, problems };
  if (c.empty.length) return { state: 'incomplete', file, status: s, problems: c.empty.map((e) => `not translated: ${e.id}`) };
  if (c.stale.length) return { state: 'stale', file, status: s, stale: c.stale };
  if (c.origin === 'unknown') return { state: 'unknown-origin', file, status: s };
  return { state: s, file, status: s };
}

const label: Record<TranslationState, string> = {
  invalid: 'INVALID',
  mismatched: 'MISMATCHED',
  incomplete: 'incomplete',
  stale: 'stale',
  'unknown-origin': 'unknown origin',
  draft: 'draft',
  reviewed: 'reviewed',
  missing: '-',
};

/**
 * The report as a text table, with details of the cells that need work below it.
 * @param items what the translated items are called in the legend (default: those of the translated kinds)
 */
export function statusTable(r: StatusReport, items = translatedKinds().map((k) => k.items).join(' or ') || 'items'): string {
  const head = ['document', ...r.languages];
  const rows = r.documents.map((d) => [d.slug, ...r.languages.map((l) => {
    const c = d.translations[l]!;
    return label[c.state];
  })]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const details: string[] = [];
  for (const d of r.documents) {
    for (const l of r.languages) {
      const c = d.translations[l]!;
      const st = c.status ? ` (${c.status})` : '';
      if (c.stale?.length) details.push(`  ${c.file}${st}: stale, the Dutch text changed for: ${c.stale.join(', ')}`);
      if (c.problems?.length) details.push(`  ${c.file}${st}: ${c.state}: ${c.problems.join('; ')}`);
      if (c.state === 'unknown-origin') details.push(`  ${c.file}${st}: unknown origin (no \`source:\` hashes; run translate --mark-current after checking it)`);
    }
  }
  if (details.length) out.push('', 'needs work:', ...details);
  out.push('', `missing: -   draft/reviewed: up to date   stale: the Dutch changed   MISMATCHED: other ${items} than the Dutch (error)`);
  return out.join('\n');
}

/** Run `status`; returns the exit code (1 when a translation is mismatched or unreadable). */
export async function runStatus(args: { json?: boolean; format?: string }, io: CliIO): Promise<number> {
  const paths = projectPaths(projectRoot(io));
  const t = await readTranslationDocuments(paths);
  const sources = translatableSources(t).sort((a, b) => a.slug.localeCompare(b.slug));
  const present = [...t.names.values()].map((n) => n.lang);
  const languages = [...new Set([...t.languages.languages.keys(), ...present])].filter((l) => l !== SOURCE_LANG).sort();
  const report: StatusReport = { languages, documents: [] };
  for (const src of sources) {
    const translations: Record<string, TranslationCell> = {};
    for (const lang of languages) {
      const file = [...t.names].find(([, n]) => n.slug === src.slug && n.lang === lang && t.names.get(src.source.path) !== n)?.[0];
      const doc = t.docs.find((d) => d.slug === src.slug && d.meta.lang === lang && d.kind.name === src.kind.name);
      const translation = src.kind.translation;
      if (doc && translation) {
        translations[lang] = cellOf(translation.compare(src.model, doc.model), doc.meta.status, doc.source.path);
      } else if (file && t.failed.has(file)) {
        translations[lang] = { state: 'invalid', file, problems: (t.failed.get(file) ?? []).filter((d) => d.severity === 'error').map((d) => `line ${d.span?.start.line ?? '?'}: ${d.message}`) };
      } else translations[lang] = { state: 'missing' };
    }
    report.documents.push({ slug: src.slug, file: src.source.path, title: src.meta.title, translations });
  }
  const bad = report.documents.some((d) => Object.values(d.translations).some((c) => c.state === 'mismatched' || c.state === 'invalid'));
  if (args.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else io.stdout.write(statusTable(report) + '\n');
  // Sources that do not load cannot be compared: say why (Dutch files beside the sources of
  // translated kinds, or with translations of their own).
  const folders = new Set(sources.map((s) => s.source.path.replace(/[^/]*$/, '')));
  const translated = (slug: string | undefined) => [...t.names.values()].some((n) => n.slug === slug && n.lang !== SOURCE_LANG);
  const brokenSources = [...t.failed]
    .filter(([f]) => t.names.get(f)?.lang === SOURCE_LANG && (folders.has(f.replace(/[^/]*$/, '')) || translated(t.names.get(f)?.slug)))
    .flatMap(([, d]) => d);
  if (brokenSources.length) printDiagnostics(io, brokenSources, (args.format ?? 'long') as DiagnosticFormat, t.sources);
  return bad || brokenSources.some((d) => d.severity === 'error') ? 1 : 0;
}
