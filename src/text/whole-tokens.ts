/**
 * Things in running text that a reader copies or dials as they are, and that must stay
 * whole on paper: web addresses, e-mail addresses, phone numbers, bank account numbers,
 * dates, times, amounts and codes. Found by linkify-it (web and e-mail addresses, with its rules for trailing
 * punctuation) and by the Unicode properties of digits.
 */
import LinkifyIt from 'linkify-it';

/** What a whole token is. */
export type TokenKind = 'url' | 'email' | 'number' | 'iban';

/** A token found in a text: [start, end) in UTF-16 code units. */
export interface WholeToken {
  kind: TokenKind;
  start: number;
  end: number;
}

// `.example` is the domain of documentation (RFC 2606): sample content and tests use it.
const linkify = new LinkifyIt().set({ fuzzyEmail: true, fuzzyLink: true }).tlds('example', true);
/** E-mail addresses at any top-level domain (linkify-it knows only a list of them). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * Digits with the separators that numbers are written with, no spaces: phone numbers
 * (`09-123-45-67`, `0470/12.34.56`), dates (`13/11/2026`, `2026-11-13`), times
 * (`08:30`), amounts (`12,50`, with a currency or percent sign written against them:
 * `€12,50`, `12,50€`, `7,5%`, so that a bidi isolate does not cut the sign off), codes
 * (`2B`). Digits of any script (`\p{Nd}`: ۱۲۳, ٠١٢).
 */
const NUMBER = /[$£¥€₺₽₴₹]?\+?\p{Nd}+(?:[-‐‑/.:,]\p{Nd}+)*(?:[$£¥€₺₽₴₹%‰]|\p{L})?(?!\p{L})/gu;
/**
 * A phone number written in groups with spaces: it starts with `+` or a zero and has at
 * least 8 digits (`+32 9 123 45 67`, `+32 (0)9 123 45 67`, `09 123 45 67`, `۰۹۱۲ ۱۲۳ ۴۵۶۷`).
 * Other numbers with spaces between them are separate numbers and stay so.
 */
const SPACED_PHONE = /(?:\+\p{Nd}+|[0٠۰]\p{Nd}*)(?:[  ]?\(\p{Nd}+\)\p{Nd}*)?(?:[  ]\p{Nd}+)+/gu;
/**
 * A bank account number (IBAN) written in groups of four: `BE71 0961 2345 6769`,
 * `NL91 ABNA 0417 1643 00`. Its groups stay on one line, as a bank prints it: broken after
 * `BE71`, an Arabic line put the rest at the start of the next.
 */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\p{Nd}{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
const digitCount = (s: string) => (s.match(/\p{Nd}/gu) ?? []).length;

/** Every whole token of a text, in order, not overlapping (addresses win over numbers). */
export function findWholeTokens(text: string): WholeToken[] {
  const tokens: WholeToken[] = [];
  for (const m of linkify.match(text) ?? []) {
    tokens.push({ kind: m.schema === 'mailto:' ? 'email' : 'url', start: m.index, end: m.lastIndex });
  }
  const add = (kind: TokenKind, start: number, end: number) => {
    if (!tokens.some((t) => start < t.end && end > t.start)) tokens.push({ kind, start, end });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length);
  for (const m of text.matchAll(IBAN)) add('iban', m.index, m.index + m[0].length);
  for (const m of text.matchAll(SPACED_PHONE)) if (digitCount(m[0]) >= 8) add('number', m.index, m.index + m[0].length);
  for (const m of text.matchAll(NUMBER)) add('number', m.index, m.index + m[0].length);
  return tokens.sort((a, b) => a.start - b.start);
}
