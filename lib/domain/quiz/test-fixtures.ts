import { questionSchema, type Question } from "@/lib/schemas/content";
import type { QuestionOf } from "./types";

// Test-only questions, parsed with the real content schema so defaults (correct: false) apply
// exactly as for a bank. Every key-bearing text is distinctive so leak tests can search for it.

const common = { explanation: "SECRET-EXPLANATION text", difficulty: "easy", quote: "SECRET-QUOTE text" } as const;

function build<T extends Question["type"]>(type: T, fields: Record<string, unknown>): QuestionOf<T> {
  return questionSchema.parse({ ...common, type, ...fields }) as QuestionOf<T>;
}

export const single = build("single", {
  id: "q-single",
  prompt: "Which agency is HSI part of?",
  options: [{ text: "ICE", correct: true }, { text: "CBP" }, { text: "USCIS" }, { text: "FBI" }],
});

export const multiple = build("multiple", {
  id: "q-multiple",
  prompt: "Which are DHS components?",
  options: [{ text: "ICE", correct: true }, { text: "CBP", correct: true }, { text: "FBI" }, { text: "DEA" }],
});

// Three right options against one wrong: picking everything still earns 2/3.
export const multipleMostlyRight = build("multiple", {
  id: "q-multiple-most",
  prompt: "Which are DHS components?",
  options: [{ text: "ICE", correct: true }, { text: "CBP", correct: true }, { text: "TSA", correct: true }, { text: "FBI" }],
});

export const trueFalse = build("truefalse", { id: "q-tf", prompt: "ICE was created in 2003.", answer: true });

export const typed = build("typed", {
  id: "q-typed",
  prompt: "HSI stands for ____.",
  answers: ["Homeland Security Investigations", "HSI Investigations"],
});

export const typedWord = (id: string, ...answers: string[]) => build("typed", { id, prompt: "Fill in: ____.", answers });

export const ordering = build("ordering", {
  id: "q-ordering",
  prompt: "Put the steps in order.",
  items: ["Arrest", "Hearing", "Removal order", "Removal"],
});

export const orderingPair = build("ordering", { id: "q-ordering-2", prompt: "Order these.", items: ["First", "Second"] });

export const matching = build("matching", {
  id: "q-matching",
  prompt: "Match the division to its job.",
  pairs: [
    { left: "HSI", right: "Investigations" },
    { left: "ERO", right: "Removals" },
    { left: "OPLA", right: "Legal advice" },
    { left: "OPR", right: "Internal affairs" },
  ],
});

export const allQuestions: Question[] = [single, multiple, multipleMostlyRight, trueFalse, typed, ordering, orderingPair, matching];
