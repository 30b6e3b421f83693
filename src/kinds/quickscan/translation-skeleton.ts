/**
 * A new translation file of a Dutch quickscan (to fill in): the same parts and statements
 * with their ids, each empty under the Dutch text as comments, the answer scale with its
 * values and pictograms and the Dutch labels to translate, status draft and the Dutch
 * hashes. Pure: `drukklaar translate` writes it.
 */
import { plain } from '../../markdown/blocks.js';
import { dutchComment as comment, sourceFieldLines, withSourceHashes } from '../translation-source-field.js';
import type { QuickscanModel } from './model.js';
import { blocksText, quickscanHashes } from './translation-hash.js';

const q = (s: string) => JSON.stringify(s);

/**
 * The skeleton of a translation.
 * @param model the Dutch scan
 * @param lang the language code, e.g. `ar`
 * @param languageName the language's Dutch name, for the hints in comments
 */
export function quickscanSkeleton(model: QuickscanModel, lang: string, languageName: string): string {
  const m = model.meta;
  const out = [
    '---',
    'kind: "quickscan"',
    `title: ${q(m.title)}   # translate into ${languageName}`,
    ...(m.subtitle ? [`subtitle: ${q(m.subtitle)}   # translate`] : []),
    `lang: "${lang}"`,
    `audience: "${m.audience}"`,
    `instruction: ${q(m.instruction.replace(/\s+/g, ' ').trim())}   # translate`,
    'scale:   # translate the labels; values and pictograms stay',
    ...m.scale.map((p) => `  - { label: ${q(p.label)}, value: ${p.value}${p.symbol ? `, symbol: "${p.symbol}"` : ''} }`),
    ...(m.notApplicable ? [`notApplicable: ${q(m.notApplicable)}   # translate`] : []),
    ...(m.notes !== 3 ? [`notes: ${m.notes}`] : []),
    '# translator: "your name or organisation"',
    'status: "draft"',
    ...sourceFieldLines(quickscanHashes(model)),
    '---',
    '',
  ];
  const intro = blocksText(model.intro);
  if (intro) out.push(...intro.split('\n').map(comment), '');
  for (const s of model.sections) {
    out.push(`## {#${s.id}}`, '', comment(plain(s.title)), '');
    const sIntro = blocksText(s.intro);
    if (sIntro) out.push(...sIntro.split('\n').map(comment), '');
    for (const it of s.items) {
      out.push(comment(plain(it.runs)), ...(it.tip ? [comment(`Tip: ${plain(it.tip)}`)] : []), `- {#${it.id}}`, '');
    }
  }
  return out.join('\n');
}

/**
 * A translation's text with its `source:` field brought up to the current Dutch text.
 * @returns undefined when the file has no front matter
 */
export const markQuickscanCurrent = (text: string, source: QuickscanModel) => withSourceHashes(text, quickscanHashes(source));
