/**
 * Scoring of quickscan answers. Pure: a model and an answer sheet in, numbers out.
 * Means count only scale values (n.v.t. and empty cells are left out); the spread of an
 * item is the population standard deviation of its values.
 */
import type { AnswerSheet } from './answers.js';
import type { QuickscanItem, QuickscanModel, QuickscanSection } from './model.js';

/** How many answers each scale value got, plus the answers that do not count. */
export interface Distribution {
  /** Count per scale value, in the order of the scale. */
  counts: { label: string; value: number; count: number }[];
  na: number;
  missing: number;
}

export interface ItemScore {
  item: QuickscanItem;
  /** 1-based numbers as printed on the scan, e.g. "2.3". */
  number: string;
  distribution: Distribution;
  /** Number of answers that count (on the scale). */
  n: number;
  mean?: number;
  /** Population standard deviation; undefined with fewer than two answers. */
  sd?: number;
}

export interface SectionScore {
  section: QuickscanSection;
  items: ItemScore[];
  /** All answers of the section's items together. */
  distribution: Distribution;
  n: number;
  /** Mean of every answer in the section (pooled over items and respondents). */
  mean?: number;
}

export interface ScoreReport {
  respondents: number;
  sections: SectionScore[];
  n: number;
  mean?: number;
  /** Items where respondents disagree most, highest spread first. */
  conversationStarters: ItemScore[];
  /** Spread from which an item counts as a conversation starter. */
  disagreementThreshold: number;
  /** Lowest and highest value of the scale. */
  min: number;
  max: number;
}

/** Mean of numbers, undefined when empty. */
export function mean(xs: readonly number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

/** Population standard deviation, undefined with fewer than two numbers. */
export function standardDeviation(xs: readonly number[]): number | undefined {
  const m = mean(xs);
  if (m === undefined || xs.length < 2) return undefined;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
}

function emptyDistribution(model: QuickscanModel): Distribution {
  return { counts: model.meta.scale.map((p) => ({ label: p.label, value: p.value, count: 0 })), na: 0, missing: 0 };
}

/** Most conversation starters listed in a report. */
export const MAX_STARTERS = 5;

/**
 * Score the answers of a sheet.
 * Items without a column in the sheet count as unanswered by everyone.
 */
export function scoreAnswers(model: QuickscanModel, sheet: AnswerSheet): ScoreReport {
  const values = model.meta.scale.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const all: number[] = [];
  const sections: SectionScore[] = model.sections.map((section, si) => {
    const pooled: number[] = [];
    const sDist = emptyDistribution(model);
    const items = section.items.map((item, ii): ItemScore => {
      const dist = emptyDistribution(model);
      const xs: number[] = [];
      for (const r of sheet.respondents) {
        const a = r.answers.get(item.id) ?? { kind: 'missing' as const };
        if (a.kind === 'value') {
          xs.push(a.value);
          dist.counts.find((c) => c.value === a.value)!.count++;
        } else if (a.kind === 'na') dist.na++;
        else dist.missing++;
      }
      dist.counts.forEach((c, k) => (sDist.counts[k]!.count += c.count));
      sDist.na += dist.na;
      sDist.missing += dist.missing;
      pooled.push(...xs);
      const m = mean(xs);
      const sd = standardDeviation(xs);
      return { item, number: `${si + 1}.${ii + 1}`, distribution: dist, n: xs.length, ...(m !== undefined ? { mean: m } : {}), ...(sd !== undefined ? { sd } : {}) };
    });
    all.push(...pooled);
    const m = mean(pooled);
    return { section, items, distribution: sDist, n: pooled.length, ...(m !== undefined ? { mean: m } : {}) };
  });
  // A spread of a quarter of the scale's range or more: answers lie far apart.
  const disagreementThreshold = (max - min) / 4;
  const conversationStarters = sections
    .flatMap((s) => s.items)
    .filter((i) => i.sd !== undefined && i.sd >= disagreementThreshold && i.sd > 0)
    .sort((a, b) => b.sd! - a.sd! || a.number.localeCompare(b.number, 'en', { numeric: true }))
    .slice(0, MAX_STARTERS);
  const m = mean(all);
  return { respondents: sheet.respondents.length, sections, n: all.length, ...(m !== undefined ? { mean: m } : {}), conversationStarters, disagreementThreshold, min, max };
}
