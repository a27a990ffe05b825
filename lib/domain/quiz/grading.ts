import type { Question } from "@/lib/schemas/content";
import {
  answerSchema,
  type MatchingAnswer,
  type MultipleAnswer,
  type OrderingAnswer,
  type SingleAnswer,
  type TrueFalseAnswer,
  type TypedAnswer,
} from "@/lib/schemas/answer";
import { compareTyped, normalizeAnswerText } from "./text";
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from "./types";

/*
 * Grading rules (each question is worth 1 point; a score is a fraction from 0 to 1, "correct" means 1)
 *
 * - Single choice and true/false: all or nothing.
 * - Multiple choice: (right options picked - wrong options picked) / number of right options, floored
 *   at 0. Picking every option therefore earns nothing unless right options outnumber wrong ones.
 * - Typed: both sides are normalised (Unicode NFKD, accents and diacritics stripped, lower case,
 *   punctuation deleted, whitespace collapsed and trimmed), so "Éxito!" matches "exito". An exact
 *   match with any accepted answer scores 1. Otherwise, when the word count is the same and every
 *   differing word is an expected word of 6+ letters (no digits) within one typo of the answer
 *   (Damerau-Levenshtein distance 1: one insertion, deletion, substitution or swap of two adjacent
 *   letters), it scores 1 with the feedback "accepted, check your spelling". An empty answer scores 0.
 * - Ordering (Moodle's "longest ordered subset"): L is the length of the longest subsequence of the
 *   learner's order that is in the right relative order. The score is L / number of items when
 *   L >= 2, else 0, so a fully reversed order scores 0. Unknown and repeated items are ignored, so an
 *   incomplete ordering scores what it got right.
 * - Matching: the fraction of left sides matched to their own right side; unmatched sides earn nothing.
 * - An answer of another type than the question, malformed, or pointing at an option, item or right
 *   side that does not exist scores 0 (ordering excepted, see above). Grading never throws.
 */

export const SPELLING_FEEDBACK = "accepted, check your spelling";

export type Grade = { score: number; correct: boolean; feedback?: typeof SPELLING_FEEDBACK };

const wrong = (): Grade => ({ score: 0, correct: false });
const scored = (score: number): Grade => ({ score, correct: score === 1 });
const isIndex = (i: unknown, length: number): i is number => Number.isInteger(i) && (i as number) >= 0 && (i as number) < length;

// All or nothing: the picked option must be a right one.
export function gradeSingle(question: SingleChoiceQuestion, answer: SingleAnswer): Grade {
  if (!isIndex(answer.choice, question.options.length)) return wrong();
  return scored(question.options[answer.choice]?.correct ? 1 : 0);
}

// Wrong picks cancel right ones, so ticking everything is no strategy.
export function gradeMultiple(question: MultipleChoiceQuestion, answer: MultipleAnswer): Grade {
  const picks = new Set(answer.choices);
  if ([...picks].some((i) => !isIndex(i, question.options.length))) return wrong();
  const rightCount = question.options.filter((o) => o.correct).length;
  // A bank error (no right option) should not divide by zero: only an empty answer is right then.
  if (rightCount === 0) return scored(picks.size === 0 ? 1 : 0);
  let net = 0;
  for (const i of picks) net += question.options[i]?.correct ? 1 : -1;
  return scored(Math.max(0, net) / rightCount);
}

// All or nothing.
export function gradeTrueFalse(question: TrueFalseQuestion, answer: TrueFalseAnswer): Grade {
  return scored(answer.value === question.answer ? 1 : 0);
}

// Forgiving on form (case, accents, punctuation, one typo in a long word), strict on content.
export function gradeTyped(question: TypedQuestion, answer: TypedAnswer): Grade {
  const given = normalizeAnswerText(answer.text);
  if (given === "") return wrong();
  const verdicts = question.answers.map((a) => compareTyped(normalizeAnswerText(a), given));
  if (verdicts.includes("exact")) return scored(1);
  if (verdicts.includes("typo")) return { ...scored(1), feedback: SPELLING_FEEDBACK };
  return wrong();
}

// Length of the longest strictly increasing subsequence (patience sorting, O(n log n)).
export function longestIncreasingSubsequence(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? Infinity) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

// Credits the longest run of items kept in the right relative order, not exact positions, so
// one misplaced item costs one item rather than everything after it.
export function gradeOrdering(question: OrderingQuestion, answer: OrderingAnswer): Grade {
  const n = question.items.length;
  const seen = new Set<number>();
  const valid = answer.order.filter((i) => isIndex(i, n) && !seen.has(i) && seen.add(i));
  const longest = longestIncreasingSubsequence(valid);
  return scored(longest >= 2 ? longest / n : 0);
}

// Each left side is judged on its own.
export function gradeMatching(question: MatchingQuestion, answer: MatchingAnswer): Grade {
  const n = question.pairs.length;
  if (answer.matches.length > n) return wrong();
  if (answer.matches.some((m) => m !== null && !isIndex(m, n))) return wrong();
  const right = answer.matches.filter((m, i) => m === i).length;
  return scored(right / n);
}

// Grades any answer against any question; takes `unknown` and validates it here, so a forged or
// stale body (wrong type, bad shape) scores 0 instead of throwing.
export function gradeAnswer(question: Question, answer: unknown): Grade {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) return wrong();
  const a = parsed.data;
  try {
    if (question.type === "single" && a.type === "single") return gradeSingle(question, a);
    if (question.type === "multiple" && a.type === "multiple") return gradeMultiple(question, a);
    if (question.type === "truefalse" && a.type === "truefalse") return gradeTrueFalse(question, a);
    if (question.type === "typed" && a.type === "typed") return gradeTyped(question, a);
    if (question.type === "ordering" && a.type === "ordering") return gradeOrdering(question, a);
    if (question.type === "matching" && a.type === "matching") return gradeMatching(question, a);
  } catch {
    // Only a malformed question (bypassing the content schema) can get here; it earns nothing.
  }
  return wrong();
}
