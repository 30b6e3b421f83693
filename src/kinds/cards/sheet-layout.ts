/**
 * Imposition of a card deck: where each card goes on a press sheet, where the crop
 * marks go, and which sheet side carries which face, so that backs line up with their
 * fronts when printed double-sided. Pure: all lengths in mm, origin at the bottom left of
 * the sheet, as in PDF; impose.ts applies the plan with pdf-lib to rendered card faces.
 *
 * Layout rules (see docs/formats.md, kind: cards):
 * - cards keep their own bleed: the gutter between two cards is 2 × bleed, so every
 *   card has its full bleed and its own two cuts (no shared cuts);
 * - the grid is centred on the sheet and keeps at least MIN_MARGIN mm between the
 *   outer bleed edge and the sheet edge, room for the crop marks and the slug line;
 * - the sheet is used upright or turned, whichever holds more cards (upright on a tie);
 *   cards are never rotated;
 * - crop marks are drawn only in the margin around the grid, on the extension of each
 *   cut line, starting MARK_GAP mm outside the bleed: never on a card or its bleed.
 */

import type { Duplex } from './schema.js';

export const PT_PER_MM = 72 / 25.4;
/** Minimum distance from the outer bleed edge of the grid to the sheet edge, in mm. */
export const MIN_MARGIN = 10;
/** Gap between the bleed edge and the start of a crop mark, in mm. */
export const MARK_GAP = 2;
/** Length of a crop mark, in mm. */
export const MARK_LENGTH = 4;
/** Width of a crop mark line, in points. */
export const MARK_WIDTH = 0.25;

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in mm, origin bottom left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A place for one card on a sheet side: row 0 is the top row, column 0 the left one. */
export interface Slot {
  row: number;
  col: number;
  trim: Rect;
  bleed: Rect;
}

/** A crop mark: a line segment in mm. */
export interface Mark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * How a sheet side turns into the other when the sheet is flipped over:
 * `columns` = around a vertical axis (columns mirror), `rows` = around a horizontal axis
 * (rows mirror), `none` = single-sided.
 */
export type Flip = 'columns' | 'rows' | 'none';

export interface SheetLayout {
  card: Size;
  bleed: number;
  /** The sheet as used (turned when landscape). */
  sheet: Size;
  orientation: 'portrait' | 'landscape';
  cols: number;
  rows: number;
  perSheet: number;
  /** Front slots in reading order (left to right, top to bottom). */
  slots: Slot[];
  /** `backSlots[i]` is the place on the back page behind front slot `i`. */
  backSlots: Slot[];
  /** Union of the trim boxes of all slots. */
  gridTrim: Rect;
  /** Union of the bleed boxes of all slots. */
  gridBleed: Rect;
  marks: Mark[];
  flip: Flip;
  /** Bottom left of the slug line (baseline), outside the grid bleed and beyond the marks. */
  slug: { x: number; y: number };
}

const EPS = 1e-6;

/** How many pitches of a length fit in a span. */
const fit = (span: number, pitch: number) => Math.max(0, Math.floor((span + EPS) / pitch));

/**
 * The flip of a duplex mode on a sheet of a given orientation. The duplex edge names an
 * edge of the paper: on an upright sheet the long edges are left and right (flipping
 * around them mirrors columns); on a turned (landscape) sheet they are top and bottom.
 */
export function flipOf(duplex: Duplex, orientation: 'portrait' | 'landscape'): Flip {
  if (duplex === 'single') return 'none';
  const aroundVertical = (duplex === 'long-edge') === (orientation === 'portrait');
  return aroundVertical ? 'columns' : 'rows';
}

/** Mirror a rectangle to the other side of a sheet. */
export function mirrorRect(r: Rect, sheet: Size, flip: Flip): Rect {
  if (flip === 'columns') return { ...r, x: sheet.width - r.x - r.width };
  if (flip === 'rows') return { ...r, y: sheet.height - r.y - r.height };
  return { ...r };
}

