/**
 * Front matter of a quickscan: the answer scale (any number of points, in order, with an
 * optional "not applicable" column that never counts), the audience and the instruction.
 */
import { z } from 'zod';
import { commonFields } from '../../schema/common.js';

/** Who fills the scan in. */
export const audiences = ['schoolteam', 'oudervereniging', 'ouders'] as const;
export type Audience = (typeof audiences)[number];

/** Pictograms a scale point may show beside its label (files in assets/icons). */
export const scaleSymbols = ['plus', 'neutraal', 'min', 'blij', 'twijfel', 'ontevreden'] as const;
export type ScaleSymbol = (typeof scaleSymbols)[number];

/**
 * What a point's value may be. A respondent's answer counts for it: the printed scan's result
 * page has parents add the values up against items × the highest value, and the answers of an
 * online form are matched by it. A fraction (which a Dutch form writes as `2,5`), a negative
 * value or `1e9` (a typo for 1) cannot be added up on paper.
 */
export const SCALE_VALUES = { min: 0, max: 100 } as const;

export const scalePoint = z
  .object({
    label: z.string().trim().min(1, 'must not be empty'),
    value: z.number().finite(),
    symbol: z.enum(scaleSymbols).optional(),
  })
  .strict();
export type ScalePoint = z.infer<typeof scalePoint>;

export const quickscanSchema = z
  .object({
    kind: z.literal('quickscan'),
    ...commonFields,
    audience: z.enum(audiences),
    instruction: z.string().trim().min(1, 'must not be empty'),
    scale: z
      .array(scalePoint)
      .min(2, 'needs at least two points')
      .max(7, 'has at most seven points (they must fit beside the item on A4)')
      .superRefine((points, ctx) => {
        const labels = new Map<string, number>();
        const values = new Map<number, number>();
        points.forEach((p, i) => {
          if (!Number.isInteger(p.value) || p.value < SCALE_VALUES.min || p.value > SCALE_VALUES.max) {
            ctx.addIssue({ code: 'custom', path: [i, 'value'], params: { reason: 'scaleValue', ...SCALE_VALUES }, message: 'not a scale value' });
          }
          const key = p.label.toLowerCase();
          if (labels.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'label'], message: `the label "${p.label}" is also used by point ${labels.get(key)! + 1}` });
          else labels.set(key, i);
          if (values.has(p.value)) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: `the value ${p.value} is also used by point ${values.get(p.value)! + 1}` });
          else values.set(p.value, i);
        });
      }),
    notApplicable: z.string().trim().min(1, 'must not be empty').optional(),
    /** Ruled lines for notes under each section (0 = none). */
    notes: z.number().int().min(0).max(8).default(3),
  })
  .strict();

export type QuickscanFrontMatter = z.infer<typeof quickscanSchema>;
