import type { Question } from "@/lib/schemas/content";
import type { Answer } from "@/lib/schemas/answer";
import type { PublicQuestion } from "./present";

// Test-only (unit, API, e2e and bench): answers to a question AS SHOWN, built from the authored
// question and its public view by matching texts, the way a learner who knows the answer would.

const positionOf = (shown: readonly { index: number; text: string }[], text: string) => shown.find((o) => o.text === text)?.index ?? -1;

// The fully right answer in display positions.
export function rightAnswerFor(question: Question, view: PublicQuestion): Answer {
  if (question.type === "single" && view.type === "single") return { type: "single", choice: positionOf(view.options, question.options.find((o) => o.correct)!.text) };
  if (question.type === "multiple" && view.type === "multiple") {
    return { type: "multiple", choices: question.options.filter((o) => o.correct).map((o) => positionOf(view.options, o.text)) };
  }
  if (question.type === "truefalse") return { type: "truefalse", value: question.answer };
  if (question.type === "typed") return { type: "typed", text: question.answers[0]! };
  if (question.type === "ordering" && view.type === "ordering") return { type: "ordering", order: question.items.map((t) => positionOf(view.items, t)) };
  if (question.type === "matching" && view.type === "matching") return { type: "matching", matches: question.pairs.map((p) => positionOf(view.right, p.right)) };
  throw new Error(`view ${view.type} does not belong to question ${question.type}`);
}

// An answer that scores 0 in display positions.
export function wrongAnswerFor(question: Question, view: PublicQuestion): Answer {
  if (question.type === "single" && view.type === "single") return { type: "single", choice: positionOf(view.options, question.options.find((o) => !o.correct)!.text) };
  if (question.type === "multiple" && view.type === "multiple") {
    return { type: "multiple", choices: question.options.filter((o) => !o.correct).map((o) => positionOf(view.options, o.text)) };
  }
  if (question.type === "truefalse") return { type: "truefalse", value: !question.answer };
  if (question.type === "typed") return { type: "typed", text: "qqqq zzzz" };
  if (question.type === "ordering" && view.type === "ordering") return { type: "ordering", order: [...question.items].reverse().map((t) => positionOf(view.items, t)) };
  if (question.type === "matching" && view.type === "matching") {
    return { type: "matching", matches: question.pairs.map((_, i) => positionOf(view.right, question.pairs[(i + 1) % question.pairs.length]!.right)) };
  }
  throw new Error(`view ${view.type} does not belong to question ${question.type}`);
}
