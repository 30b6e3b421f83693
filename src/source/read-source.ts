/**
 * Decode the bytes of a content file into text, refusing what is not text.
 * Pure: takes bytes, returns text or diagnostics. File I/O is the caller's.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { controlCharacters } from '../text/control-characters.js';

export interface SourceFile {
  /** Project-relative path with forward slashes. */
  path: string;
  text: string;
  /** sha256 of the raw bytes, hex. */
  hash: string;
}

export type Decoded = { ok: true; source: SourceFile; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a byte offset, counting characters of the valid prefix. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (the length when all is valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!len) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** An error at the first place of each distinct control character of a text. */
function controlErrors(text: string, path: string): Diagnostic[] {
  return controlCharacters(text).map(({ index, code, meant }) => {
    const before = text.slice(0, index).split('\n');
    const start = { line: before.length, column: before.at(-1)!.length + 1 };
    return diag('SourceControlCharacter', { code, ...(meant ? { meant } : {}) }, { file: path, span: { start } });
  });
}

/**
 * Decode a content file.
 * @param path project-relative path, used in the result and diagnostics
 * @param bytes the file's raw bytes
 */
export function decodeSource(path: string, bytes: Uint8Array): Decoded {
  const at = { file: path };
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString('latin1'))) {
    return { ok: false, diagnostics: [diag('SourceEmpty', {}, at)] };
  }
  // Notepad's "Unicode" is UTF-16: a byte-order mark FF FE or FE FF, or a NUL beside every ASCII letter.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 4 && (bytes[1] === 0 && bytes[3] === 0 || bytes[0] === 0 && bytes[2] === 0));
  if (utf16) return { ok: false, diagnostics: [diag('SourceUtf16', {}, { ...at, span: { start: { line: 1, column: 1 } } })] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, diagnostics: [diag('SourceBinary', {}, { ...at, span: { start: positionOfByte(bytes, nul) } })] };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const pos = positionOfByte(bytes, firstInvalidUtf8(bytes));
    return {
      ok: false,
      diagnostics: [diag('SourceInvalidUtf8', pos, { ...at, span: { start: pos } })],
    };
  }
  const diagnostics: Diagnostic[] = [];
  // TextDecoder strips a BOM by default (ignoreBOM: false); detect it from the bytes.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    diagnostics.push(diag('SourceBom', {}, { ...at, span: { start: { line: 1, column: 1 } } }));
  }
  // Composed letters (NFC): a file saved on macOS may hold `e` + U+0302 for `ê`, whose mark
  // react-pdf draws beside its letter instead of on it, and which the text layer reads as two
  // characters. A column in such a file counts each composed letter once, as an editor shows it.
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  const controls = controlErrors(text, path);
  if (controls.length) return { ok: false, diagnostics: [...diagnostics, ...controls] };
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, source: { path, text, hash }, diagnostics };
}
