/**
 * Text for the catalogue page: HTML escaping and the form the search compares.
 */

/** Escape text for HTML content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Lower-case text without accents or Arabic vowel marks, as the search script compares it. */
export function searchText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '').toLowerCase();
}

/** "1,2 MB" or "340 kB". */
export const size = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

/** "1 pagina" or "3 pagina's". */
export const pages = (n: number): string => `${n} ${n === 1 ? 'pagina' : "pagina's"}`;

/** Words joined the Dutch way: "a, b en c". */
export const listWords = (words: string[]): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} en ${words.at(-1)}` : words[0] ?? 'materialen');
