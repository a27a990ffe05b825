import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  gradeAnswer,
  gradeMatching,
  gradeMultiple,
  gradeOrdering,
  gradeSingle,
  gradeTrueFalse,
  gradeTyped,
  longestIncreasingSubsequence,
  SPELLING_FEEDBACK,
} from "@/lib/domain/quiz/grading";
import { allQuestions, matching, multiple, multipleMostlyRight, ordering, orderingPair, single, trueFalse, typed, typedWord } from "@/lib/domain/quiz/test-fixtures";

const typedText = (text: string, question = typed) => gradeTyped(question, { type: "typed", text });

describe("single choice", () => {
  it("is all or nothing", () => {
    expect(gradeSingle(single, { type: "single", choice: 0 })).toEqual({ score: 1, correct: true });
    expect(gradeSingle(single, { type: "single", choice: 2 })).toEqual({ score: 0, correct: false });
  });
  it("scores an out-of-range index 0", () => {
    expect(gradeSingle(single, { type: "single", choice: 4 }).score).toBe(0);
    expect(gradeAnswer(single, { type: "single", choice: 99 }).score).toBe(0);
    expect(gradeAnswer(single, { type: "single", choice: -1 }).score).toBe(0);
    expect(gradeAnswer(single, { type: "single", choice: 0.5 }).score).toBe(0);
  });
});

describe("multiple choice", () => {
  const pick = (question: typeof multiple, ...choices: number[]) => gradeMultiple(question, { type: "multiple", choices });
  it("gives full marks for exactly the right options", () => expect(pick(multiple, 1, 0)).toEqual({ score: 1, correct: true }));
  it("gives partial credit per right option", () => expect(pick(multiple, 0)).toEqual({ score: 0.5, correct: false }));
  it("lets a wrong pick cancel a right one", () => expect(pick(multiple, 0, 2).score).toBe(0));
  it("floors at 0", () => expect(pick(multiple, 2, 3).score).toBe(0));
  it("gives nothing for an empty answer", () => expect(pick(multiple).score).toBe(0));
  it("gives nothing for picking every option when right and wrong are even", () => expect(pick(multiple, 0, 1, 2, 3).score).toBe(0));
  it("gives (right - wrong) / right when every option is picked", () => expect(pick(multipleMostlyRight, 0, 1, 2, 3).score).toBeCloseTo(2 / 3));
  it("scores an out-of-range index 0 even beside right picks", () => {
    expect(pick(multiple, 0, 1, 7).score).toBe(0);
    expect(gradeAnswer(multiple, { type: "multiple", choices: [0, 1, 42] }).score).toBe(0);
  });
  it("refuses duplicate picks at the boundary", () => expect(gradeAnswer(multiple, { type: "multiple", choices: [0, 0] }).score).toBe(0));
});

describe("true/false", () => {
  it("is all or nothing", () => {
    expect(gradeTrueFalse(trueFalse, { type: "truefalse", value: true }).correct).toBe(true);
    expect(gradeTrueFalse(trueFalse, { type: "truefalse", value: false }).score).toBe(0);
  });
});

describe("typed", () => {
  it("accepts an exact answer and any alternative, without feedback", () => {
    expect(typedText("Homeland Security Investigations")).toEqual({ score: 1, correct: true });
    expect(typedText("HSI investigations")).toEqual({ score: 1, correct: true });
  });
  it("ignores case, surrounding and repeated whitespace", () => {
    expect(typedText("  homeland   SECURITY\tinvestigations \n").correct).toBe(true);
  });
  it("ignores accents and diacritics", () => {
    expect(typedText("Éxito", typedWord("t1", "exito")).correct).toBe(true);
    expect(typedText("exito", typedWord("t2", "Éxito")).correct).toBe(true);
    expect(typedText("STRASSE", typedWord("t3", "Straße")).correct).toBe(true);
    expect(typedText("ﬁnance", typedWord("t4", "finance")).correct).toBe(true);
  });
  it("ignores punctuation", () => {
    expect(typedText("Homeland Security Investigations.")).toEqual({ score: 1, correct: true });
    expect(typedText("US", typedWord("t5", "U.S.")).correct).toBe(true);
    expect(typedText("O’Neil", typedWord("t6", "O'Neil")).correct).toBe(true);
  });
  it("scores an empty or punctuation-only answer 0", () => {
    expect(typedText("")).toEqual({ score: 0, correct: false });
    expect(typedText("   ").score).toBe(0);
    expect(typedText("?!.").score).toBe(0);
  });
  it("refuses a typo in a 5-letter word", () => {
    expect(typedText("Texsa", typedWord("t7", "Texas")).score).toBe(0);
    expect(typedText("Tekas", typedWord("t8", "Texas")).score).toBe(0);
  });
  it("accepts one typo in a 7-letter word, with feedback", () => {
    expect(typedText("Custons", typedWord("t9", "Customs"))).toEqual({ score: 1, correct: true, feedback: SPELLING_FEEDBACK });
    expect(typedText("Custom", typedWord("t10", "Customs")).feedback).toBe(SPELLING_FEEDBACK);
    expect(typedText("Customms", typedWord("t11", "Customs")).feedback).toBe(SPELLING_FEEDBACK);
  });
  it("accepts an adjacent transposition as one typo", () => {
    expect(typedText("Homeland Security Invetsigations")).toEqual({ score: 1, correct: true, feedback: SPELLING_FEEDBACK });
  });
  it("accepts one typo in each of several long words", () => {
    expect(typedText("Homland Securty Investigations").feedback).toBe(SPELLING_FEEDBACK);
  });
  it("refuses two typos in one word, a different word count, or a wrong short word", () => {
    expect(typedText("Homeland Security Invstigatons").score).toBe(0);
    expect(typedText("Homeland Security").score).toBe(0);
    expect(typedText("Homeland Security Investigations Division").score).toBe(0);
    expect(typedText("HSA Investigations").score).toBe(0);
  });
  it("never forgives a wrong digit", () => {
    expect(typedText("1997", typedWord("t12", "1996")).score).toBe(0);
    expect(typedText("1234568", typedWord("t13", "1234567")).score).toBe(0);
  });
  it("prefers an exact alternative to a typo match", () => {
    expect(typedText("Investigatins", typedWord("t14", "Investigation", "Investigatins"))).toEqual({ score: 1, correct: true });
  });
});

