import { describe, expect, it } from "vitest";
import { formatInterval } from "@/lib/domain/review/schedule";

const MIN = 60_000;
const DAY = 86_400_000;

describe("formatInterval", () => {
  it.each([
    [0, "1m"],
    [20_000, "1m"],
    [10 * MIN, "10m"],
    [59.6 * MIN, "1h"],
    [90 * MIN, "2h"],
    [23 * 60 * MIN, "23h"],
    [23.6 * 60 * MIN, "1d"],
    [3 * DAY, "3d"],
    [29 * DAY, "29d"],
    [30 * DAY, "1mo"],
    [61 * DAY, "2mo"],
    [330 * DAY, "11mo"],
    [365 * DAY, "1y"],
    [548 * DAY, "1.5y"],
    [36500 * DAY, "100y"],
  ])("%d ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it("refuses non-finite input", () => {
    expect(() => formatInterval(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
