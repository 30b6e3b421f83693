/**
 * Text of translation files: a skeleton to translate from (the Dutch text as HTML
 * comments, ids and source hashes filled in), and the rewrite of only the `source:`
 * field of an existing translation. Pure: the commands read and write the files.
 */
import { plain } from '../../markdown/blocks.js';
import { dutchComment as comment, sourceFieldLines as fieldLines, withSourceHashes } from '../translation-source-field.js';
import { sourceHashes, type HashableSheet } from '../sheet-hash.js';

/** YAML lines of the `source:` field for the current Dutch text. */
export function sourceFieldLines(sheet: HashableSheet): string[] {
  return fieldLines(sourceHashes(sheet));
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
  return withSourceHashes(text, sourceHashes(sheet));
}
