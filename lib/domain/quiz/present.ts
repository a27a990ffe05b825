import type { Question, QuestionType } from "@/lib/schemas/content";
import { answerSchema, type Answer } from "@/lib/schemas/answer";
import { gradeAnswer, type Grade } from "./grading";
import { shuffle, type Rng } from "./rng";

// What the browser may see of a question, and the way back from what it answers.
//
// The public `index` of an option, item or right side is its DISPLAY POSITION (0, 1, 2… in the order
// shown), never its authored index: banks list the right option first, ordering items in the right
// order and matching right sides beside their left side, so authored indices would hand over the
// key (sort the items by index, pick index 0). The `PresentationKey` stays on the server (or is
// rebuilt by presenting again with the same seed) and `toAuthoredAnswer` maps the learner's display
// positions back to authored indices before grading.

// Fields of an authored question that give the answer away; the public types forbid them outright,
// so spreading an authored option or question into a view fails to compile.
type KeyField = "correct" | "answer" | "answers" | "explanation" | "quote" | "note" | "pairs";
type NoKey = { [K in KeyField]?: never };

export type PublicOption = NoKey & { index: number; text: string };
type PublicBase<T extends QuestionType> = NoKey & { id: string; type: T; prompt: string };
export type PublicSingle = PublicBase<"single"> & { options: PublicOption[] };
export type PublicMultiple = PublicBase<"multiple"> & { options: PublicOption[] };
export type PublicTrueFalse = PublicBase<"truefalse">;
export type PublicTyped = PublicBase<"typed">;
export type PublicOrdering = PublicBase<"ordering"> & { items: PublicOption[] };
export type PublicMatching = PublicBase<"matching"> & { left: PublicOption[]; right: PublicOption[] };
export type PublicQuestion = PublicSingle | PublicMultiple | PublicTrueFalse | PublicTyped | PublicOrdering | PublicMatching;

// Server-side only: `order[displayPosition]` is the authored index shown there (options, ordering
// items, or matching right sides; empty for true/false and typed).
export type PresentationKey = { questionId: string; type: QuestionType; order: number[] };
export type Presentation = { view: PublicQuestion; key: PresentationKey };
// shuffleOptions (default true) only concerns single/multiple: turned off, every learner sees the
// options in one fixed order, sorted by text, never the authored order, which in the banks puts
// the right option first. Ordering items and matching right sides are always shuffled because
// their authored order is the key.
export type PresentOptions = { shuffleOptions?: boolean };

// Authored indices in the order of their texts (code-unit order, ties by index): an order anyone
// can compute from what is shown, so it carries nothing about which option is right.
export function sortedOrder(texts: readonly string[]): number[] {
  return texts.map((_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : a - b));
}

type Arrangement = { shown: PublicOption[]; order: number[] };

// Lays texts out in the fixed sorted order ("fixed"), shuffled, or scrambled (shuffled and never
// left in authored order when there are two or more).
function arrange(texts: readonly string[], rng: Rng, mode: "fixed" | "shuffle" | "scramble"): Arrangement {
  const authored = texts.map((_, i) => i);
  let order = mode === "fixed" ? sortedOrder(texts) : shuffle(authored, rng);
  // Rejection keeps the draw uniform over the other orders; each try fails with p <= 1/2, and the
  // rotation only guards against a degenerate Rng.
  for (let tries = 0; mode === "scramble" && texts.length >= 2 && order.every((a, p) => a === p); tries++) {
    order = tries < 32 ? shuffle(authored, rng) : authored.map((_, p) => (p + 1) % texts.length);
  }
  return { shown: order.map((a, index) => ({ index, text: texts[a] ?? "" })), order };
}

// Builds the public view and the key that decodes the learner's answer to it.
export function presentQuestionWithKey(question: Question, rng: Rng, { shuffleOptions = true }: PresentOptions = {}): Presentation {
  const base = { id: question.id, prompt: question.prompt };
  const key = (order: number[]): PresentationKey => ({ questionId: question.id, type: question.type, order });
  switch (question.type) {
    case "single":
    case "multiple": {
      const { shown, order } = arrange(question.options.map((o) => o.text), rng, shuffleOptions ? "shuffle" : "fixed");
      return { view: { ...base, type: question.type, options: shown }, key: key(order) };
    }
    case "ordering": {
      const { shown, order } = arrange(question.items, rng, "scramble");
      return { view: { ...base, type: "ordering", items: shown }, key: key(order) };
    }
    case "matching": {
      const left = question.pairs.map((p, index) => ({ index, text: p.left }));
      const { shown, order } = arrange(question.pairs.map((p) => p.right), rng, "scramble");
      return { view: { ...base, type: "matching", left, right: shown }, key: key(order) };
    }
    case "truefalse":
    case "typed":
      return { view: { ...base, type: question.type }, key: key([]) };
  }
}

// The public view alone, safe to serialise to the browser.
export function presentQuestion(question: Question, rng: Rng, options: PresentOptions = {}): PublicQuestion {
  return presentQuestionWithKey(question, rng, options).view;
}

// Maps an answer given in display positions back to authored indices. Positions the view never
// showed map to themselves, which are out of range for the question too, so the grader refuses them.
export function toAuthoredAnswer(answer: Answer, key: PresentationKey): Answer {
  if (answer.type !== key.type) return answer;
  const back = (position: number) => key.order[position] ?? position;
  switch (answer.type) {
    case "single":
      return { type: "single", choice: back(answer.choice) };
    case "multiple":
      return { type: "multiple", choices: answer.choices.map(back) };
    case "ordering":
      return { type: "ordering", order: answer.order.map(back) };
    case "matching":
      return { type: "matching", matches: answer.matches.map((m) => (m === null ? null : back(m))) };
    default:
      return answer;
  }
}

// Grades a raw answer to a presented question: validate, decode with the key, grade. A key made for
// another question scores 0 rather than grading against the wrong layout.
export function gradeShownAnswer(question: Question, key: PresentationKey, answer: unknown): Grade {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success || key.questionId !== question.id || key.type !== question.type) return { score: 0, correct: false };
  return gradeAnswer(question, toAuthoredAnswer(parsed.data, key));
}
