import { describe, expect, it } from "vitest";
import { customQuestionSchema } from "@/lib/schemas/classes";
import { questionFormErrors, questionFromForm } from "./question-form";

const base = { prompt: "Which agency runs removals?", explanation: "ERO handles removals.", difficulty: "easy" };

describe("instructor question form", () => {
  it("reads one field per option with its right-answer control; spare blank fields are left out", () => {
    const single = { ...base, type: "single", "option-0": " ERO ", "option-1": "", "option-2": "HSI", "option-3": "CBP", correct: "0", quote: "" };
    const ok = customQuestionSchema.parse(questionFromForm(single));
    expect(ok).toEqual({ ...base, type: "single", options: [{ text: "ERO", correct: true }, { text: "HSI", correct: false }, { text: "CBP", correct: false }] });
    expect("quote" in ok).toBe(false);
    // A blank option marked right is kept, so the schema refuses it instead of the mark being lost.
    expect(customQuestionSchema.safeParse(questionFromForm({ ...single, correct: "1" })).success).toBe(false);
    const multiple = { ...base, type: "multiple", "option-0": "ERO", "correct-0": "on", "option-2": "HSI", "correct-2": "on", "option-5": "CBP" };
    expect(customQuestionSchema.parse(questionFromForm(multiple))).toMatchObject({ options: [{ text: "ERO", correct: true }, { text: "HSI", correct: true }, { text: "CBP", correct: false }] });
  });

  it("words the schema's issues for people, each once, under the field they concern", () => {
    const errorsOf = (fields: Record<string, string>) => {
      const parsed = customQuestionSchema.safeParse(questionFromForm(fields));
      if (parsed.success) throw new Error("expected a refusal");
      return questionFormErrors(parsed.error.issues);
    };
    const errors = errorsOf({ type: "single", prompt: "", explanation: " ", difficulty: "easy", "option-0": "Only one", correct: "0" });
    expect(errors).toEqual({ prompt: ["Write the question."], explanation: ["Write an explanation: students see it with the right answer."], options: ["Give at least 2 options."] });
    expect(JSON.stringify(errors)).not.toMatch(/Too small|expected/);
    // Two blank options marked right: one message, not two.
    expect(errorsOf({ ...base, type: "multiple", "option-0": "", "correct-0": "on", "option-1": "", "correct-1": "on", "option-2": "A", "option-3": "B" }).options).toEqual(["Fill in the option marked right, or unmark it."]);
    expect(errorsOf({ ...base, type: "single", "option-0": "A", "option-1": "B" }).options).toEqual([expect.stringMatching(/^[A-Z].*\.$/)]);
    expect(errorsOf({ ...base, type: "truefalse" })).toEqual({ answer: ["Choose True or False."] });
    expect(errorsOf({ ...base, type: "ordering", items: "One\nTwo" })).toEqual({ items: [expect.stringMatching(/at least 3 items/)] });
    expect(errorsOf({ ...base, type: "typed", prompt: "____ runs removals.", answers: "" })).toEqual({ answers: ["Give at least 1 accepted answer."] });
  });

  it("reads true/false, typed answers, ordering items and matching pairs", () => {
    expect(customQuestionSchema.parse(questionFromForm({ ...base, type: "truefalse", answer: "false" }))).toMatchObject({ answer: false });
    expect(customQuestionSchema.safeParse(questionFromForm({ ...base, type: "truefalse" })).success).toBe(false);
    expect(customQuestionSchema.parse(questionFromForm({ ...base, prompt: "____ runs removals for ICE.", type: "typed", answers: "ERO\nEnforcement and Removal Operations" }))).toMatchObject({ answers: ["ERO", "Enforcement and Removal Operations"] });
    expect(customQuestionSchema.parse(questionFromForm({ ...base, type: "ordering", items: "Arrest\nHearing\nRemoval" }))).toMatchObject({ items: ["Arrest", "Hearing", "Removal"] });
    expect(customQuestionSchema.parse(questionFromForm({ ...base, type: "matching", pairs: "HSI | investigations\nERO | removals", quote: "a quote" }))).toMatchObject({
      pairs: [
        { left: "HSI", right: "investigations" },
        { left: "ERO", right: "removals" },
      ],
      quote: "a quote",
    });
  });

  it("refuses a pair without its right side, an unknown type and a missing prompt", () => {
    expect(customQuestionSchema.safeParse(questionFromForm({ ...base, type: "matching", pairs: "HSI\nERO | removals" })).success).toBe(false);
    expect(customQuestionSchema.safeParse(questionFromForm({ ...base, type: "essay" })).success).toBe(false);
    expect(customQuestionSchema.safeParse(questionFromForm({ ...base, prompt: " ", type: "typed", answers: "x" })).success).toBe(false);
  });
});
