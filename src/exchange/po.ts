/**
 * Exchange files as gettext PO (through `gettext-parser`): one entry per unit, `msgctxt`
 * = `<Dutch file>#<unit id>`, `msgid` the Dutch Markdown (kept verbatim), `msgstr` the
 * translation. A stale unit is `fuzzy`. The header `X-Drukklaar-Final: yes` says that every
 * entry without `fuzzy` is final (reviewed); without it, imported units stay draft. Pure.
 */
import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { lineOf, type Exchange, type ImportedUnit, type ReadExchange } from './exchange-model.js';
import { findUnknownEscape } from './po-escapes.js';

/** Header that marks every entry without `fuzzy` as final. */
export const FINAL_HEADER = 'X-Drukklaar-Final';

/**
 * The exchange as a PO file. The file is marked final when no unit of a document with a
 * review status is a draft (every translated unit is reviewed), so that importing it
 * unchanged changes nothing.
 * @param exchange the units of the selected documents for one language
 */
export function writePo(exchange: Exchange): string {
  const units = exchange.documents.flatMap((d) => d.units.map((u) => ({ d, u })));
  const reviewable = units.filter((x) => x.d.reviewable);
  const final = reviewable.some((x) => x.u.state === 'reviewed') && !reviewable.some((x) => x.u.state === 'draft');
  const translations: GetTextTranslations['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const { d, u } of units) {
    const msgctxt = `${d.file}#${u.id}`;
    const entry: GetTextTranslation = {
      msgctxt,
      msgid: u.source,
      msgstr: [u.target],
      comments: {
        extracted: `${u.note}\ntranslation: ${d.translationFile}\nstate: ${u.state}${u.state === 'stale' ? ' (the Dutch text changed since this translation: update it, or remove the fuzzy flag to confirm it)' : ''}`,
        reference: d.file,
        ...(u.state === 'stale' ? { flag: 'fuzzy' } : {}),
      } as GetTextTranslation['comments'],
    };
    translations[msgctxt] = { [u.source]: entry };
  }
  const headers = {
    'Project-Id-Version': 'drukklaar',
    Language: exchange.lang,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    [FINAL_HEADER]: final ? 'yes' : 'no',
  };
  return po.compile({ charset: 'utf-8', headers, translations }).toString('utf8') + '\n';
}

/**
 * Read a PO file.
 * @param text the file's text
 */
export function readPo(text: string): ReadExchange {
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(Buffer.from(text, 'utf8'));
  } catch (e) {
    const line = (e as { lineNumber?: number }).lineNumber ?? 1;
    return { error: { line, column: 1, detail: (e as Error).message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+\./, '.') } };
  }
  const escape = findUnknownEscape(text);
  if (escape) return { error: { line: escape.line, column: escape.column, detail: escape.detail } };
  // gettext-parser keeps the last of two entries with one msgctxt: which translation was
  // meant cannot be known (two translators' files merged?), so the file is refused there.
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  for (const [i, l] of lines.entries()) {
    const start = /^msgctxt (".*")\s*$/.exec(l)?.[1];
    if (start === undefined) continue;
    // A long msgctxt goes on in "…" lines below it.
    let ctx = start.slice(1, -1);
    for (let k = i + 1; k < lines.length && /^\s*"/.test(lines[k]!); k++) ctx += lines[k]!.trim().slice(1, -1);
    if (seen.has(ctx)) return { error: { line: i + 1, column: 1, detail: `the entry "${ctx}" is in the file twice (also on line ${seen.get(ctx)}); keep one of the two` } };
    seen.set(ctx, i + 1);
  }
  const header = (name: string) => Object.entries(parsed.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]?.trim();
  const lang = header('Language');
  if (!lang) return { error: { line: 1, column: 1, detail: 'the header has no `Language` (the language of the translation)' } };
  const final = header(FINAL_HEADER)?.toLowerCase() === 'yes';
  const units: ImportedUnit[] = [];
  for (const [ctx, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (!ctx && !entry.msgid) continue;
      const line = lineOf(text, ctx ? `msgctxt ${JSON.stringify(ctx)}` : `msgid ${JSON.stringify(entry.msgid)}`);
      const hash = ctx.lastIndexOf('#');
      if (hash <= 0) return { error: { line, column: 1, detail: `entry \`${entry.msgid.slice(0, 40)}\` has no msgctxt \`<file>#<unit>\`` } };
      const fuzzy = (entry.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy');
      const target = entry.msgstr[0] ?? '';
      units.push({ file: ctx.slice(0, hash), id: ctx.slice(hash + 1), source: entry.msgid, target, confirmed: !fuzzy, final: final && !fuzzy, line });
    }
  }
  return { lang, units };
}
