import { describe, expect, it } from "vitest";
import { dayIndexOf, nextStudyDays, pastStudyDays } from "@/lib/domain/progress/days";

describe("study day lists", () => {
  it("lists past days oldest first, ending with today, each starting at 4 a.m. local", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    const days = pastStudyDays(now, "UTC", 4, 3);
    expect(days.map((d) => d.key)).toEqual(["2026-01-08", "2026-01-09", "2026-01-10"]);
    expect(days[2]?.start).toEqual(new Date("2026-01-10T04:00:00Z"));
    expect(days[2]?.end).toEqual(new Date("2026-01-11T04:00:00Z"));
    for (let i = 1; i < days.length; i++) expect(days[i]?.start).toEqual(days[i - 1]?.end);
  });

  it("has a 23-hour day when the clocks go forward (New York, 02:00 on 2026-03-08, inside the study day of the 7th)", () => {
    const days = nextStudyDays(new Date("2026-03-07T15:00:00Z"), "America/New_York", 4, 3);
    const hours = days.map((d) => (d.end.getTime() - d.start.getTime()) / 3_600_000);
    expect(days.map((d) => d.key)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(hours).toEqual([23, 24, 24]);
  });

  it("finds the day of an instant, or -1 outside the list", () => {
    const days = pastStudyDays(new Date("2026-01-10T12:00:00Z"), "UTC", 4, 3);
    expect(dayIndexOf(days, new Date("2026-01-09T03:59:59Z").getTime())).toBe(0);
    expect(dayIndexOf(days, new Date("2026-01-09T04:00:00Z").getTime())).toBe(1);
    expect(dayIndexOf(days, new Date("2026-01-08T03:00:00Z").getTime())).toBe(-1);
    expect(dayIndexOf(days, new Date("2026-01-11T04:00:00Z").getTime())).toBe(-1);
  });
});
