import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Heatmap } from "./heatmap";

// A year of study days from a fixed start, with reviews on two of them.
const days = Array.from({ length: 365 }, (_, i) => {
  const key = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return { key, count: key === "2026-03-02" ? 4 : key === "2026-12-31" ? 1 : 0 };
});

describe("Heatmap", () => {
  it("draws a square with its day's figures per study day, today last, and month labels, inside the labelled picture", () => {
    const html = renderToStaticMarkup(createElement(Heatmap, { days }));
    expect(html).toContain('role="img" aria-label="Reviews per day over the last year: 5 reviews on 2 days, at most 4 in a day."');
    const squares = [...html.matchAll(/<rect [^>]*class="([^"]+)"><title>([^<]+)<\/title><\/rect>/g)];
    expect(squares).toHaveLength(365);
    expect(squares.at(-1)![2]).toBe("2026-12-31: 1 review");
    expect(squares.find((s) => s[2] === "2026-03-02: 4 reviews")![1]).toBe("fill-green-800 dark:fill-green-300");
    expect(squares[0]![1]).toBe("fill-slate-100 dark:fill-slate-800");
    expect(html).toContain(">Jan</text>");
    expect(html).toContain(">Dec</text>");
  });
});
