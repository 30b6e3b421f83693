/**
 * Write an exchange as XLIFF 2.0: one `<file>` per Dutch document (`original` is its
 * path), one `<unit>` per translatable unit (its id), Markdown markers as `<ph/>`
 * placeholders whose Markdown is kept in `<originalData>`, the state on the segment
 * (new and stale: `initial`; draft: `translated`; reviewed: `final`) and notes with the
 * context and drukklaar's own state. Pure.
 */
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import type { Exchange, ExchangeUnit, UnitState } from './exchange-model.js';
import { markerDisplay, toPieces } from './inline-markup.js';

/** XLIFF segment state of each unit state. */
export const XLIFF_STATE: Record<UnitState, string> = { new: 'initial', stale: 'initial', draft: 'translated', reviewed: 'final' };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline content of a source or target, markers as placeholders with ids shared between the two. */
function inline(markdown: string, dataIds: Map<string, string>, phIds: Map<string, string[]>, next: { ph: number }): string {
  const seen = new Map<string, number>();
  return toPieces(markdown)
    .map((p) => {
      if (typeof p === 'string') return escape(p);
      if (!dataIds.has(p.marker)) dataIds.set(p.marker, `d${dataIds.size + 1}`);
      const k = seen.get(p.marker) ?? 0;
      seen.set(p.marker, k + 1);
      const ids = phIds.get(p.marker) ?? [];
      phIds.set(p.marker, ids);
      if (ids.length <= k) ids.push(String(next.ph++));
      return `<ph id="${ids[k]}" dataRef="${dataIds.get(p.marker)}" disp="${escape(markerDisplay(p.marker))}"/>`;
    })
    .join('');
}

function unitXml(u: ExchangeUnit): string[] {
  const dataIds = new Map<string, string>();
  const phIds = new Map<string, string[]>();
  const next = { ph: 1 };
  const source = inline(u.source, dataIds, phIds, next);
  const target = u.target ? inline(u.target, dataIds, phIds, next) : undefined;
  const stateNote = u.state === 'stale' ? 'stale: the Dutch text changed since this translation; update it or confirm it (set the state to translated)' : u.state;
  return [
    `    <unit id="${escape(u.id)}">`,
    '      <notes>',
    `        <note category="context">${escape(u.note)}</note>`,
    `        <note category="drukklaar-state">${escape(stateNote)}</note>`,
    '      </notes>',
    ...(dataIds.size ? ['      <originalData>', ...[...dataIds].map(([m, id]) => `        <data id="${id}">${escape(m)}</data>`), '      </originalData>'] : []),
    `      <segment state="${XLIFF_STATE[u.state]}">`,
    `        <source>${source}</source>`,
    ...(target !== undefined ? [`        <target>${target}</target>`] : []),
    '      </segment>',
    '    </unit>',
  ];
}

/**
 * The exchange as an XLIFF 2.0 document.
 * @param exchange the units of the selected documents for one language
 */
export function writeXliff(exchange: Exchange): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${SOURCE_LANG}" trgLang="${escape(exchange.lang)}">`];
  exchange.documents.forEach((d, i) => {
    out.push(`  <file id="f${i + 1}" original="${escape(d.file)}">`, '    <notes>', `      <note category="document">${escape(`${d.noun} “${d.title}”; the translation is ${d.translationFile}`)}</note>`, '    </notes>');
    for (const u of d.units) out.push(...unitXml(u));
    out.push('  </file>');
  });
  out.push('</xliff>', '');
  return out.join('\n');
}
