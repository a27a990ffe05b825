import type { Answer } from "@/lib/schemas/answer";
import type { PublicQuestion } from "./present";

// The answer a learner is composing on the attempt page, before it is sent. Pure, so the keyboard
// rules (digits pick options) and the completeness rules are unit-tested without a browser. All
// indices are DISPLAY positions of the public view.

export type Draft =
  | { type: "single"; choice: number | null }
  | { type: "multiple"; choices: number[] }
  | { type: "truefalse"; value: boolean | null }
  | { type: "typed"; text: string }
  | { type: "ordering"; order: number[] }
  | { type: "matching"; matches: (number | null)[] };

// The starting draft: the learner's saved answer when there is one, else nothing picked (ordering
// starts from the order shown).
export function initialDraft(view: PublicQuestion, saved: Answer | null): Draft {
  if (saved && saved.type === view.type) return saved;
  switch (view.type) {
    case "single":
      return { type: "single", choice: null };
    case "multiple":
      return { type: "multiple", choices: [] };
    case "truefalse":
      return { type: "truefalse", value: null };
    case "typed":
      return { type: "typed", text: "" };
    case "ordering":
      return { type: "ordering", order: view.items.map((i) => i.index) };
    case "matching":
      return { type: "matching", matches: view.left.map(() => null) };
  }
}

// The draft as an answer to send, or why it cannot be sent yet.
export function draftToAnswer(draft: Draft): { answer: Answer } | { missing: string } {
  switch (draft.type) {
    case "single":
      return draft.choice === null ? { missing: "Choose an answer first." } : { answer: { type: "single", choice: draft.choice } };
    case "multiple":
      return draft.choices.length === 0 ? { missing: "Choose at least one option first." } : { answer: { type: "multiple", choices: [...draft.choices].sort((a, b) => a - b) } };
    case "truefalse":
      return draft.value === null ? { missing: "Choose true or false first." } : { answer: { type: "truefalse", value: draft.value } };
    case "typed":
      return draft.text.trim() === "" ? { missing: "Type an answer first." } : { answer: { type: "typed", text: draft.text } };
    case "ordering":
      return { answer: { type: "ordering", order: [...draft.order] } };
    case "matching":
      return draft.matches.some((m) => m === null) ? { missing: "Match every item first." } : { answer: { type: "matching", matches: [...draft.matches] } };
  }
}

// Digit keys pick options: 1 is the first option shown (true/false: 1 = True, 2 = False). Single
// choice selects, multiple choice toggles; other types and out-of-range digits change nothing.
export function pressDigit(draft: Draft, view: PublicQuestion, digit: number): Draft {
  const position = digit - 1;
  if (draft.type === "single" && view.type === "single" && position >= 0 && position < view.options.length) return { type: "single", choice: position };
  if (draft.type === "multiple" && view.type === "multiple" && position >= 0 && position < view.options.length) {
    const choices = draft.choices.includes(position) ? draft.choices.filter((c) => c !== position) : [...draft.choices, position];
    return { type: "multiple", choices };
  }
  if (draft.type === "truefalse" && (digit === 1 || digit === 2)) return { type: "truefalse", value: digit === 1 };
  return draft;
}

// Moves the item at `from` by `delta` places (−1 up, +1 down); out-of-range moves change nothing.
export function moveItem(order: readonly number[], from: number, delta: number): number[] {
  const to = from + delta;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

// Whether the draft differs from what is saved (an exam saves only changed answers).
export function sameAnswer(a: Answer | null, b: Answer | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
