import { describe, expect, it } from "vitest";
import { attemptDeadline, finishInstant, isOverdue, refusalAt, resumePosition, secondsLeft } from "@/lib/domain/quiz/timing";

const start = new Date("2030-01-01T10:00:00.000Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("attempt deadline", () => {
  it("is start + limit, the closing time, or the earlier of the two", () => {
    expect(attemptDeadline(start, null)).toBeNull();
    expect(attemptDeadline(start, 600)).toEqual(at(600));
    expect(attemptDeadline(start, null, at(300))).toEqual(at(300));
    expect(attemptDeadline(start, 600, at(300))).toEqual(at(300));
    expect(attemptDeadline(start, 120, at(300))).toEqual(at(120));
  });
  it("is the start itself for a nonsensical limit (fails closed)", () => {
    expect(attemptDeadline(start, -1)).toEqual(start);
  });
});

describe("refusing answers", () => {
  const timed = { finishedAt: null, deadlineAt: at(60) };
  it("accepts before the deadline and refuses at and after it (a timed-out attempt)", () => {
    expect(refusalAt(timed, at(59.999))).toBeNull();
    expect(refusalAt(timed, at(60))).toBe("timed-out");
    expect(isOverdue(timed, at(61))).toBe(true);
  });
  it("refuses a finished attempt, and does not call it overdue", () => {
    const done = { finishedAt: at(10), deadlineAt: at(60) };
    expect(refusalAt(done, at(11))).toBe("finished");
    expect(isOverdue(done, at(100))).toBe(false);
  });
  it("never times out an untimed attempt", () => expect(refusalAt({ finishedAt: null, deadlineAt: null }, at(1e9))).toBeNull());
});

describe("closing", () => {
  it("ends a timed-out attempt at its deadline, not at the moment someone noticed", () => {
    expect(finishInstant({ deadlineAt: at(60) }, at(3600))).toEqual(at(60));
    expect(finishInstant({ deadlineAt: at(60) }, at(30))).toEqual(at(30));
    expect(finishInstant({ deadlineAt: null }, at(30))).toEqual(at(30));
  });
  it("counts whole seconds left, never below zero", () => {
    expect(secondsLeft({ deadlineAt: at(60) }, at(0.5))).toBe(60);
    expect(secondsLeft({ deadlineAt: at(60) }, at(90))).toBe(0);
    expect(secondsLeft({ deadlineAt: null }, at(0))).toBeNull();
  });
});

describe("resume position", () => {
  it("goes to the first unanswered question, or the last when all are answered", () => {
    expect(resumePosition([true, false, false])).toBe(1);
    expect(resumePosition([true, true])).toBe(1);
    expect(resumePosition([])).toBe(0);
  });
  it("honours a requested position only when it exists", () => {
    expect(resumePosition([true, false, false], 2)).toBe(2);
    expect(resumePosition([true, false, false], 3)).toBe(1);
    expect(resumePosition([true, false, false], -1)).toBe(1);
    expect(resumePosition([true, false, false], 1.5)).toBe(1);
  });
});