function layoutFor(card: Size, sheet: Size, bleed: number, duplex: Duplex, orientation: 'portrait' | 'landscape'): SheetLayout {
  const pw = card.width + 2 * bleed;
  const ph = card.height + 2 * bleed;
  const cols = fit(sheet.width - 2 * MIN_MARGIN, pw);
  const rows = fit(sheet.height - 2 * MIN_MARGIN, ph);
  const gw = cols * pw;
  const gh = rows * ph;
  const x0 = (sheet.width - gw) / 2;
  const y0 = (sheet.height - gh) / 2;
  const slots: Slot[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const bx = x0 + col * pw;
      const by = y0 + gh - (row + 1) * ph;
      slots.push({ row, col, bleed: { x: bx, y: by, width: pw, height: ph }, trim: { x: bx + bleed, y: by + bleed, width: card.width, height: card.height } });
    }
  }
  const flip = flipOf(duplex, orientation);
  const backSlots = slots.map((s) => {
    if (flip === 'none') return { ...s };
    const row = flip === 'rows' ? rows - 1 - s.row : s.row;
    const col = flip === 'columns' ? cols - 1 - s.col : s.col;
    return { row, col, trim: mirrorRect(s.trim, sheet, flip), bleed: mirrorRect(s.bleed, sheet, flip) };
  });
  const gridBleed: Rect = { x: x0, y: y0, width: gw, height: gh };
  const gridTrim: Rect = { x: x0 + bleed, y: y0 + bleed, width: gw - 2 * bleed, height: gh - 2 * bleed };
  const marks: Mark[] = [];
  const near = MARK_GAP;
  const far = MARK_GAP + MARK_LENGTH;
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (const s of slots) {
    xs.add(s.trim.x).add(s.trim.x + s.trim.width);
    ys.add(s.trim.y).add(s.trim.y + s.trim.height);
  }
  for (const x of [...xs].sort((a, b) => a - b)) {
    marks.push({ x1: x, y1: y0 + gh + near, x2: x, y2: y0 + gh + far });
    marks.push({ x1: x, y1: y0 - near, x2: x, y2: y0 - far });
  }
  for (const y of [...ys].sort((a, b) => a - b)) {
    marks.push({ x1: x0 - near, y1: y, x2: x0 - far, y2: y });
    marks.push({ x1: x0 + gw + near, y1: y, x2: x0 + gw + far, y2: y });
  }
  return {
    card,
    bleed,
    sheet,
    orientation,
    cols,
    rows,
    perSheet: cols * rows,
    slots,
    backSlots,
    gridTrim,
    gridBleed,
    marks,
    flip,
    slug: { x: x0, y: Math.max(1.5, y0 - far - 2.5) },
  };
}

/**
 * Choose the sheet orientation that holds the most cards and lay out the grid. Pure.
 * @param card trim size of a card in mm
 * @param sheet sheet size in mm, upright (width < height)
 * @param bleed bleed in mm
 * @returns the layout; `perSheet` is 0 when not even one card fits
 */
export function layoutSheet(card: Size, sheet: Size, bleed: number, duplex: Duplex): SheetLayout {
  const upright = layoutFor(card, { width: Math.min(sheet.width, sheet.height), height: Math.max(sheet.width, sheet.height) }, bleed, duplex, 'portrait');
  const turned = layoutFor(card, { width: Math.max(sheet.width, sheet.height), height: Math.min(sheet.width, sheet.height) }, bleed, duplex, 'landscape');
  return turned.perSheet > upright.perSheet ? turned : upright;
}

/** One card face on one sheet side. `card` is the 0-based index in the deck. */
export interface Placement {
  card: number;
  face: 'front' | 'back';
  slot: Slot;
}

/** One page of the print PDF: a side of a sheet. `sheet` is 1-based. */
export interface SheetSide {
  sheet: number;
  side: 'front' | 'back';
  placements: Placement[];
}

/**
 * The pages of the print PDF for a deck of `count` cards. Pure.
 * Double-sided: front of sheet 1, its back, front of sheet 2, ... with each back in the
 * mirrored slot of its front. Single-sided: all fronts, then all backs, each back in the
 * same slot as its front (cut both and glue them back to back, or feed the paper again).
 */
export function planSides(layout: SheetLayout, count: number, duplex: Duplex): SheetSide[] {
  const per = layout.perSheet;
  if (per <= 0) return [];
  const sheets = Math.ceil(count / per);
  const fronts: SheetSide[] = [];
  const backs: SheetSide[] = [];
  for (let s = 0; s < sheets; s++) {
    const cards = Array.from({ length: Math.min(per, count - s * per) }, (_, i) => s * per + i);
    fronts.push({ sheet: s + 1, side: 'front', placements: cards.map((card, i) => ({ card, face: 'front', slot: layout.slots[i]! })) });
    backs.push({ sheet: s + 1, side: 'back', placements: cards.map((card, i) => ({ card, face: 'back', slot: layout.backSlots[i]! })) });
  }
  if (duplex === 'single') return [...fronts, ...backs];
  return fronts.flatMap((f, i) => [f, backs[i]!]);
}

/** Mirror a crop mark to the other side of the sheet. */
export function mirrorMark(m: Mark, sheet: Size, flip: Flip): Mark {
  if (flip === 'columns') return { x1: sheet.width - m.x1, y1: m.y1, x2: sheet.width - m.x2, y2: m.y2 };
  if (flip === 'rows') return { x1: m.x1, y1: sheet.height - m.y1, x2: m.x2, y2: sheet.height - m.y2 };
  return { ...m };
}
