import type { Answer } from "@/lib/schemas/answer";
import type { PresentationKey } from "./present";

// Marks for the learner's own answer, next to each option, position or pair, once the key may be
// shown (practice after "Check answer", results). Everything here is in DISPLAY positions: the
// right answer is mapped to what the learner saw with `toShownAnswer`, so the browser compares its
// own draft with it and never needs authored indices.

// An option after checking: picked and right, picked and wrong, right but not picked, or neither.
export type OptionMark = "correct" | "incorrect" | "missed" | null;
// A position of an ordering or a left side of a matching: right or not, and where it belongs.
export type PlaceMark = { correct: boolean; rightAt: number };

// The authored right answer in display positions (the inverse of `toAuthoredAnswer`).
export function toShownAnswer(answer: Answer, key: PresentationKey): Answer {
  if (answer.type !== key.type) return answer;
  const shown = (authored: number) => {
    const position = key.order.indexOf(authored);
    return position < 0 ? authored : position;
  };
  switch (answer.type) {
    case "single":
      return { type: "single", choice: shown(answer.choice) };
    case "multiple":
      return { type: "multiple", choices: answer.choices.map(shown).sort((a, b) => a - b) };
    case "ordering":
      return { type: "ordering", order: answer.order.map(shown) };
    case "matching":
      return { type: "matching", matches: answer.matches.map((m) => (m === null ? null : shown(m))) };
    default:
      return answer;
  }
}

// One mark per shown option (true/false: 0 = True, 1 = False), from the picks and the right ones.
export function markChoices(count: number, picked: readonly number[], right: readonly number[]): OptionMark[] {
  return Array.from({ length: count }, (_, i) => {
    if (picked.includes(i)) return right.includes(i) ? "correct" : "incorrect";
    return right.includes(i) ? "missed" : null;
  });
}

// One mark per position of the learner's order: right when the item there belongs there.
export function markOrder(order: readonly number[], rightOrder: readonly number[]): PlaceMark[] {
  return order.map((item, p) => ({ correct: rightOrder[p] === item, rightAt: rightOrder.indexOf(item) }));
}

// One mark per left side of a matching: right when the chosen right side is its own.
export function markMatches(matches: readonly (number | null)[], right: readonly (number | null)[]): PlaceMark[] {
  return right.map((r, i) => ({ correct: matches[i] === r && r !== null, rightAt: r ?? -1 }));
}
