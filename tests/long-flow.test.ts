/**
 * A flow longer than 2^17 points (about 4,500 checklist questions) still splits over pages.
 * Yoga lays out in 32-bit floats, so far down a long column a sibling's top is exact only to
 * 1/64 pt; react-pdf's paginator took such a rounding for an overlap, treated the column as
 * one unsplittable block and printed one question on 400 blank pages
 * (patches/@react-pdf+paginate+1.0.1.patch).
 */
import { createPaginator, type FlowNode } from '@react-pdf/paginate';
import { describe, expect, it } from 'vitest';

/** A column of `n` lines `h` high, placed as yoga places them: every top rounded to float32. */
function column(n: number, h: number): FlowNode {
  const children: FlowNode[] = Array.from({ length: n }, (_, i) => ({ box: { top: Math.fround(i * h), height: Math.fround(h) }, id: `line ${i}` }));
  return { box: { top: 0, height: Math.fround(n * h) }, direction: 'column', children };
}

/** How many lines land on each page of `height`. */
function linesPerPage(flow: FlowNode, height: number): number[] {
  const paginator = createPaginator([flow]);
  const pages: number[] = [];
  while (!paginator.done && pages.length < 10_000) pages.push(paginator.next(height).reduce((s, p) => s + (p.children?.length ?? 0), 0));
  return pages;
}

describe('a flow longer than float32 positions are exact for', () => {
  it('splits 6,000 lines of 29.2 pt (175,000 pt) over pages, every line once', () => {
    const pages = linesPerPage(column(6000, 29.2), 717);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(6000);
    expect(Math.max(...pages)).toBeLessThanOrEqual(24);
    expect(pages.length).toBe(Math.ceil(6000 / 24));
  });

  it('still keeps a column that really wrapped (overlapping siblings) in one piece', () => {
    const wrapped: FlowNode = { box: { top: 0, height: 100 }, direction: 'column', children: [{ box: { top: 0, height: 100 } }, { box: { top: 0, height: 100 } }] };
    const paginator = createPaginator([wrapped]);
    const first = paginator.next(50);
    expect(first).toHaveLength(1);
    expect(first[0]!.children ?? []).toHaveLength(0);
  });
});
