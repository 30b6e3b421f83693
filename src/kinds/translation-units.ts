/**
 * The translatable units of a document, for the exchange formats (XLIFF, PO): each a
 * stable id within its document, its Markdown text and a note for the translator. A
 * translatable kind lists them (`TranslationFacts.units`), says which of a translation's
 * units follow Dutch text that has changed since, and puts new texts back into a file.
 */

/** One piece of text a translator translates. */
export interface TranslationUnit {
  /** Stable id within the document, e.g. `title`, `intro`, `lezen.heading`, `lezen.body`. */
  id: string;
  /** Markdown text (paragraphs separated by a blank line); '' when not written yet. */
  text: string;
  /** Where the text stands, for the translator (e.g. "tip 1 of 9, heading"). */
  note: string;
}

/** How a kind's documents break into units and take translated units back. */
export interface TranslationUnitFacts<M> {
  /**
   * The units of a document (a Dutch source or a translation), in reading order.
   * @param model the document's model
   * @param text the document's file text (units keep their Markdown)
   */
  list(model: M, text: string): TranslationUnit[];
  /**
   * Ids of a translation's units whose Dutch text changed since the translation recorded it
   * (its source hashes); none when it records none.
   */
  stale(source: M, translation: M): string[];
  /**
   * A translation's file text with the given units' texts put in, every other line kept.
   * @param text the translation's file text
   * @param translation its model
   * @param source the Dutch source's model (the order of units, for units the file lacks)
   * @param texts new Markdown text by unit id
   */
  write(text: string, translation: M, source: M, texts: ReadonlyMap<string, string>): string;
}
