import "server-only";
import { z } from "zod";
import type { AttemptScore } from "@/lib/domain/quiz/attempt";
import { revealAnswer, toAuthoredAnswer, describeAnswer, type PublicQuestion } from "@/lib/domain/quiz/draw";
import type { FeedbackLevel } from "@/lib/domain/quiz/feedback";
import { presentWithLayout, type StoredLayout } from "@/lib/domain/quiz/layout";
import { sourceLink } from "@/lib/domain/quiz/links";
import { toShownAnswer } from "@/lib/domain/quiz/marks";
import { answerSchema, type Answer } from "@/lib/schemas/answer";
import type { AttemptItemRow } from "@/lib/server/data/quiz-attempts";
import type { QuizNote, QuizQuestion } from "@/lib/server/data/quiz-questions";
import { readJson } from "@/lib/server/data/json-column";

// The shapes the pages and the JSON API receive, and how they are built from rows. A `result`
// (verdict plus key) is only ever attached when the feedback policy says the learner may see it.

// Everything that explains an answer: the right answer, why, where it says so, and any accuracy note.
export type Reveal = {
  rightAnswer: string[];
  explanation: string;
  quote: string;
  sourceHref: string | null;
  note: { text: string; source: string } | null;
  // The right answer in the positions the learner saw, to mark their own picks beside the options.
  rightShown: Answer;
};
export type ItemResult = { score: number; correct: boolean; spelling: string | null; reveal: Reveal };

// One question of an attempt as the learner sees it. `answer` is their own, in display positions.
export type LearnerItem = { position: number; question: PublicQuestion; answered: boolean; answer: Answer | null; result: ItemResult | null };

export type AttemptView = {
  id: string;
  mode: "practice" | "exam";
  status: "in-progress" | "finished";
  assignmentId: string | null;
  assignmentTitle: string | null;
  sectionIds: string[];
  startedAt: Date;
  deadlineAt: Date | null;
  finishedAt: Date | null;
  feedback: FeedbackLevel;
  total: number;
  answeredCount: number;
  score: AttemptScore | null;
  items: LearnerItem[];
};

const layoutSchema = z.object({ order: z.array(z.int()), basis: z.literal("sorted").optional() });

// The stored layout, or an empty one (presentWithLayout repairs it) if the JSON is damaged.
export function parseLayout(json: string): StoredLayout {
  return readJson(layoutSchema, json) ?? { order: [] };
}

// The stored answer as given, or null when absent or unreadable.
export function parseStoredAnswer(json: string | null): Answer | null {
  return readJson(answerSchema, json);
}

// The explanation block of a question; the source link needs the section the quote comes from.
export function buildReveal(entry: QuizQuestion, notes: ReadonlyMap<string, QuizNote>, layout: StoredLayout): Reveal {
  const { question } = entry;
  const note = entry.noteId ? notes.get(entry.noteId) : undefined;
  const right = revealAnswer(question);
  return {
    rightAnswer: right.lines,
    explanation: question.explanation,
    quote: question.quote,
    sourceHref: entry.sectionId && question.quote ? sourceLink(entry.sectionId, question.quote) : null,
    note: note ? { text: note.text, source: note.source } : null,
    rightShown: toShownAnswer(right.answer, presentWithLayout(question, layout).key),
  };
}

// The verdict of an answered item with its reveal.
export function buildResult(item: AttemptItemRow, entry: QuizQuestion, notes: ReadonlyMap<string, QuizNote>): ItemResult {
  return { score: item.score ?? 0, correct: item.correct === true, spelling: item.feedback, reveal: buildReveal(entry, notes, parseLayout(item.layout)) };
}

// One item for the learner; `reveal` says whether an answered item may carry its result.
export function buildLearnerItem(item: AttemptItemRow, entry: QuizQuestion, notes: ReadonlyMap<string, QuizNote>, reveal: boolean): LearnerItem {
  const answered = item.answerId !== null;
  return {
    position: item.position,
    question: presentWithLayout(entry.question, parseLayout(item.layout)).view,
    answered,
    answer: parseStoredAnswer(item.answer),
    result: answered && reveal ? buildResult(item, entry, notes) : null,
  };
}

// The learner's answer rendered as text lines (authored order), for results pages.
export function describeGiven(item: Pick<AttemptItemRow, "answer" | "layout">, entry: QuizQuestion): string[] {
  const answer = parseStoredAnswer(item.answer);
  if (!answer) return [];
  const { key } = presentWithLayout(entry.question, parseLayout(item.layout));
  return describeAnswer(entry.question, toAuthoredAnswer(answer, key));
}

// Note ids of the given questions, to fetch the notes in one query.
export function noteIdsOf(entries: Iterable<QuizQuestion>): string[] {
  return [...entries].flatMap((e) => (e.noteId ? [e.noteId] : []));
}
