import { describe, expect, it } from "vitest";
import { correlationPercent, flagLabel, itemStatistics, type StatAttempt } from "./statistics";

// A hand-computed example: four attempts at three questions (marks q1, q2, q3; total X).
//   A: 1 1 0 (2)   B: 1 0 0 (1)   C: 0 1 1 (2)   D: 1 1 1 (3)
// q1: facility 75%; x − x̄ = (.25, .25, −.75, .25), rest R = X − x = (1, 0, 2, 2), R − R̄ = (−.25, −1.25, .75, .75)
//     Σ products = −0.75, Σ(x − x̄)² = 0.75, Σ(R − R̄)² = 2.75 → D = 100·−0.75/√(0.75·2.75) = −52.22
// q2: facility 75%; R = (1, 1, 1, 2): Σ products = 0.25, Σ(x − x̄)² = 0.75, Σ(R − R̄)² = 0.75 → D = 33.33
// q3: facility 50%; R = (2, 1, 1, 2): Σ products = 0 → D = 0
const marks: Record<string, [number, number, number]> = { A: [1, 1, 0], B: [1, 0, 0], C: [0, 1, 1], D: [1, 1, 1] };
const attempts: StatAttempt[] = Object.entries(marks).map(([id, m]) => ({
  id,
  items: m.map((score, i) => ({ questionId: `q${i + 1}`, score, choices: null })),
}));
const questions = [{ id: "q1", options: null }, { id: "q2", options: null }, { id: "q3", options: null }];

describe("item statistics (Moodle formulas)", () => {
  it("matches the hand-computed facility and discrimination indices", () => {
    const [q1, q2, q3] = itemStatistics(attempts, questions);
    expect(q1!.facility).toBe(75);
    expect(q1!.discrimination).toBeCloseTo(-52.22, 2);
    expect(q2!.facility).toBe(75);
    expect(q2!.discrimination).toBeCloseTo(33.33, 2);
    expect(q3!.facility).toBe(50);
    expect(q3!.discrimination).toBeCloseTo(0, 10);
    expect(q1!.attempts).toBe(4);
  });

  it("flags negative discrimination, and facility under 20% or over 95%", () => {
    const [q1, q2] = itemStatistics(attempts, questions);
    expect(q1!.flags).toEqual(["negative-discrimination"]);
    expect(q2!.flags).toEqual([]);
    const easy = itemStatistics(attempts.map((a) => ({ ...a, items: [...a.items, { questionId: "easy", score: 1, choices: null }] })), [{ id: "easy", options: null }]);
    // Everyone right: facility 100%, and no variance, so no discrimination index at all.
    expect(easy[0]).toMatchObject({ facility: 100, discrimination: null, flags: ["very-easy"] });
    const hard = itemStatistics(attempts.map((a, i) => ({ ...a, items: [...a.items, { questionId: "hard", score: i === 0 ? 0.5 : 0, choices: null }] })), [{ id: "hard", options: null }]);
    expect(hard[0]!.facility).toBeCloseTo(12.5);
    expect(hard[0]!.flags).toContain("very-hard");
    expect(flagLabel("very-hard")).toBe("Facility under 20%");
  });

  it("counts each option chosen, once per attempt, and unanswered attempts apart", () => {
    const choice: StatAttempt[] = [
      { id: "a", items: [{ questionId: "c", score: 1, choices: [0] }] },
      { id: "b", items: [{ questionId: "c", score: 0, choices: [2] }] },
      { id: "c", items: [{ questionId: "c", score: 0, choices: [2, 2, 9] }] },
      { id: "d", items: [{ questionId: "c", score: 0, choices: null }] },
    ];
    const options = [
      { label: "Right", correct: true },
      { label: "Never picked", correct: false },
      { label: "Popular mistake", correct: false },
    ];
    const [stat] = itemStatistics(choice, [{ id: "c", options }]);
    expect(stat!.optionCounts!.map((o) => o.count)).toEqual([1, 0, 2]);
    expect(stat!.unanswered).toBe(1);
    expect(stat!.facility).toBe(25);
  });

  it("uses only the attempts that contain the question (random draws differ per student)", () => {
    const mixed: StatAttempt[] = [
      { id: "a", items: [{ questionId: "x", score: 1, choices: null }] },
      { id: "b", items: [{ questionId: "y", score: 0, choices: null }] },
    ];
    const [x, missing] = itemStatistics(mixed, [{ id: "x", options: null }, { id: "z", options: null }]);
    expect(x).toMatchObject({ attempts: 1, facility: 100, discrimination: null });
    expect(missing).toMatchObject({ attempts: 0, facility: null, discrimination: null, flags: [] });
  });

  it("has no correlation for fewer than two values or lists of different lengths", () => {
    expect(correlationPercent([1], [1])).toBeNull();
    expect(correlationPercent([1, 0], [1])).toBeNull();
    expect(correlationPercent([1, 0, 1], [2, 0, 2])).toBeCloseTo(100);
  });
});
