import { describe, expect, it } from "vitest";
import {
  answerRefusal,
  deadlineFor,
  formatPoints,
  formatScore,
  isAnswerAccepted,
  latestResults,
  mistakesFromLastAttempt,
  scoreAttempt,
  sectionMastery,
  type AttemptRecord,
} from "@/lib/domain/quiz/attempt";

const start = new Date("2030-01-01T10:00:00.000Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("deadlines", () => {
  it("has no deadline for an untimed attempt and startedAt + limit otherwise", () => {
    expect(deadlineFor(start, null)).toBeNull();
    expect(deadlineFor(start, 90)).toEqual(at(90));
  });
  it("fails closed on a nonsensical limit", () => {
    expect(deadlineFor(start, -5)).toEqual(start);
    expect(deadlineFor(start, Number.NaN)).toEqual(start);
  });
  it("accepts answers before the deadline and refuses them at and after it", () => {
    const attempt = { startedAt: start, timeLimitSeconds: 60, finishedAt: null };
    expect(isAnswerAccepted(attempt, at(59.999))).toBe(true);
    expect(isAnswerAccepted(attempt, at(60))).toBe(false);
    expect(isAnswerAccepted(attempt, at(3600))).toBe(false);
    expect(answerRefusal(attempt, at(60))).toBe("timed-out");
  });
  it("refuses answers once the attempt is finished, timed or not", () => {
    expect(answerRefusal({ startedAt: start, timeLimitSeconds: null, finishedAt: at(5) }, at(6))).toBe("finished");
    expect(isAnswerAccepted({ startedAt: start, timeLimitSeconds: 600, finishedAt: at(5) }, at(6))).toBe(false);
  });
  it("accepts answers to an untimed attempt at any time", () => {
    expect(isAnswerAccepted({ startedAt: start, timeLimitSeconds: null }, at(10 * 365 * 86400))).toBe(true);
  });
});

describe("scoring an attempt", () => {
  it("sums scores over every question, unanswered ones earning 0", () => {
    expect(scoreAttempt([{ score: 1 }, { score: 0.5 }], 4)).toEqual({ points: 1.5, maxPoints: 4, percent: 37.5 });
    expect(scoreAttempt([], 5)).toEqual({ points: 0, maxPoints: 5, percent: 0 });
  });
  it("clamps out-of-range scores and the total", () => {
    expect(scoreAttempt([{ score: 3 }, { score: -1 }, { score: Number.NaN }], 3).points).toBe(1);
    expect(scoreAttempt([{ score: 1 }, { score: 1 }, { score: 1 }], 2)).toEqual({ points: 2, maxPoints: 2, percent: 100 });
  });
  it("gives 0% to an attempt without questions", () => expect(scoreAttempt([], 0).percent).toBe(0));
  it("formats the score with at most 2 decimals, trailing zeros trimmed", () => {
    expect(formatScore({ points: 1.5, maxPoints: 4 })).toBe("Score: 1.5 / 4");
    expect(formatScore({ points: 3, maxPoints: 3 })).toBe("Score: 3 / 3");
    expect(formatScore(scoreAttempt([{ score: 2 / 3 }, { score: 1 }], 3))).toBe("Score: 1.67 / 3");
    expect(formatPoints(0.1 + 0.2)).toBe("0.3");
    expect(formatPoints(1.005)).toBe("1.01");
    expect(formatPoints(0.001)).toBe("0");
  });
});

describe("section mastery", () => {
  const results = latestResults([
    { questionId: "a", correct: true, answeredAt: at(1) },
    { questionId: "b", correct: true, answeredAt: at(1) },
    { questionId: "b", correct: false, answeredAt: at(2) },
    { questionId: "c", correct: false, answeredAt: at(1) },
    { questionId: "c", correct: true, answeredAt: at(3) },
    { questionId: "other-section", correct: true, answeredAt: at(1) },
  ]);
  it("keeps the latest result per question", () => {
    expect(results.get("b")?.correct).toBe(false);
    expect(results.get("c")?.correct).toBe(true);
  });
  it("is the share of the section's questions whose latest answer was fully right", () => {
    // a: right; b: right then wrong; c: wrong then right; d: never answered.
    expect(sectionMastery(["a", "b", "c", "d"], results)).toEqual({ mastered: 2, total: 4, share: 0.5 });
  });
  it("is 0 for a section without questions", () => {
    expect(sectionMastery([], results)).toEqual({ mastered: 0, total: 0, share: 0 });
  });
});

describe("mistakes from the last attempt", () => {
  const attempt = (finished: number | null, answers: AttemptRecord["answers"], questionIds = ["q1", "q2", "q3"]): AttemptRecord => ({
    startedAt: at(0),
    finishedAt: finished === null ? null : at(finished),
    questionIds,
    answers,
  });
  it("lists the last finished attempt's wrong and unanswered questions in order", () => {
    const older = attempt(10, [{ questionId: "q1", correct: false }]);
    const last = attempt(20, [
      { questionId: "q3", correct: false },
      { questionId: "q1", correct: true },
    ]);
    const inProgress = attempt(null, []);
    expect(mistakesFromLastAttempt([last, older, inProgress])).toEqual(["q2", "q3"]);
  });
  it("lets a later answer to the same question win", () => {
    const last = attempt(5, [
      { questionId: "q1", correct: false },
      { questionId: "q1", correct: true },
      { questionId: "q2", correct: true },
      { questionId: "q3", correct: true },
    ]);
    expect(mistakesFromLastAttempt([last])).toEqual([]);
  });
  it("is empty without a finished attempt", () => {
    expect(mistakesFromLastAttempt([])).toEqual([]);
    expect(mistakesFromLastAttempt([attempt(null, [])])).toEqual([]);
  });
});
