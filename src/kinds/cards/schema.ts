/**
 * Front matter of a deck of conversation cards (`kind: cards`).
 */
import { z } from 'zod';
import { commonFields, hexColor } from '../../schema/common.js';

/** Named card sizes, trim size in mm (width × height, portrait). */
export const cardSizes = {
  a6: { width: 105, height: 148 },
  a7: { width: 74, height: 105 },
  poker: { width: 63, height: 88 },
} as const;

/** Press sheet sizes in mm (portrait; the imposition may turn them). */
export const sheetSizes = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  sra3: { width: 320, height: 450 },
} as const;

export const duplexModes = ['long-edge', 'short-edge', 'single'] as const;
export type Duplex = (typeof duplexModes)[number];

const iconName = z.string().regex(/^[a-z0-9-]+$/, 'an icon name from assets/icons, e.g. `praten`');

export const categorySchema = z
  .object({
    label: z.string().min(1),
    icon: iconName.optional(),
    color: hexColor.optional(),
  })
  .strict();

export const cardsSchema = z
  .object({
    kind: z.literal('cards'),
    ...commonFields,
    card: z
      .union([
        z.enum(['a6', 'a7', 'poker']),
        z.object({ width: z.number().min(40).max(300), height: z.number().min(40).max(300) }).strict(),
      ])
      .default('a6'),
    sheet: z.enum(['a4', 'a3', 'sra3']).default('a4'),
    duplex: z.enum(duplexModes).default('long-edge'),
    bleed: z.number().min(0).max(10).default(3),
    categories: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a category id: lowercase letters, digits and dashes'), categorySchema),
    instruction: z.string().min(1).optional(),
  })
  .strict();

export type CardsFrontMatter = z.infer<typeof cardsSchema>;
export type CategoryFrontMatter = z.infer<typeof categorySchema>;

/** Trim size in mm of a card setting. */
export function cardSize(card: CardsFrontMatter['card']): { width: number; height: number } {
  return typeof card === 'string' ? { ...cardSizes[card] } : { width: card.width, height: card.height };
}
