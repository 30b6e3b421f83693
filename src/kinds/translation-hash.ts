/**
 * The one definition of "which Dutch text was this translated from", for every
 * translatable kind: texts are normalised (Unicode NFC, white space collapsed) and hashed
 * to a short hex digest written to a translation's front matter (`source:`). Pure.
 */
import { createHash } from 'node:crypto';

/** Length of every hash written to front matter (hex digits). */
export const HASH_LENGTH = 12;

/** Text as it is compared: Unicode NFC, white space collapsed, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The first HASH_LENGTH hex digits of sha256 of a text.
 * @param text what to hash (normalise it first when white space must not count)
 */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
