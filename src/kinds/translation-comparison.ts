/**
 * How a translation compares with its Dutch source, whatever its kind: the items it
 * lacks, adds or moves, those not translated yet, and those whose Dutch text changed.
 * Each translatable kind computes it (`TranslationFacts.compare`); `status`, `translate`
 * and the build read it.
 */

export interface TranslationComparison {
  /** Ids of the source that the translation lacks, with the id they should follow. */
  missing: { id: string; after?: string }[];
  /** Ids in the translation that the source does not have. */
  extra: { id: string; line: number }[];
  /** Ids present in both but in another place. */
  moved: { id: string; line: number; position: number; expected: number }[];
  /** Items (or the introduction) not translated yet. */
  empty: { id: string; line: number }[];
  /** Whether the translation records the Dutch hashes it was made from. */
  origin: 'recorded' | 'unknown';
  /** Ids whose Dutch text changed since the translation (and a marker for the title or introduction). */
  stale: string[];
  /** Facts that must be the source's but differ (e.g. an answer scale's values), for kinds that have such facts. */
  differs?: {
    field: string;
    found: string;
    expected: string;
    /** The line of the translation where it is written, when the kind knows it. */
    line?: number;
    /** Its column on that line (1 when not given). */
    column?: number;
    /** Its place in the front matter, when it is a field there (the build finds its line). */
    path?: (string | number)[];
  }[];
}

/**
 * True when the translation does not say the same as the source (an error).
 * @param c the comparison of a translation with its source
 */
export const isMismatch = (c: TranslationComparison) => c.missing.length + c.extra.length + c.moved.length + (c.differs?.length ?? 0) > 0;