describe("ordering", () => {
  const order = (...o: number[]) => gradeOrdering(ordering, { type: "ordering", order: o }).score;
  it("gives full marks for the right order", () => expect(order(0, 1, 2, 3)).toBe(1));
  it("gives 0 for a fully reversed order", () => {
    expect(order(3, 2, 1, 0)).toBe(0);
    expect(gradeOrdering(orderingPair, { type: "ordering", order: [1, 0] }).score).toBe(0);
  });
  it("credits the longest ordered subset of a partially ordered answer", () => {
    expect(order(0, 2, 1, 3)).toBe(3 / 4);
    expect(order(3, 0, 1, 2)).toBe(3 / 4);
    expect(order(1, 0, 3, 2)).toBe(2 / 4);
  });
  it("scores only what is valid in an incomplete or invalid permutation", () => {
    expect(order(0, 1)).toBe(2 / 4);
    expect(order(2)).toBe(0);
    expect(order()).toBe(0);
    expect(order(0, 0, 1, 1, 2, 3)).toBe(1);
    expect(order(0, 9, 1, 2, 3)).toBe(1);
  });
  it("computes the longest increasing subsequence", () => {
    expect(longestIncreasingSubsequence([3, 1, 2, 0, 4])).toBe(3);
    expect(longestIncreasingSubsequence([])).toBe(0);
  });
});

describe("matching", () => {
  const match = (...m: (number | null)[]) => gradeMatching(matching, { type: "matching", matches: m }).score;
  it("gives full marks when every left side gets its right side", () => expect(match(0, 1, 2, 3)).toBe(1));
  it("gives half marks when half are right", () => expect(match(0, 1, 3, 2)).toBe(0.5));
  it("counts unmatched and missing left sides as wrong", () => {
    expect(match(0, null, null, 3)).toBe(0.5);
    expect(match(0)).toBe(0.25);
    expect(match()).toBe(0);
  });
  it("scores an out-of-range index or too many entries 0", () => {
    expect(match(0, 1, 2, 4)).toBe(0);
    expect(match(0, 1, 2, 3, 0)).toBe(0);
  });
});

describe("gradeAnswer", () => {
  it("dispatches on the question type", () => {
    expect(gradeAnswer(single, { type: "single", choice: 0 }).correct).toBe(true);
    expect(gradeAnswer(typed, { type: "typed", text: "homeland security investigaitons" }).feedback).toBe(SPELLING_FEEDBACK);
    expect(gradeAnswer(ordering, { type: "ordering", order: [0, 2, 1, 3] }).score).toBe(0.75);
    expect(gradeAnswer(matching, { type: "matching", matches: [0, 1, 3, 2] }).score).toBe(0.5);
  });
  it("scores an answer of the wrong type 0", () => {
    expect(gradeAnswer(single, { type: "multiple", choices: [0] })).toEqual({ score: 0, correct: false });
    expect(gradeAnswer(trueFalse, { type: "typed", text: "true" }).score).toBe(0);
    expect(gradeAnswer(ordering, { type: "matching", matches: [0, 1, 2, 3] }).score).toBe(0);
  });
  it("scores malformed bodies 0", () => {
    for (const body of [null, undefined, "ICE", 0, [], {}, { type: "single" }, { type: "single", choice: 0, extra: 1 }, { type: "typed", text: "x".repeat(501) }]) {
      expect(gradeAnswer(single, body)).toEqual({ score: 0, correct: false });
    }
  });
  it("never throws and always returns a score in 0..1 (property)", () => {
    const index = fc.integer({ min: -2, max: 12 });
    const answer = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constant("single"), choice: index }),
      fc.record({ type: fc.constant("multiple"), choices: fc.array(index) }),
      fc.record({ type: fc.constant("typed"), text: fc.string() }),
      fc.record({ type: fc.constant("ordering"), order: fc.array(index) }),
      fc.record({ type: fc.constant("matching"), matches: fc.array(fc.option(index)) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allQuestions), answer, (question, a) => {
        const grade = gradeAnswer(question, a);
        return grade.score >= 0 && grade.score <= 1 && grade.correct === (grade.score === 1);
      }),
    );
  });
});
