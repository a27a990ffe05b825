import { describe, expect, it } from "vitest";
import { formatDuration, formatPercent } from "@/lib/domain/format";

describe("formatting", () => {
  it("shows durations in the largest sensible units", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(60)).toBe("1 min");
    expect(formatDuration(200)).toBe("3 min 20 s");
    expect(formatDuration(3900)).toBe("1 h 5 min");
    expect(formatDuration(7200)).toBe("2 h");
    expect(formatDuration(-5)).toBe("0 s");
  });
  it("rounds percentages to one decimal, dropping a trailing .0", () => {
    expect(formatPercent(200 / 3)).toBe("66.7%");
    expect(formatPercent(50)).toBe("50%");
    expect(formatPercent(99.96)).toBe("100%");
    expect(formatPercent(Number.NaN)).toBe("0%");
  });
});
