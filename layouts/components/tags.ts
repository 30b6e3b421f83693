/**
 * Props that tag a react-pdf node for a tagged PDF (the `@react-pdf/render` patch in
 * `patches/`). They take effect only in a Document with `taggedDocument`; elsewhere the
 * renderer ignores them, so shared components may carry them in every layout.
 */

/** Structure types a layout may give a node (ISO 32000-1, 14.8.4). */
export type Role = 'Div' | 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'Link' | 'Span' | 'Note' | 'Form';

export interface TagOptions {
  /** BCP 47 language of the element's text, when it can differ from the document's. */
  lang?: string;
  /** Alternative text (a Figure must have one). */
  alt?: string;
  /**
   * The text as written, where the drawn glyphs read differently: right-to-left lines
   * (extractors read mixed runs of a line in visual order) and ligatures (lam-alef).
   */
  actual?: string;
  /** For a TH: the cells it heads. */
  scope?: 'Row' | 'Column' | 'Both';
}

/**
 * A structure element: what the node draws, and what its children draw without a role
 * of their own, is its content.
 * @param role the structure type
 * @param options language and alternative text (optional)
 */
export function tag(role: Role, options: TagOptions = {}): Record<string, unknown> {
  // structKey: react-pdf copies the props of a node it splits across pages; the copies keep
  // this object, so the renderer makes one element of all the parts.
  return { role, structKey: {}, ...(options.lang ? { lang: options.lang } : {}), ...(options.alt ? { alt: options.alt } : {}), ...(options.actual ? { actual: options.actual } : {}), ...(options.scope ? { scope: options.scope } : {}) };
}

/**
 * Not content: decoration, or a repetition (`Pagination`, e.g. a page number) a reader skips.
 * @param type the artifact type (default `Layout`)
 */
export function artifact(type: 'Layout' | 'Pagination' | 'Page' = 'Layout'): Record<string, unknown> {
  return { artifact: type };
}

/**
 * Document props for a tagged PDF that claims PDF/UA-1 (`pdfuaid:part=1` in the XMP, PDF 1.7).
 * Never give a Document the PDF/UA claim without `tagged`: `conformance` alone only writes the claim.
 */
export const taggedDocument: Record<string, unknown> = { tagged: true, conformance: 'PDF/UA' };
