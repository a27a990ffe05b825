import { describe, expect, it } from "vitest";
import { applyExtension, dashboardStatus, decideStart, extensionProblem, groupByStatus, isLateSubmission, lastSubmissionAt, type AssignmentRules } from "./availability";

const opensAt = new Date("2025-03-01T09:00:00Z");
const dueAt = new Date("2025-03-08T17:00:00Z");
const rules = (over: Partial<AssignmentRules> = {}): AssignmentRules => ({ opensAt, dueAt, lateWork: "accept", attemptsAllowed: 2, ...over });
const fresh = { attemptsUsed: 0, inProgressAttemptId: null };
const at = (iso: string) => new Date(iso);

describe("decideStart: date rules", () => {
  it("refuses before the opening time, even a second before", () => {
    expect(decideStart(rules(), fresh, at("2025-03-01T08:59:59Z"))).toEqual({ kind: "refused", reason: "not-open" });
  });

  it("starts on time from the opening instant, cut off at the due date when late work is refused", () => {
    expect(decideStart(rules(), fresh, opensAt)).toEqual({ kind: "start", late: false, closesAt: null, attemptNumber: 1 });
    expect(decideStart(rules({ lateWork: "refuse" }), fresh, at("2025-03-05T00:00:00Z"))).toEqual({ kind: "start", late: false, closesAt: dueAt, attemptNumber: 1 });
  });

  it("after the due date: a late attempt when late work is accepted, refused otherwise", () => {
    expect(decideStart(rules(), fresh, dueAt)).toEqual({ kind: "start", late: true, closesAt: null, attemptNumber: 1 });
    expect(decideStart(rules({ lateWork: "refuse" }), fresh, dueAt)).toEqual({ kind: "refused", reason: "closed" });
    // An unknown setting fails closed.
    expect(decideStart(rules({ lateWork: "maybe" }), fresh, at("2025-04-01T00:00:00Z"))).toEqual({ kind: "refused", reason: "closed" });
  });

  it("late work ends at the cut-off: late attempts close there, and none starts from it on", () => {
    const cutoffAt = at("2025-03-10T17:00:00Z");
    expect(decideStart(rules({ cutoffAt }), fresh, opensAt)).toEqual({ kind: "start", late: false, closesAt: cutoffAt, attemptNumber: 1 });
    expect(decideStart(rules({ cutoffAt }), fresh, dueAt)).toEqual({ kind: "start", late: true, closesAt: cutoffAt, attemptNumber: 1 });
    expect(decideStart(rules({ cutoffAt }), fresh, cutoffAt)).toEqual({ kind: "refused", reason: "closed" });
  });

  it("the last chance to submit: the due date when late work is refused, else the cut-off (none without one)", () => {
    const cutoffAt = at("2025-03-10T17:00:00Z");
    expect(lastSubmissionAt(rules({ lateWork: "refuse", cutoffAt }))).toEqual(dueAt);
    expect(lastSubmissionAt(rules({ cutoffAt }))).toEqual(cutoffAt);
    expect(lastSubmissionAt(rules())).toBeNull();
  });

  it("refuses once the attempts are used up, counts unlimited as unlimited", () => {
    const now = at("2025-03-02T00:00:00Z");
    expect(decideStart(rules(), { attemptsUsed: 1, inProgressAttemptId: null }, now)).toMatchObject({ kind: "start", attemptNumber: 2 });
    expect(decideStart(rules(), { attemptsUsed: 2, inProgressAttemptId: null }, now)).toEqual({ kind: "refused", reason: "attempts-exhausted" });
    expect(decideStart(rules({ attemptsAllowed: null }), { attemptsUsed: 40, inProgressAttemptId: null }, now)).toMatchObject({ kind: "start", attemptNumber: 41 });
  });

  it("resumes an attempt in progress instead of using another one", () => {
    expect(decideStart(rules(), { attemptsUsed: 2, inProgressAttemptId: "a1" }, at("2025-03-02T00:00:00Z"))).toEqual({ kind: "resume", attemptId: "a1" });
  });
});

describe("late marks", () => {
  it("marks attempts begun late, or handed in after the due date", () => {
    expect(isLateSubmission({ late: true, finishedAt: null }, dueAt)).toBe(true);
    expect(isLateSubmission({ late: false, finishedAt: at("2025-03-08T17:00:01Z") }, dueAt)).toBe(true);
    expect(isLateSubmission({ late: false, finishedAt: dueAt }, dueAt)).toBe(false);
  });
});

