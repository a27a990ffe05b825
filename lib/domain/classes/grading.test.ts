import { describe, expect, it } from "vitest";
import { formatPoints, gradeAttempts, handedIn, summarizeGrades, withOverride, type GradedAttempt } from "./grading";

const dueAt = new Date("2025-03-08T17:00:00Z");
const attempt = (id: string, day: number, points: number, late = false): GradedAttempt => ({
  id,
  finishedAt: new Date(Date.UTC(2025, 2, day, 12)),
  points,
  maxPoints: 4,
  late,
});

describe("grading methods", () => {
  const attempts = [attempt("first", 2, 3), attempt("second", 4, 1), attempt("third", 10, 2, true)];

  it("highest: the best attempt, and its late mark only", () => {
    expect(gradeAttempts("highest", attempts, dueAt)).toEqual({ percent: 75, points: 3, maxPoints: 4, late: false, attemptIds: ["first"], attemptCount: 3 });
  });

  it("last: the most recently finished attempt, whatever order they come in", () => {
    expect(gradeAttempts("last", [...attempts].reverse(), dueAt)).toEqual({ percent: 50, points: 2, maxPoints: 4, late: true, attemptIds: ["third"], attemptCount: 3 });
  });

  it("average: the mean percentage, late if any attempt was late", () => {
    const grade = gradeAttempts("average", attempts, dueAt)!;
    expect(grade.percent).toBeCloseTo(50);
    expect([grade.points, grade.maxPoints]).toEqual([2, 4]);
    expect(grade.late).toBe(true);
    expect(grade.attemptIds).toEqual(["first", "second", "third"]);
  });

  it("highest: a later tie keeps the earlier, on-time attempt", () => {
    expect(gradeAttempts("highest", [attempt("on-time", 2, 2), attempt("late-tie", 9, 2, true)], dueAt)?.attemptIds).toEqual(["on-time"]);
  });

  it("no attempts handed in: no grade", () => {
    expect(gradeAttempts("highest", [], dueAt)).toBeNull();
  });

  it("an attempt finished after the due date is late even if begun on time", () => {
    expect(gradeAttempts("last", [attempt("ran-over", 9, 4)], dueAt)?.late).toBe(true);
  });

  it("clamps forged or broken scores into 0..100%", () => {
    expect(gradeAttempts("highest", [{ ...attempt("x", 2, 9) }], dueAt)?.percent).toBe(100);
    expect(gradeAttempts("highest", [{ ...attempt("y", 2, 1), maxPoints: 0 }], dueAt)?.percent).toBe(0);
  });
});

describe("handed-in attempts", () => {
  const now = new Date("2025-03-05T12:00:00Z");
  const row = { id: "a", finishedAt: null, deadlineAt: null, score: null, maxScore: 4, late: false };

  it("leaves an attempt in progress out", () => {
    expect(handedIn(row, 3, now)).toBeNull();
    expect(handedIn({ ...row, deadlineAt: new Date("2025-03-05T12:00:01Z") }, 3, now)).toBeNull();
  });

  it("counts a finished attempt with its stored score", () => {
    expect(handedIn({ ...row, finishedAt: now, score: 2.5 }, 1, now)).toEqual({ id: "a", finishedAt: now, points: 2.5, maxPoints: 4, late: false });
  });

  it("counts an attempt past its deadline as handed in then, with what was saved", () => {
    const deadlineAt = new Date("2025-03-05T11:00:00Z");
    expect(handedIn({ ...row, deadlineAt }, 3, now)).toEqual({ id: "a", finishedAt: deadlineAt, points: 3, maxPoints: 4, late: false });
  });
});

describe("gradebook figures", () => {
  it("points with one decimal at most", () => {
    expect(formatPoints(1, 2)).toBe("1 / 2");
    expect(formatPoints(4 / 3, 4)).toBe("1.3 / 4");
  });

  it("the class average and median of an assignment's grades, none without grades", () => {
    expect(summarizeGrades([])).toBeNull();
    expect(summarizeGrades([50])).toEqual({ count: 1, average: 50, median: 50 });
    expect(summarizeGrades([100, 0, 50])).toEqual({ count: 3, average: 50, median: 50 });
    // An even count: the median is the mean of the middle two; one outlier moves the average only.
    expect(summarizeGrades([90, 10, 80, 100])).toEqual({ count: 4, average: 70, median: 85 });
  });
});

describe("grade overrides", () => {
  it("the instructor's percentage replaces the worked-out one, with or without attempts", () => {
    const grade = gradeAttempts("highest", [attempt("a", 2, 1, true)], dueAt);
    expect(withOverride(grade, null)).toMatchObject({ percent: 25, override: null });
    expect(withOverride(grade, { percent: 90, reason: "Marked by hand" })).toMatchObject({ percent: 90, points: 3.6, maxPoints: 4, late: true, override: { reason: "Marked by hand" } });
    expect(withOverride(null, { percent: 0, reason: "Did not hand in" })).toMatchObject({ percent: 0, points: 0, maxPoints: 100, attemptCount: 0 });
    expect(withOverride(null, undefined)).toBeNull();
  });
});
