import { describe, expect, it } from "vitest";
import { masteryBySection, masteryPercent } from "@/lib/domain/mastery";

const questions = [
  { id: "a1", sectionId: "a" },
  { id: "a2", sectionId: "a" },
  { id: "a3", sectionId: "a" },
  { id: "b1", sectionId: "b" },
];

describe("masteryBySection", () => {
  it("is the share of each section's live questions whose latest answer was right", () => {
    const mastery = masteryBySection(questions, [
      { questionId: "a1", correct: true },
      { questionId: "a2", correct: false },
      { questionId: "b1", correct: true },
    ]);
    expect(mastery.get("a")).toEqual({ mastered: 1, total: 3, share: 1 / 3 });
    expect(mastery.get("b")).toEqual({ mastered: 1, total: 1, share: 1 });
  });

  it("ignores answers to questions that are not live (retired or not in a section)", () => {
    const mastery = masteryBySection(questions, [
      { questionId: "a1", correct: true },
      { questionId: "retired-a4", correct: true },
      { questionId: "instructor-q", correct: true },
    ]);
    expect(mastery.get("a")).toEqual({ mastered: 1, total: 3, share: 1 / 3 });
  });

  it("counts a question where it is now and leaves out sections without questions", () => {
    const mastery = masteryBySection([{ id: "a1", sectionId: "b" }], [{ questionId: "a1", correct: true }]);
    expect(mastery.get("b")).toEqual({ mastered: 1, total: 1, share: 1 });
    expect(mastery.has("a")).toBe(false);
  });

  it("is 0 for a learner who has answered nothing", () => {
    expect(masteryBySection(questions, []).get("a")).toEqual({ mastered: 0, total: 3, share: 0 });
  });
});

describe("masteryPercent", () => {
  it("rounds down, so 100% only when every question is mastered", () => {
    expect(masteryPercent({ mastered: 199, total: 200, share: 0.995 })).toBe(99);
    expect(masteryPercent({ mastered: 2, total: 3, share: 2 / 3 })).toBe(66);
    expect(masteryPercent({ mastered: 3, total: 3, share: 1 })).toBe(100);
    expect(masteryPercent({ mastered: 0, total: 3, share: 0 })).toBe(0);
  });
  it("is null without questions", () => {
    expect(masteryPercent({ mastered: 0, total: 0, share: 0 })).toBeNull();
    expect(masteryPercent(undefined)).toBeNull();
  });
});
