import { describe, expect, it } from "vitest";
import { trueRetention, type RetentionReview } from "@/lib/domain/progress/retention";

const review = (cardId: string, rating: number, intervalBefore: number, extra: Partial<RetentionReview> = {}): RetentionReview => ({
  cardId,
  dayKey: "2026-01-10",
  rating,
  stateBefore: "review",
  intervalBefore,
  ...extra,
});

describe("trueRetention", () => {
  it("splits review-state reviews into young (< 21 d) and mature (>= 21 d); Again fails, Hard passes", () => {
    const result = trueRetention([review("a", 3, 5), review("b", 1, 20), review("c", 2, 21), review("d", 4, 60), review("e", 1, 90)]);
    expect(result.young).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(result.mature).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(result.all).toEqual({ passed: 3, total: 5, rate: 0.6 });
  });

  it("ignores learning and relearning steps and repeats of a card on the same day", () => {
    const result = trueRetention([
      review("a", 1, 10),
      review("a", 3, 0, { stateBefore: "relearning" }),
      review("a", 3, 1),
      review("b", 3, 0, { stateBefore: "learning" }),
      review("a", 3, 1, { dayKey: "2026-01-11" }),
    ]);
    expect(result.young).toEqual({ passed: 1, total: 2, rate: 0.5 });
  });

  it("has no rate without reviews", () => {
    expect(trueRetention([]).mature).toEqual({ passed: 0, total: 0, rate: null });
  });
});
