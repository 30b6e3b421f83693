/**
 * How an answer typed in a CSV is matched against the scale: by what it says, not by how it
 * was typed. Parents and the people who type their forms over write `٣` or `۳` for 3, and
 * Arabic without its optional vowel marks (`قليلا` for the label `قليلًا`).
 */

/**
 * A typed answer or a scale label reduced for comparison: digits of any script as 0-9, the
 * Arabic decimal separator as `.`, without combining marks (Arabic harakat, accents), without
 * the Arabic tatweel, in compatibility form, lower case, trimmed.
 * @param text the answer or label as written
 */
export function answerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}|\u0640/gu, '')
    .replace(/\p{Nd}/gu, (d) => String(digitValue(d)))
    .replace(/\u066b/g, '.')
    .normalize('NFC')
    .trim()
    .toLowerCase();
}

/** The value of a decimal digit of any script (`٣`, `۳`, `३` are 3). */
function digitValue(digit: string): number {
  const cp = digit.codePointAt(0)!;
  // Decimal digits come in runs of ten from zero: count back to the start of the run.
  let zero = cp;
  while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  // Runs that touch (the mathematical digits) all start at a multiple of ten from the first.
  return cp - zero < 10 && !/\p{Nd}/u.test(String.fromCodePoint(zero - 1)) ? cp - zero : (cp - 0x1d7ce) % 10;
}
