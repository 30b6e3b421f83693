/**
 * Front matter of a tip sheet (`kind: tips`). The Dutch source decides paper, the
 * bilingual layout and the QR code; a translation adds translator, status and the
 * hashes of the Dutch text it was made from (`source`, written by `drukklaar translate`).
 */
import { z } from 'zod';
import { commonFields } from '../../schema/common.js';

/** How a translated sheet shows the Dutch text beside the translation. */
export const bilingualLayouts = ['side-by-side', 'facing'] as const;
export type BilingualLayout = (typeof bilingualLayouts)[number];

export const tipsSchema = z
  .object({
    kind: z.literal('tips'),
    ...commonFields,
    /** Absent: the brand's `paper` (brand.yml), itself A4 by default. */
    paper: z.enum(['a4', 'a5']).optional(),
    bilingual: z.enum(bilingualLayouts).default('side-by-side'),
    qr: z
      .object({
        url: z.string().regex(/^https?:\/\/\S+$/, 'a web address starting with https://'),
        label: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Validated front matter of a tip sheet. */
export type TipsFrontMatter = z.infer<typeof tipsSchema>;
