import { describe, expect, it } from "vitest";
import { countPerDay, dueForecast, studyStreak } from "@/lib/domain/progress/activity";
import { nextStudyDays, pastStudyDays } from "@/lib/domain/progress/days";

const now = new Date("2026-01-10T12:00:00Z");
const d = (iso: string) => new Date(iso);

describe("countPerDay", () => {
  it("counts reviews on the study day they belong to (before 4 a.m. is the previous day)", () => {
    const days = pastStudyDays(now, "UTC", 4, 3);
    const counts = countPerDay(days, [d("2026-01-10T03:00:00Z"), d("2026-01-10T05:00:00Z"), d("2026-01-10T11:00:00Z"), d("2025-12-01T10:00:00Z")]);
    expect(counts).toEqual([
      { key: "2026-01-08", count: 0 },
      { key: "2026-01-09", count: 1 },
      { key: "2026-01-10", count: 2 },
    ]);
  });
});

describe("studyStreak", () => {
  const days = (counts: number[]) => counts.map((count, i) => ({ key: String(i), count }));
  it("counts consecutive days ending today", () => {
    expect(studyStreak(days([1, 0, 2, 3, 1]))).toEqual({ current: 3, longest: 3, studiedToday: true });
  });
  it("keeps the streak alive while today is not studied yet", () => {
    expect(studyStreak(days([4, 4, 4, 0]))).toEqual({ current: 3, longest: 3, studiedToday: false });
  });
  it("is broken by a missed day before today", () => {
    expect(studyStreak(days([5, 5, 5, 5, 0, 0]))).toEqual({ current: 0, longest: 4, studiedToday: false });
  });
});

describe("dueForecast", () => {
  it("puts overdue cards on today and the rest on their study day", () => {
    const days = nextStudyDays(now, "UTC", 4, 3);
    const dues = [d("2025-12-30T00:00:00Z"), d("2026-01-10T20:00:00Z"), d("2026-01-11T03:00:00Z"), d("2026-01-11T05:00:00Z"), d("2026-02-20T00:00:00Z")];
    expect(dueForecast(days, dues).map((x) => x.count)).toEqual([3, 1, 0]);
  });
});
