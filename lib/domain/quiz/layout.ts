import type { Question } from "@/lib/schemas/content";
import type { Presentation, PresentationKey, PublicOption } from "./present";
import { presentQuestionWithKey, type PresentOptions } from "./present";
import type { Rng } from "./rng";

// A question's layout is drawn once, when the attempt starts, and stored with the attempt item
// (`QuizAttemptItem.layout`): the public view is rebuilt from it on every visit, and answers given
// in display positions are decoded with it. Storing it (rather than re-deriving it from the seed)
// keeps past attempts stable even if the shuffling code changes.

export type StoredLayout = { order: number[] };

// Draws the layout for a new attempt item.
export function drawLayout(question: Question, rng: Rng, options: PresentOptions = {}): StoredLayout {
  return { order: presentQuestionWithKey(question, rng, options).key.order };
}

// How many things the layout orders for this question (options, items or right sides).
function arrangedCount(question: Question): number {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options.length;
    case "ordering":
      return question.items.length;
    case "matching":
      return question.pairs.length;
    default:
      return 0;
  }
}

const isPermutation = (order: readonly number[], n: number) =>
  order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);

// The stored order if it still fits the question, else a rotation by one. A bank edit that adds or
// removes options after an attempt began must not crash the page, and must not fall back to the
// authored order, which for ordering and matching is the key.
export function repairOrder(order: readonly number[], n: number): number[] {
  if (isPermutation(order, n)) return [...order];
  return Array.from({ length: n }, (_, p) => (p + 1) % Math.max(1, n));
}

// Rebuilds the public view and its key from a stored layout.
export function presentWithLayout(question: Question, layout: StoredLayout): Presentation {
  const order = repairOrder(layout.order, arrangedCount(question));
  const key: PresentationKey = { questionId: question.id, type: question.type, order };
  const shown = (texts: readonly string[]): PublicOption[] => order.map((a, index) => ({ index, text: texts[a] ?? "" }));
  const base = { id: question.id, prompt: question.prompt };
  switch (question.type) {
    case "single":
    case "multiple":
      return { view: { ...base, type: question.type, options: shown(question.options.map((o) => o.text)) }, key };
    case "ordering":
      return { view: { ...base, type: "ordering", items: shown(question.items) }, key };
    case "matching":
      return {
        view: { ...base, type: "matching", left: question.pairs.map((p, index) => ({ index, text: p.left })), right: shown(question.pairs.map((p) => p.right)) },
        key,
      };
    case "truefalse":
    case "typed":
      return { view: { ...base, type: question.type }, key };
  }
}
