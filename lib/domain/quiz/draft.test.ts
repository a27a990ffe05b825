import { describe, expect, it } from "vitest";
import { draftToAnswer, initialDraft, moveItem, pressDigit, sameAnswer } from "@/lib/domain/quiz/draft";
import type { PublicQuestion } from "@/lib/domain/quiz/present";

const opts = (n: number) => Array.from({ length: n }, (_, index) => ({ index, text: `o${index}` }));
const single: PublicQuestion = { id: "s", type: "single", prompt: "?", options: opts(4) };
const multiple: PublicQuestion = { id: "m", type: "multiple", prompt: "?", options: opts(4) };
const tf: PublicQuestion = { id: "t", type: "truefalse", prompt: "?" };
const typed: PublicQuestion = { id: "y", type: "typed", prompt: "?" };
const ordering: PublicQuestion = { id: "o", type: "ordering", prompt: "?", items: opts(3) };
const matching: PublicQuestion = { id: "x", type: "matching", prompt: "?", left: opts(2), right: opts(2) };

describe("answer drafts", () => {
  it("start empty (ordering: as shown) or from the saved answer", () => {
    expect(initialDraft(single, null)).toEqual({ type: "single", choice: null });
    expect(initialDraft(ordering, null)).toEqual({ type: "ordering", order: [0, 1, 2] });
    expect(initialDraft(matching, null)).toEqual({ type: "matching", matches: [null, null] });
    expect(initialDraft(single, { type: "single", choice: 2 })).toEqual({ type: "single", choice: 2 });
    // A saved answer of another type (question edited since) is ignored.
    expect(initialDraft(single, { type: "truefalse", value: true })).toEqual({ type: "single", choice: null });
  });

  it("cannot be sent incomplete, and say what is missing", () => {
    expect(draftToAnswer(initialDraft(single, null))).toEqual({ missing: "Choose an answer first." });
    expect(draftToAnswer(initialDraft(multiple, null))).toHaveProperty("missing");
    expect(draftToAnswer(initialDraft(tf, null))).toHaveProperty("missing");
    expect(draftToAnswer({ type: "typed", text: "   " })).toHaveProperty("missing");
    expect(draftToAnswer({ type: "matching", matches: [1, null] })).toHaveProperty("missing");
    expect(draftToAnswer(initialDraft(ordering, null))).toEqual({ answer: { type: "ordering", order: [0, 1, 2] } });
    expect(draftToAnswer({ type: "multiple", choices: [3, 1] })).toEqual({ answer: { type: "multiple", choices: [1, 3] } });
  });
});

describe("digit keys", () => {
  it("select an option in single choice, by its shown number", () => {
    expect(pressDigit(initialDraft(single, null), single, 3)).toEqual({ type: "single", choice: 2 });
    expect(pressDigit(initialDraft(single, null), single, 5)).toEqual({ type: "single", choice: null });
    expect(pressDigit(initialDraft(single, null), single, 0)).toEqual({ type: "single", choice: null });
  });
  it("toggle options in multiple choice", () => {
    const once = pressDigit(initialDraft(multiple, null), multiple, 2);
    expect(once).toEqual({ type: "multiple", choices: [1] });
    expect(pressDigit(once, multiple, 2)).toEqual({ type: "multiple", choices: [] });
  });
  it("pick True with 1 and False with 2, and do nothing for typed answers", () => {
    expect(pressDigit(initialDraft(tf, null), tf, 1)).toEqual({ type: "truefalse", value: true });
    expect(pressDigit(initialDraft(tf, null), tf, 2)).toEqual({ type: "truefalse", value: false });
    expect(pressDigit(initialDraft(typed, null), typed, 1)).toEqual({ type: "typed", text: "" });
  });
});

describe("reordering", () => {
  it("moves an item up or down and ignores moves off the ends", () => {
    expect(moveItem([0, 1, 2], 2, -1)).toEqual([0, 2, 1]);
    expect(moveItem([0, 1, 2], 0, 1)).toEqual([1, 0, 2]);
    expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
    expect(moveItem([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
  });
  it("compares answers by value", () => {
    expect(sameAnswer({ type: "single", choice: 1 }, { type: "single", choice: 1 })).toBe(true);
    expect(sameAnswer({ type: "single", choice: 1 }, null)).toBe(false);
  });
});
