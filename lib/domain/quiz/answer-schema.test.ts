import { describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/schemas/answer";

// The answer schemas live in lib/schemas/answer.ts; their tests sit with the quiz domain they serve.

const ok = (body: unknown) => answerSchema.safeParse(body).success;

describe("answer schema", () => {
  it("accepts one well-formed answer of each type", () => {
    expect(ok({ type: "single", choice: 2 })).toBe(true);
    expect(ok({ type: "multiple", choices: [] })).toBe(true);
    expect(ok({ type: "multiple", choices: [0, 3] })).toBe(true);
    expect(ok({ type: "truefalse", value: false })).toBe(true);
    expect(ok({ type: "typed", text: "" })).toBe(true);
    expect(ok({ type: "ordering", order: [2, 0, 1] })).toBe(true);
    expect(ok({ type: "matching", matches: [1, null, 0] })).toBe(true);
  });
  it("rejects unknown types, extra keys and wrong value types", () => {
    expect(ok({ type: "essay", text: "x" })).toBe(false);
    expect(ok({ type: "single", choice: 0, correct: true })).toBe(false);
    expect(ok({ type: "truefalse", value: "true" })).toBe(false);
    expect(ok({ type: "single", choice: "0" })).toBe(false);
  });
  it("rejects negative, fractional and huge indices", () => {
    expect(ok({ type: "single", choice: -1 })).toBe(false);
    expect(ok({ type: "ordering", order: [0.5] })).toBe(false);
    expect(ok({ type: "matching", matches: [1e9] })).toBe(false);
  });
  it("rejects duplicate multiple-choice picks", () => expect(ok({ type: "multiple", choices: [1, 1] })).toBe(false));
  it("bounds sizes", () => {
    expect(ok({ type: "typed", text: "x".repeat(500) })).toBe(true);
    expect(ok({ type: "typed", text: "x".repeat(501) })).toBe(false);
    expect(ok({ type: "ordering", order: Array.from({ length: 21 }, () => 0) })).toBe(false);
  });
});
