/**
 * Text as it goes to the line layout: the tokens a parent copies or dials (whole-tokens.ts)
 * kept whole and in the order they were typed.
 *
 * - A phone number or a bank account number (IBAN) written in groups gets no-break spaces
 *   (U+00A0) between its groups, so it never breaks over two lines.
 * - In a paragraph with right-to-left letters, each web address and e-mail address
 *   becomes a left-to-right isolate (LRI … PDI, U+2066 … U+2069), as a browser does for
 *   `<bdi dir="ltr">`, and each number written with separators (`09-123-45-67`,
 *   `2026-11-13`, `+32 9 123 45 67`) a left-to-right override inside one (LRI LRO … PDF
 *   PDI), which also keeps Arabic-Indic digits in the order typed. Without it the Unicode Bidirectional Algorithm, applied correctly,
 *   prints `09-123-45-67` as `67-45-123-09` in an Arabic line (rule W2 makes its digits
 *   Arabic numbers, and the hyphens between them take the line's direction).
 *
 * - A space typed before a closing mark (`?`, `!`, `:`, `;`, `»`, as French writes them)
 *   or after `«` becomes a no-break space, so the mark never starts a line on its own.
 *
 * The marks are invisible (fontkit draws default-ignorable characters with no width) and
 * only the layout sees them: the Markdown, the model and the metadata keep the text as written.
 */
import { findWholeTokens } from './whole-tokens.js';
import { printableSpaces } from './printable-spaces.js';

const LRI = '\u2066';
const PDI = '\u2069';
const LRO = '\u202d';
const PDF = '\u202c';
/** Arabic-Indic digits: bidi class AN, which the separators between them do not join. */
const ARABIC_INDIC = /[\u0660-\u0669]/u;
/** Letters of the right-to-left scripts. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;


/** A space before a closing mark that ends a word (French `Pourquoi ?`), and after an opening guillemet. */
const SPACE_BEFORE_MARK = / (?=[?!:;»›]+(?![\p{L}\p{Nd}]))/gu;
const SPACE_AFTER_GUILLEMET = /([«‹]) /gu;

/**
 * Keep punctuation with its word: the spaces French typing puts around `?`, `!`, `:`, `;`
 * and guillemets become no-break spaces (U+00A0, the same width).
 * @param text the text as written
 */
export function keepMarksWithWords(text: string): string {
  return text.replace(SPACE_BEFORE_MARK, '\u00a0').replace(SPACE_AFTER_GUILLEMET, '$1\u00a0');
}

/** Whether a text has right-to-left letters. */
export const hasRightToLeft = (text: string): boolean => RIGHT_TO_LEFT.test(text);

/**
 * A text prepared for the line layout.
 * @param typed the text as written
 * @param isolate wrap tokens in left-to-right isolates: pass whether the paragraph the
 *   text belongs to has right-to-left letters (`hasRightToLeft` of the whole paragraph)
 * @param before the paragraph's text before this one (an earlier run of it), optional: a
 *   number that follows left-to-right letters is left alone (see `followsLeftToRight`)
 */
export function layoutText(typed: string, isolate: boolean, before = ''): string {
  const text = keepMarksWithWords(printableSpaces(typed));
  const tokens = findWholeTokens(text);
  if (tokens.length === 0) return text;
  let out = '';
  let at = 0;
  for (const t of tokens) {
    let token = text.slice(t.start, t.end);
    // An IBAN's letters already make it read left to right: its groups only stay together.
    if (t.kind === 'iban') out += text.slice(at, t.start) + token.replace(/ /g, '\u00a0');
    else if (t.kind !== 'number') out += text.slice(at, t.start) + (isolate ? LRI + token + PDI : token);
    else {
      token = token.replace(/ (?=[+(]?\p{Nd})/gu, '\u00a0');
      // A number with separators reads left to right, digit group by digit group: an
      // override inside the isolate also keeps Arabic-Indic digits (٠٩-١٢٣) in order.
      const grouped = /[^\p{Nd}\p{L}]/u.test(token);
      const wrap = grouped && ((isolate && !followsLeftToRight(before + text.slice(0, t.start))) || ARABIC_INDIC.test(token));
      out += text.slice(at, t.start) + (wrap ? LRI + LRO + token + PDF + PDI : token);
    }
    at = t.end;
  }
  return out + text.slice(at);
}

/** A strong letter of a left-to-right script, or a left-to-right mark. */
const LEFT_TO_RIGHT_LETTER = /[\p{L}\u200e]/u;
/** A strong right-to-left character: a letter of those scripts, or a right-to-left or Arabic letter mark. */
const RIGHT_TO_LEFT_STRONG = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\u200f\u061c]/u;

/**
 * Whether the last strong character of a text is a left-to-right one. European digits after
 * it already read left to right, in the order typed (the bidi algorithm's rule W7), and stay
 * with it: `BE71 0961 2345 6769` or `Kerkstraat 12-14` in an Arabic line. An isolate there
 * would cut the number loose from the letters before it, and the line's direction would put
 * it on their other side (`0961 2345 6769 BE71`).
 */
function followsLeftToRight(text: string): boolean {
  for (const ch of [...text].reverse()) {
    if (/\p{Nd}/u.test(ch)) continue; // digits are not strong (Arabic-Indic ones are of the Arabic script)
    if (RIGHT_TO_LEFT_STRONG.test(ch)) return false;
    if (LEFT_TO_RIGHT_LETTER.test(ch)) return true;
  }
  return false;
}
