/**
 * Control characters other than tab and line ends, which print as another sign or as nothing
 * (DEL as a bullet, U+0085 as an ellipsis, U+0092 as a quote: the Windows-1252 characters of
 * those bytes). They come with text pasted from other programs, or from a YAML escape. Pure.
 */

const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** What bytes 0x80–0x9F are in Windows-1252 (a space where it has none): a C1 control is such a byte read as Latin-1. */
const WINDOWS_1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/** One control character: where it first stands, its code (`U+0085`) and the character it likely was. */
export interface ControlCharacter {
  index: number;
  code: string;
  meant?: string;
}

/**
 * The first place of each distinct control character of a text, in order.
 * @param text any text
 */
export function controlCharacters(text: string): ControlCharacter[] {
  const seen = new Set<string>();
  const found: ControlCharacter[] = [];
  for (const m of text.matchAll(CONTROL)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const cp = m[0].charCodeAt(0);
    const meant = cp >= 0x80 ? WINDOWS_1252[cp - 0x80]!.trim() : '';
    found.push({ index: m.index, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, ...(meant ? { meant } : {}) });
  }
  return found;
}
