import { describe, expect, it } from "vitest";
import { simulateChoices, simulateTarget, SIMULATED_RETENTIONS, type SimulationInput } from "@/lib/domain/review/simulate";

// The study-target simulator: deterministic for a seed, and its figures move the way FSRS says they
// should (more retention: more reviews and more recall; more new cards a day: more recall).

const base: Omit<SimulationInput, "desiredRetention" | "newPerDay"> = {
  cards: Array.from({ length: 40 }, (_, i) => ({ stability: 2 + (i % 10), difficulty: 5, daysSinceReview: i % 5, dueInDays: i % 7 })),
  unseen: 110,
  days: 30,
  targetRecall: 0.9,
  maxReviewsPerDay: 9999,
  maximumInterval: 36500,
  seed: "learner-1",
};

describe("simulateTarget", () => {
  it("gives the same figures for the same seed, and one count per study day", () => {
    const a = simulateTarget({ ...base, desiredRetention: 0.9, newPerDay: 10 });
    expect(simulateTarget({ ...base, desiredRetention: 0.9, newPerDay: 10 })).toEqual(a);
    expect(a.reviewsPerDay).toHaveLength(30);
    expect(a.totalReviews).toBeCloseTo(a.reviewsPerDay.reduce((s, n) => s + n, 0));
  });

  it("costs more reviews and recalls more on the date at a higher desired retention", () => {
    const [low, high] = [0.8, 0.95].map((desiredRetention) => simulateTarget({ ...base, desiredRetention, newPerDay: 10 }));
    expect(high!.totalReviews).toBeGreaterThan(low!.totalReviews);
    expect(high!.recallOnDate).toBeGreaterThan(low!.recallOnDate);
  });

  it("counts never-studied cards as 0 on the date: too few new cards a day leaves the material short", () => {
    const slow = simulateTarget({ ...base, desiredRetention: 0.9, newPerDay: 1 });
    const paced = simulateTarget({ ...base, desiredRetention: 0.9, newPerDay: 4 });
    expect(slow.recallOnDate).toBeLessThan((40 + 30) / 150);
    expect(paced.recallOnDate).toBeGreaterThan(0.85);
  });

  it("keeps within the review limit and reaches the target recall when the material is all studied", () => {
    const limited = simulateTarget({ ...base, desiredRetention: 0.9, newPerDay: 10, maxReviewsPerDay: 15 });
    expect(Math.max(...limited.reviewsPerDay)).toBeLessThanOrEqual(16);
    const studied = simulateTarget({ ...base, unseen: 0, desiredRetention: 0.9, newPerDay: 0 });
    expect(studied.recallOnDate).toBeGreaterThanOrEqual(0.88);
  });

  it("compares every retention with every new-card limit", () => {
    const choices = simulateChoices(base, SIMULATED_RETENTIONS, [5, 10]);
    expect(choices.map((c) => [c.desiredRetention, c.newPerDay])).toEqual(SIMULATED_RETENTIONS.flatMap((r) => [[r, 5], [r, 10]]));
  });

  it("is fast: 150 cards, 30 days, 4 retentions in well under a second", () => {
    const started = performance.now();
    simulateChoices({ ...base, cards: [], unseen: 150 }, SIMULATED_RETENTIONS, [10]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
