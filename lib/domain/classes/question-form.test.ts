import { describe, expect, it } from "vitest";
import { customQuestionSchema } from "@/lib/schemas/classes";
import { questionFromForm } from "./question-form";

const base = { prompt: "Which agency runs removals?", explanation: "ERO handles removals.", difficulty: "easy" };

describe("instructor question form", () => {
  it("reads options one per line with * marking the right ones, quote optional", () => {
    const parsed = customQuestionSchema.safeParse(questionFromForm({ ...base, type: "single", options: "* ERO\n\n HSI \n*  " }));
    // "*  " is an empty option: refused by the schema, so nothing half-made is saved.
    expect(parsed.success).toBe(false);
    const ok = customQuestionSchema.parse(questionFromForm({ ...base, type: "single", options: "* ERO\nHSI\nCBP", quote: "" }));
    expect(ok).toEqual({ ...base, type: "single", options: [{ text: "ERO", correct: true }, { text: "HSI", correct: false }, { text: "CBP", correct: false }] });
    expect("quote" in ok).toBe(false);
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