describe("dashboard status", () => {
  it("goes upcoming → open → overdue by the clock, and done once handed in", () => {
    expect(dashboardStatus(rules(), 0, at("2025-02-28T00:00:00Z"))).toBe("upcoming");
    expect(dashboardStatus(rules(), 0, opensAt)).toBe("open");
    expect(dashboardStatus(rules(), 0, dueAt)).toBe("overdue");
    expect(dashboardStatus(rules(), 1, at("2025-02-28T00:00:00Z"))).toBe("done");
  });

  it("groups by status, soonest due first", () => {
    const groups = groupByStatus([
      { id: "b", status: "open" as const, dueAt: at("2025-03-09T00:00:00Z") },
      { id: "a", status: "open" as const, dueAt: at("2025-03-08T00:00:00Z") },
      { id: "c", status: "done" as const, dueAt: at("2025-03-01T00:00:00Z") },
    ]);
    expect(groups.open.map((g) => g.id)).toEqual(["a", "b"]);
    expect(groups.done.map((g) => g.id)).toEqual(["c"]);
    expect(groups.upcoming).toEqual([]);
  });
});

describe("per-student extensions", () => {
  const later = at("2025-03-10T17:00:00Z");
  const afterDue = at("2025-03-09T12:00:00Z");

  it("a later due date: the student starts on time where classmates are late or closed out", () => {
    const refuse = rules({ lateWork: "refuse" });
    expect(decideStart(refuse, fresh, afterDue)).toEqual({ kind: "refused", reason: "closed" });
    expect(decideStart(applyExtension(refuse, { dueAt: later, extraAttempts: 0 }), fresh, afterDue)).toEqual({ kind: "start", late: false, closesAt: later, attemptNumber: 1 });
    const accept = rules({ cutoffAt: at("2025-03-15T17:00:00Z") });
    expect(decideStart(accept, fresh, afterDue)).toMatchObject({ kind: "start", late: true });
    expect(decideStart(applyExtension(accept, { dueAt: later, extraAttempts: 0 }), fresh, afterDue)).toMatchObject({ kind: "start", late: false, closesAt: at("2025-03-15T17:00:00Z") });
    // After the extended date it is late (or closed) for them too.
    expect(decideStart(applyExtension(refuse, { dueAt: later, extraAttempts: 0 }), fresh, at("2025-03-10T17:00:00Z"))).toEqual({ kind: "refused", reason: "closed" });
  });

  it("a cut-off before the extended date moves with it; an earlier date takes no time away", () => {
    const accept = rules({ cutoffAt: at("2025-03-09T17:00:00Z") });
    expect(applyExtension(accept, { dueAt: later, extraAttempts: 0 }).cutoffAt).toEqual(later);
    expect(applyExtension(accept, { dueAt: at("2025-03-05T00:00:00Z"), extraAttempts: 0 })).toEqual(accept);
    expect(applyExtension(accept, null)).toBe(accept);
  });

  it("extra attempts add to the limit; unlimited stays unlimited; the opening date is the class's", () => {
    const used = { attemptsUsed: 2, inProgressAttemptId: null };
    const now = at("2025-03-05T12:00:00Z");
    expect(decideStart(rules(), used, now)).toEqual({ kind: "refused", reason: "attempts-exhausted" });
    expect(decideStart(applyExtension(rules(), { dueAt: null, extraAttempts: 1 }), used, now)).toMatchObject({ kind: "start", attemptNumber: 3 });
    expect(decideStart(applyExtension(rules(), { dueAt: null, extraAttempts: 1 }), { attemptsUsed: 3, inProgressAttemptId: null }, now)).toEqual({ kind: "refused", reason: "attempts-exhausted" });
    expect(applyExtension(rules({ attemptsAllowed: null }), { dueAt: null, extraAttempts: 3 }).attemptsAllowed).toBeNull();
    expect(decideStart(applyExtension(rules(), { dueAt: later, extraAttempts: 1 }), fresh, at("2025-02-28T00:00:00Z"))).toEqual({ kind: "refused", reason: "not-open" });
  });

  it("refuses a date that is not later, or one past the class's release of feedback or held-out questions", () => {
    const base = { ...rules({ lateWork: "refuse" }), feedback: "immediately", holdOutOfSelfStudy: false };
    expect(extensionProblem(base, { dueAt: later, extraAttempts: 0 })).toBeNull();
    expect(extensionProblem(base, { dueAt: dueAt, extraAttempts: 0 })).toMatch(/after the assignment/);
    expect(extensionProblem({ ...base, feedback: "after_due" }, { dueAt: later, extraAttempts: 0 })).toMatch(/released/);
    expect(extensionProblem({ ...base, holdOutOfSelfStudy: true }, { dueAt: later, extraAttempts: 0 })).toMatch(/released/);
    // Extra attempts alone never move the release; nor does a date within the late-work cut-off.
    expect(extensionProblem({ ...base, feedback: "after_due" }, { dueAt: null, extraAttempts: 2 })).toBeNull();
    const cutoff = { ...rules({ cutoffAt: at("2025-03-15T17:00:00Z") }), feedback: "after_due", holdOutOfSelfStudy: true };
    expect(extensionProblem(cutoff, { dueAt: later, extraAttempts: 0 })).toBeNull();
    expect(extensionProblem(cutoff, { dueAt: at("2025-03-20T17:00:00Z"), extraAttempts: 0 })).toMatch(/released/);
  });
});
