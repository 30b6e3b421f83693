/**
 * Front matter fields shared by every kind of document.
 */
import { z } from 'zod';

export const sourceRef = z.union([
  z.string().min(1),
  z
    .object({
      title: z.string().min(1),
      author: z.string().optional(),
      publisher: z.string().optional(),
      year: z.union([z.number().int(), z.string()]).optional(),
      locator: z.string().optional(),
      url: z.string().optional(),
    })
    .strict(),
]);
export type SourceRef = z.infer<typeof sourceRef>;

/** A colour in hex, `#1d4e89` or its short form `#abc` (read as `#aabbcc`, as CSS does). */
export const hexColor = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a colour like "#1d4e89" (or its short form "#abc")')
  .transform((c) => (c.length === 4 ? `#${[...c.slice(1)].map((d) => d + d).join('')}` : c));

export const langCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as nl, fr or ar');
const brandId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a brand id: lowercase letters, digits and dashes');

/** Fields of a translation: who made it, its review status and what Dutch text it was made from. */
export const translationFields = {
  translator: z.string().min(1).optional(),
  status: z.enum(['draft', 'reviewed']).optional(),
  source: z
    .object({
      hash: z.string().regex(/^[0-9a-f]{6,64}$/, 'a hexadecimal hash'),
      items: z.record(z.string(), z.string()).optional(),
    })
    .strict()
    .optional(),
};

export const commonFields = {
  title: z.string().regex(/\S/, 'must not be empty'),
  subtitle: z.string().optional(),
  lang: langCode,
  summary: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  brands: z.array(brandId).min(1).optional(),
  sources: z.array(sourceRef).optional(),
  ...translationFields,
};

/** A source reference as one printable line. */
export function formatSource(s: SourceRef): string {
  if (typeof s === 'string') return s;
  const who = [s.author, s.publisher].filter(Boolean).join(', ');
  return [who, s.year ? `(${s.year})` : '', s.title, s.locator ? `— ${s.locator}` : ''].filter(Boolean).join(' ').replace(/ \(/, ' (');
}
