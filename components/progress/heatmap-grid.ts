// The heatmap's geometry, shared by the picture (drawn on the server) and the tap that names a day
// (in the browser): a column per week, a row per weekday, squares of CELL px GAP px apart.

export const CELL = 11;
export const STEP = CELL + 2;
export const TOP = 14;
export const LEFT = 24;

// The top-left corner of the i-th day's square, when the first day falls on weekday `offset`.
export function cellOrigin(i: number, offset: number): { x: number; y: number } {
  return { x: LEFT + Math.floor((offset + i) / 7) * STEP, y: TOP + ((offset + i) % 7) * STEP };
}

// The index of the day whose square holds the point (x, y) of the picture, or null (a gap, a label).
export function dayIndexAt(x: number, y: number, offset: number, length: number): number | null {
  const column = Math.floor((x - LEFT) / STEP);
  const row = Math.floor((y - TOP) / STEP);
  if (x < LEFT || y < TOP || row > 6 || x - LEFT - column * STEP > CELL || y - TOP - row * STEP > CELL) return null;
  const i = column * 7 + row - offset;
  return i >= 0 && i < length ? i : null;
}

// The day the keyboard moves to from `chosen` (none yet: today, the last day): the arrow keys go a
// week back or on (left, right: the columns are weeks) or a day (up, down), Home and End to the
// year's first and last day. Null for any other key, which keeps its usual meaning.
export function dayAfterKey(key: string, chosen: number | null, length: number): number | null {
  const last = length - 1;
  if (length === 0) return null;
  const from = chosen ?? last;
  const moves: Record<string, number> = { ArrowLeft: from - 7, ArrowRight: from + 7, ArrowUp: from - 1, ArrowDown: from + 1, Home: 0, End: last };
  if (!(key in moves)) return null;
  if (chosen === null) return key === "Home" ? 0 : last;
  return Math.min(last, Math.max(0, moves[key]!));
}
