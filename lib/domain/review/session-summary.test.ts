import { describe, expect, it } from "vitest";
import { summarizeSession, type SessionReview } from "@/lib/domain/review/session-summary";

const review = (cardId: string, rating: SessionReview["rating"], durationMs = 1000): SessionReview => ({ cardId, rating, durationMs });

describe("summarizeSession", () => {
  it("is all zeros for an empty session", () => {
    expect(summarizeSession([])).toEqual({
      reviews: 0,
      cards: 0,
      byGrade: { again: 0, hard: 0, good: 0, easy: 0 },
      againPercent: 0,
      seconds: 0,
      secondsPerReview: 0,
    });
  });

  it("counts reviews, distinct cards, each grade and the again-rate", () => {
    const summary = summarizeSession([review("a", 1), review("b", 3), review("a", 3), review("c", 4), review("d", 2), review("d", 1), review("e", 3), review("f", 3)]);
    expect(summary.reviews).toBe(8);
    expect(summary.cards).toBe(6);
    expect(summary.byGrade).toEqual({ again: 2, hard: 1, good: 4, easy: 1 });
    expect(summary.againPercent).toBe(25);
  });

  it("adds the durations up, in seconds, with the mean per review", () => {
    const summary = summarizeSession([review("a", 3, 4000), review("b", 3, 6500), review("c", 1, 1500)]);
    expect(summary.seconds).toBe(12);
    expect(summary.secondsPerReview).toBe(4);
  });

  it("ignores negative or non-finite durations rather than letting them skew the time", () => {
    const summary = summarizeSession([review("a", 3, -5000), review("b", 3, Number.NaN), review("c", 3, 3000)]);
    expect(summary.seconds).toBe(3);
    expect(summary.secondsPerReview).toBe(1);
  });
});
