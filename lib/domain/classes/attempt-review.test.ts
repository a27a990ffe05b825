import { describe, expect, it } from "vitest";
import { reviewVerdict } from "@/lib/domain/classes/attempt-review";

describe("reviewVerdict", () => {
  it.each([
    [{ answered: false, correct: null, score: null }, "unanswered"],
    [{ answered: false, correct: false, score: 0 }, "unanswered"],
    [{ answered: true, correct: null, score: null }, "ungraded"],
    [{ answered: true, correct: true, score: 1 }, "correct"],
    [{ answered: true, correct: false, score: 0.5 }, "partial"],
    [{ answered: true, correct: false, score: 0 }, "incorrect"],
    [{ answered: true, correct: null, score: 0 }, "incorrect"],
  ] as const)("%j is %s", (item, verdict) => {
    expect(reviewVerdict(item)).toBe(verdict);
  });
});
