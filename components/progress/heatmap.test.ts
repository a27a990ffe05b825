import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Heatmap } from "./heatmap";
import { cellOrigin, dayAfterKey, dayIndexAt, CELL } from "./heatmap-grid";

// A year of study days from a fixed start, with reviews on two of them.
const days = Array.from({ length: 365 }, (_, i) => {
  const key = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return { key, count: key === "2026-03-02" ? 4 : key === "2026-12-31" ? 1 : 0 };
});
// 2026-01-01 is a Thursday.
const offset = 4;

describe("Heatmap", () => {
  it("draws a square per study day, in the shade of its reviews, and month labels, inside the labelled picture", () => {
    const html = renderToStaticMarkup(createElement(Heatmap, { days }));
    expect(html).toContain('role="img" aria-label="Reviews per day over the last year: 5 reviews on 2 days, at most 4 in a day."');
    const shades = new Map([...html.matchAll(/<path d="([^"]+)" data-shade="(\d)" class="([^"]+)"/g)].map((m) => [Number(m[2]), { squares: m[1]!.split("M").length - 1, className: m[3] }]));
    expect(shades.get(0)).toEqual({ squares: 363, className: "fill-slate-100 dark:fill-slate-800" });
    expect(shades.get(1)).toEqual({ squares: 1, className: "fill-green-200 dark:fill-green-900" });
    expect(shades.get(4)).toEqual({ squares: 1, className: "fill-green-800 dark:fill-green-300" });
    const march2 = cellOrigin(60, offset);
    expect(html).toContain(`M${march2.x} ${march2.y}h11v11h-11z`);
    expect(html).toContain(">Jan</text>");
    expect(html).toContain(">Dec</text>");
    expect(html).toContain("Tap a day, or use the arrow keys, to see its reviews.");
  });

  it("finds the day under a tapped point, and none in a gap or outside the year", () => {
    const first = cellOrigin(0, offset);
    expect(dayIndexAt(first.x + 1, first.y + 1, offset, 365)).toBe(0);
    const last = cellOrigin(364, offset);
    expect(dayIndexAt(last.x + CELL, last.y + CELL, offset, 365)).toBe(364);
    expect(dayIndexAt(first.x + CELL + 1, first.y + 1, offset, 365)).toBeNull();
    // Sunday of the first week comes before the first day.
    expect(dayIndexAt(first.x + 1, first.y - 4 * 13 + 1, offset, 365)).toBeNull();
    expect(dayIndexAt(last.x + 13 + 1, last.y + 1, offset, 365)).toBeNull();
    expect(dayIndexAt(2, 2, offset, 365)).toBeNull();
  });

  it("moves the chosen day with the keyboard: a week with left and right, a day with up and down, the year's ends with Home and End", () => {
    expect(dayAfterKey("ArrowLeft", null, 365)).toBe(364);
    expect(dayAfterKey("Home", null, 365)).toBe(0);
    expect(dayAfterKey("ArrowLeft", 364, 365)).toBe(357);
    expect(dayAfterKey("ArrowRight", 357, 365)).toBe(364);
    expect(dayAfterKey("ArrowUp", 100, 365)).toBe(99);
    expect(dayAfterKey("ArrowDown", 100, 365)).toBe(101);
    expect(dayAfterKey("ArrowRight", 360, 365)).toBe(364);
    expect(dayAfterKey("ArrowLeft", 3, 365)).toBe(0);
    expect(dayAfterKey("End", 3, 365)).toBe(364);
    expect(dayAfterKey("Enter", 3, 365)).toBeNull();
    expect(dayAfterKey("ArrowLeft", null, 0)).toBeNull();
  });
});
