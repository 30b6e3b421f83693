/**
 * Text of translation files: a skeleton to translate from (the Dutch text as HTML
 * comments, ids and source hashes filled in), and the rewrite of only the `source:`
 * field of an existing translation. Pure: the commands read and write the files.
 */
import { plain } from '../../markdown/blocks.js';
import { sourceHashes, type HashableSheet } from './item-hash.js';

/** Dutch text inside an HTML comment; `--` would end the comment early. */
const comment = (text: string) => `<!-- nl: ${text.replace(/--/g, '- -').replace(/\s+/g, ' ').trim()} -->`;

/** YAML lines of the `source:` field for the current Dutch text. */
export function sourceFieldLines(sheet: HashableSheet): string[] {
  const { hash, items } = sourceHashes(sheet);
  return ['source:', `  hash: "${hash}"`, '  items:', ...Object.entries(items).map(([id, h]) => `    ${id}: "${h}"`)];
}

/**
 * A new translation of a Dutch sheet for a language: same tip ids in the same order,
 * each heading empty with the Dutch heading and text as comments, status draft.
 */
export function translationSkeleton(sheet: HashableSheet & { meta: { title: string } }, lang: string, languageName: string): string {
  const out = [
    '---',
    'kind: "tips"',
    `title: ${JSON.stringify(sheet.meta.title)}   # translate the title into ${languageName}`,
    `lang: "${lang}"`,
    '# translator: "your name or organisation"',
    'status: "draft"',
    ...sourceFieldLines(sheet),
    '---',
    '',
  ];
  if (sheet.intro.length) out.push(...sheet.intro.map((p) => comment(plain(p))), '');
  for (const t of sheet.tips) {
    out.push(`## {#${t.id}}`, '', comment(plain(t.heading)), '', ...t.text.map((p) => comment(plain(p))), '');
  }
  return out.join('\n');
}

/**
 * Replace (or add) the top-level `source:` field in the front matter of a file and
 * leave every other line as it was.
 * @returns the new text, or undefined when the file has no front matter
 */
export function withSourceField(text: string, sheet: HashableSheet): string | undefined {
  const lines = text.split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (end < 0) return undefined;
  const field = sourceFieldLines(sheet);
  const start = lines.findIndex((l, i) => i > 0 && i < end && /^source\s*:/.test(l));
  if (start < 0) return [...lines.slice(0, end), ...field, ...lines.slice(end)].join('\n');
  let stop = start + 1;
  while (stop < end && (/^[ \t]/.test(lines[stop]!) || (lines[stop]!.trim() === '' && stop + 1 < end && /^[ \t]/.test(lines[stop + 1]!)))) stop++;
  return [...lines.slice(0, start), ...field, ...lines.slice(stop)].join('\n');
}
