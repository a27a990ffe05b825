import { describe, expect, it } from "vitest";
import { markChoices, markMatches, markOrder, toShownAnswer } from "./marks";
import { toAuthoredAnswer, type PresentationKey } from "./present";

// Display position p shows authored index order[p].
const key = (type: PresentationKey["type"], order: number[]): PresentationKey => ({ questionId: "q", type, order });

describe("toShownAnswer", () => {
  it("maps the authored right option to where the learner saw it", () => {
    expect(toShownAnswer({ type: "single", choice: 0 }, key("single", [2, 0, 1]))).toEqual({ type: "single", choice: 1 });
    expect(toShownAnswer({ type: "multiple", choices: [0, 1] }, key("multiple", [1, 2, 0]))).toEqual({ type: "multiple", choices: [0, 2] });
  });

  it("is the inverse of toAuthoredAnswer for orderings and matchings", () => {
    const k = key("ordering", [2, 0, 3, 1]);
    const right = { type: "ordering" as const, order: [0, 1, 2, 3] };
    const shown = toShownAnswer(right, k);
    expect(shown).toEqual({ type: "ordering", order: [1, 3, 0, 2] });
    expect(toAuthoredAnswer(shown, k)).toEqual(right);
    const m = key("matching", [1, 2, 0]);
    expect(toAuthoredAnswer(toShownAnswer({ type: "matching", matches: [0, 1, 2] }, m), m)).toEqual({ type: "matching", matches: [0, 1, 2] });
  });

  it("leaves true/false and typed answers as they are", () => {
    expect(toShownAnswer({ type: "truefalse", value: false }, key("truefalse", []))).toEqual({ type: "truefalse", value: false });
    expect(toShownAnswer({ type: "typed", text: "ICE" }, key("typed", []))).toEqual({ type: "typed", text: "ICE" });
  });
});

describe("marks", () => {
  it("marks picks right or wrong and the right options missed", () => {
    expect(markChoices(4, [0, 2], [2, 3])).toEqual(["incorrect", null, "correct", "missed"]);
  });

  it("marks each position of an ordering and says where a misplaced item belongs", () => {
    expect(markOrder([1, 0, 2], [0, 1, 2])).toEqual([
      { correct: false, rightAt: 1 },
      { correct: false, rightAt: 0 },
      { correct: true, rightAt: 2 },
    ]);
  });

  it("marks each matched pair, an unmatched one as wrong", () => {
    expect(markMatches([2, null, 0], [2, 1, 0])).toEqual([
      { correct: true, rightAt: 2 },
      { correct: false, rightAt: 1 },
      { correct: true, rightAt: 0 },
    ]);
  });
});
