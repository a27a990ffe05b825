import { describe, expect, it } from "vitest";
import { feedbackLevel, revealsOnCheck, type FeedbackContext } from "@/lib/domain/quiz/feedback";

const due = new Date("2030-03-01T12:00:00.000Z");
const before = new Date(due.getTime() - 1);
const after = new Date(due.getTime() + 1);
const ctx = (over: Partial<FeedbackContext>): FeedbackContext => ({ mode: "practice", finished: false, assignment: null, ...over });

describe("self-study feedback", () => {
  it("shows practice answers as soon as they are checked", () => {
    expect(feedbackLevel(ctx({ mode: "practice" }), before)).toBe("full");
    expect(revealsOnCheck({ mode: "practice", assignment: null }, before)).toBe(true);
  });
  it("shows an exam nothing until it is finished, then everything", () => {
    expect(feedbackLevel(ctx({ mode: "exam" }), before)).toBe("none");
    expect(revealsOnCheck({ mode: "exam", assignment: null }, before)).toBe(false);
    expect(feedbackLevel(ctx({ mode: "exam", finished: true }), before)).toBe("full");
  });
});

describe("assignment feedback", () => {
  const assignment = (feedback: string) => ({ feedback, releaseAt: due });
  it("shows nothing during the attempt, whatever the mode or setting", () => {
    for (const mode of ["practice", "exam"]) {
      for (const setting of ["immediately", "after_due", "never"]) {
        expect(feedbackLevel(ctx({ mode, assignment: assignment(setting) }), after)).toBe("none");
        expect(revealsOnCheck({ mode, assignment: assignment(setting) }, after)).toBe(false);
      }
    }
  });
  it("'immediately' shows everything once the attempt is finished", () => {
    expect(feedbackLevel(ctx({ finished: true, assignment: assignment("immediately") }), before)).toBe("full");
  });
  it("'after_due' shows the score before the due date and everything from the due instant on", () => {
    expect(feedbackLevel(ctx({ finished: true, assignment: assignment("after_due") }), before)).toBe("score");
    expect(feedbackLevel(ctx({ finished: true, assignment: assignment("after_due") }), due)).toBe("full");
    expect(feedbackLevel(ctx({ finished: true, assignment: assignment("after_due") }), after)).toBe("full");
  });
  it("'after_due' holds full feedback while no release instant is known (late work with no cut-off)", () => {
    expect(feedbackLevel(ctx({ finished: true, assignment: { feedback: "after_due", releaseAt: null } }), new Date("2099-01-01"))).toBe("score");
  });
  it("'never' shows the score only, even long after the due date", () => {
    expect(feedbackLevel(ctx({ finished: true, assignment: assignment("never") }), new Date("2099-01-01"))).toBe("score");
  });
  it("fails closed to the score on an unknown setting", () => {
    expect(feedbackLevel(ctx({ finished: true, assignment: assignment("sometimes") }), after)).toBe("score");
  });
});
