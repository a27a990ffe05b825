import { describe, expect, it } from "vitest";
import { assignmentRuleChanges, ruleSnapshot, ruleValueText, type AssignmentRuleValues } from "./audit";

const rules: AssignmentRuleValues = {
  title: "Homework 1",
  opensAt: new Date("2026-01-05T08:00:00Z"),
  dueAt: new Date("2026-01-12T22:00:00Z"),
  timeZone: "Europe/Paris",
  timeLimitSeconds: 1800,
  attemptsAllowed: 2,
  gradingMethod: "highest",
  shuffleQuestions: true,
  shuffleOptions: true,
  feedback: "immediately",
  lateWork: "refuse",
  cutoffAt: null,
  holdOutOfSelfStudy: false,
  targetRecall: 0.9,
};

describe("assignmentRuleChanges", () => {
  it("is empty when nothing changed, even with new Date objects for the same instants", () => {
    expect(assignmentRuleChanges(rules, { ...rules, dueAt: new Date(rules.dueAt.getTime()) })).toEqual([]);
  });

  it("lists each changed rule before → after, instants as ISO strings, dates first", () => {
    const after = { ...rules, attemptsAllowed: null, dueAt: new Date("2026-01-19T22:00:00Z"), feedback: "after_due", lateWork: "accept", cutoffAt: new Date("2026-01-26T22:00:00Z") };
    expect(assignmentRuleChanges(rules, after)).toEqual([
      { field: "dueAt", before: "2026-01-12T22:00:00.000Z", after: "2026-01-19T22:00:00.000Z" },
      { field: "cutoffAt", before: null, after: "2026-01-26T22:00:00.000Z" },
      { field: "attemptsAllowed", before: 2, after: null },
      { field: "feedback", before: "immediately", after: "after_due" },
      { field: "lateWork", before: "refuse", after: "accept" },
    ]);
  });

  it("sees a time limit removed, the grading method and a flag", () => {
    const changes = assignmentRuleChanges(rules, { ...rules, timeLimitSeconds: null, gradingMethod: "average", holdOutOfSelfStudy: true });
    expect(changes.map((c) => c.field)).toEqual(["timeLimitSeconds", "gradingMethod", "holdOutOfSelfStudy"]);
  });
});

describe("ruleSnapshot and ruleValueText", () => {
  it("keeps every rule as JSON values", () => {
    const snap = ruleSnapshot(rules);
    expect(snap.opensAt).toBe("2026-01-05T08:00:00.000Z");
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it("says values in words", () => {
    expect(ruleValueText("timeLimitSeconds", 1800)).toBe("30 min");
    expect(ruleValueText("timeLimitSeconds", null)).toBe("none");
    expect(ruleValueText("attemptsAllowed", null)).toBe("unlimited");
    expect(ruleValueText("attemptsAllowed", 3)).toBe("3");
    expect(ruleValueText("feedback", "after_due")).toBe("after the due date");
    expect(ruleValueText("shuffleOptions", false)).toBe("no");
    expect(ruleValueText("title", "Quiz")).toBe("Quiz");
  });
});
