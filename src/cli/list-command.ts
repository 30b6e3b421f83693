/**
 * `list [documents|brands|languages]`: what the project holds, as a table or as JSON. Each
 * document with its kind, title and languages (and the status of each translation), each
 * brand with its name and colours, each language with its direction and script. Files
 * that do not load are listed with "error" (`check` says why).
 */
import { diag } from '../diagnostics/errors.js';
import { formatShort } from '../diagnostics/format.js';
import { loadProject } from '../pipeline/load-project.js';
import { projectPaths } from '../project.js';
import { projectRoot, type CliIO } from './io.js';

export interface ListArgs {
  what?: string;
  json?: boolean;
}

interface DocumentRow {
  slug: string;
  kind: string;
  title: string;
  languages: { lang: string; status: string; file: string }[];
}

const WHAT = ['documents', 'brands', 'languages'] as const;

/** Columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n';
}

/** Print the project's documents, brands and languages (or one of them). */
export async function runList(args: ListArgs, io: CliIO): Promise<number> {
  const what = args.what ? [args.what] : [...WHAT];
  const unknown = what.filter((w) => !(WHAT as readonly string[]).includes(w));
  if (unknown.length) {
    io.stderr.write(formatShort(diag('UsageInvalid', { detail: `\`list\` shows ${WHAT.join(', ')}; found \`${unknown.join(', ')}\``, hint: 'for example: drukklaar list documents' })) + '\n');
    return 2;
  }
  const project = await loadProject(projectPaths(projectRoot(io)), {});
  const { brands, languages, documents } = project;

  const bySlug = new Map<string, DocumentRow>();
  for (const doc of documents.docs) {
    const dutch = doc.translationOf ?? doc;
    const row = bySlug.get(doc.slug) ?? { slug: doc.slug, kind: doc.kind.name, title: dutch.meta.title, languages: [] };
    row.languages.push({ lang: doc.meta.lang, status: doc.translationOf ? (doc.meta.status ?? 'draft') : 'source', file: doc.source.path });
    if (!doc.translationOf) row.title = doc.meta.title;
    bySlug.set(doc.slug, row);
  }
  for (const file of [...documents.failed].sort()) {
    const slug = (file.split('/').at(-1) ?? file).replace(/\.[^.]+\.md$/, '');
    const row = bySlug.get(slug) ?? { slug, kind: '?', title: '?', languages: [] };
    row.languages.push({ lang: /\.([^.]+)\.md$/.exec(file)?.[1] ?? '?', status: 'error', file });
    bySlug.set(slug, row);
  }
  const docRows = [...bySlug.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug));
  for (const r of docRows) r.languages.sort((a, b) => (a.status === 'source' ? -1 : b.status === 'source' ? 1 : a.lang.localeCompare(b.lang)));
  const brandRows = [...brands.brands.values()].sort((a, b) => a.id.localeCompare(b.id)).map((b) => ({ id: b.id, name: b.name, primary: b.colors.primary, accent: b.colors.accent }));
  const languageRows = [...languages.languages.values()].sort((a, b) => a.code.localeCompare(b.code)).map((l) => ({ code: l.code, name: l.name, nameNl: l.nameNl, dir: l.dir, script: l.script }));

  if (args.json) {
    const out: Record<string, unknown> = {};
    if (what.includes('documents')) out.documents = docRows;
    if (what.includes('brands')) out.brands = [...brandRows, ...[...brands.failed].map((id) => ({ id, error: true }))];
    if (what.includes('languages')) out.languages = languageRows;
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const parts: string[] = [];
  if (what.includes('documents')) {
    const rows = [['document', 'kind', 'languages', 'title'], ...docRows.map((r) => [r.slug, r.kind, r.languages.map((l) => (l.status === 'source' ? l.lang : `${l.lang} (${l.status})`)).join(', '), r.title])];
    parts.push(table(rows));
  }
  if (what.includes('brands')) {
    const rows = [['brand', 'colours', 'name'], ...brandRows.map((b) => [b.id, `${b.primary} ${b.accent}`, b.name]), ...[...brands.failed].map((id) => [id, '', '(error: see check)'])];
    parts.push(table(rows));
  }
  if (what.includes('languages')) {
    const rows = [['language', 'direction', 'script', 'name'], ...languageRows.map((l) => [l.code, l.dir, l.script, `${l.name} (${l.nameNl})`])];
    parts.push(table(rows));
  }
  io.stdout.write(parts.join('\n'));
  return 0;
}
