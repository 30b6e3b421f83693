/**
 * Blocks that react-pdf cannot fit on a page. A block that must stay together (a View with
 * `wrap={false}`) and is taller than a page is placed on a page of its own
 * and what does not fit is cut off, with only a console warning from react-pdf's paginator
 * ("[paginate] Item … of height H exceeds available height A; placing on its own page.").
 * This collects those warnings during a render, so the output fails with a diagnostic
 * instead of printing a sheet with text missing.
 */

/** One block taller than the page it was put on. */
export interface CutOffBlock {
  /** Height of the block, in points. */
  height: number;
  /** Height the page had for it, in points. */
  available: number;
}

const WARNING = /^\[paginate\] Item(?: "[^"]*")? of height ([\d.]+) exceeds available height ([\d.]+)/;

/**
 * Run a render and collect the blocks react-pdf had to cut off; its other console warnings
 * pass through unchanged. Renders in one thread run one at a time, so replacing
 * `console.warn` for the duration is safe.
 * @param render the render
 */
export async function collectCutOffBlocks<T>(render: () => Promise<T>): Promise<{ result: T; cutOff: CutOffBlock[] }> {
  const cutOff: CutOffBlock[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const m = typeof args[0] === 'string' ? WARNING.exec(args[0]) : null;
    if (m) cutOff.push({ height: Number(m[1]), available: Number(m[2]) });
    else original.apply(console, args);
  };
  try {
    return { result: await render(), cutOff };
  } finally {
    console.warn = original;
  }
}
