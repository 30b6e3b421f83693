import { z } from 'zod';
import { commonFields } from '../../schema/common.js';

export const perspectives = ['ouderbril', 'schoolbril'] as const;
export type Perspective = (typeof perspectives)[number];
export const checklistVariants = ['both', ...perspectives] as const;

export const checklistSchema = z
  .object({
    kind: z.literal('checklist'),
    ...commonFields,
    attribution: z.string().min(1),
    variants: z.array(z.enum(checklistVariants)).min(1).default([...checklistVariants]),
    notes: z.number().int().min(0).max(10).default(3),
  })
  .strict();

export type ChecklistFrontMatter = z.infer<typeof checklistSchema>;
