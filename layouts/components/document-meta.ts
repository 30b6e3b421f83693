/**
 * The metadata every drukklaar PDF carries: title, author (the brand), subject, keywords,
 * language and the tool's name, as react-pdf Document props.
 */
import type { Brand } from '../../src/brands/brand.js';
import type { Language } from '../../src/languages/language.js';

export interface DocumentMeta {
  title: string;
  subtitle?: string;
  summary?: string;
  keywords?: string[];
}

/**
 * @param meta the document's front matter (title, subtitle, summary, keywords)
 * @param title the title to set, when it differs from `meta.title` (e.g. a variant's)
 */
export function documentProps(meta: DocumentMeta, brand: Brand, language: Language, title = meta.title) {
  return {
    title,
    author: brand.name,
    subject: meta.summary ?? meta.subtitle ?? meta.title,
    keywords: (meta.keywords ?? []).join(', '),
    language: language.code,
    creator: 'drukklaar',
    producer: 'drukklaar',
  };
}
