import type { Question } from "@/lib/schemas/content";
import type { Presentation, PresentationKey, PublicOption } from "./present";
import { presentQuestionWithKey, sortedOrder, type PresentOptions } from "./present";
import type { Rng } from "./rng";

// A question's layout is drawn once, when the attempt starts, and stored with the attempt item
// (`QuizAttemptItem.layout`): the public view is rebuilt from it on every visit, and answers given
// in display positions are decoded with it. Storing it (rather than re-deriving it from the seed)
// keeps past attempts stable even if the shuffling code changes.
//
// The stored order names each shown thing by its rank in the SORTED order of the texts
// (`basis: "sorted"`), not by its authored index: banks author the right option first and orderings
// and matchings in their right order, so authored indices anywhere the learner can read them (a
// data export, a payload) would spell out the key. Ranks in text order tell nothing. Layouts stored
// before this have no basis and name authored indices; they are still read as such.

export type StoredLayout = { order: number[]; basis?: "sorted" };

// Draws the layout for a new attempt item.
export function drawLayout(question: Question, rng: Rng, options: PresentOptions = {}): StoredLayout {
  const authored = presentQuestionWithKey(question, rng, options).key.order;
  const rank = new Map(sortedOrder(arrangedTexts(question)).map((a, r) => [a, r]));
  return { order: authored.map((a) => rank.get(a)!), basis: "sorted" };
}

// The texts the layout orders for this question (options, items or right sides).
function arrangedTexts(question: Question): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options.map((o) => o.text);
    case "ordering":
      return [...question.items];
    case "matching":
      return question.pairs.map((p) => p.right);
    default:
      return [];
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
  const texts = arrangedTexts(question);
  const stored = repairOrder(layout.order, texts.length);
  const sorted = layout.basis === "sorted" ? sortedOrder(texts) : null;
  const order = sorted ? stored.map((r) => sorted[r]!) : stored;
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
