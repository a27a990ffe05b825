import "server-only";
import { gradeShownAnswer } from "@/lib/domain/quiz/draw";
import { feedbackLevel, revealsOnCheck } from "@/lib/domain/quiz/feedback";
import { presentWithLayout } from "@/lib/domain/quiz/layout";
import { refusalAt } from "@/lib/domain/quiz/timing";
import type { SubmitAnswerInput } from "@/lib/schemas/quiz";
import { metrics } from "@/lib/server/metrics";
import { saveAnswerWithResult, type AttemptItemRow, type AttemptWithItems } from "@/lib/server/data/quiz-attempts";
import { getNotesByIds, getQuestionsByIds, type QuizQuestion } from "@/lib/server/data/quiz-questions";
import { writeQuizFeed } from "@/lib/server/review/feed";
import { buildAttemptView, closeAndGrade, feedbackContext, loadAttemptClosingOverdue } from "./attempt";
import type { Issue } from "./create";
import { buildLearnerItem, noteIdsOf, parseLayout, type AttemptView, type LearnerItem } from "./views";

// Answering a question. The answer is saved as given (display positions) and graded at once; the
// grade goes into the item, and in practice into the learner's QuestionResult in the same
// transaction (exams and assignments record results at the finish). Whether the response carries
// the verdict and the key is the feedback policy's call (practice self-study: yes; exams and
// assignments: not before the attempt is finished).

export type SubmitOutcome =
  | { status: "not-found" }
  | { status: "invalid"; issues: Issue[] }
  | { status: "closed"; reason: "finished" | "timed-out"; attempt: AttemptView }
  | { status: "conflict"; message: string }
  | { status: "saved"; replayed: boolean; item: LearnerItem; answeredCount: number; total: number };

// Saves the learner's answer to the question at `input.position`. Sending the same `answerId`
// again returns the first result and writes nothing; an answer after the deadline is refused and
// closes the attempt (graded with what was saved).
export async function submitAnswer(userId: string, attemptId: string, input: SubmitAnswerInput, now: Date): Promise<SubmitOutcome> {
  const outcome = await answerQuestion(userId, attemptId, input, now);
  // Counted here, so answers from the pages (the action) and from the JSON API both count.
  metrics.quizAnswers.inc({ outcome: outcome.status });
  return outcome;
}

async function answerQuestion(userId: string, attemptId: string, input: SubmitAnswerInput, now: Date): Promise<SubmitOutcome> {
  const row = await loadAttemptClosingOverdue(userId, attemptId, now);
  if (!row) return { status: "not-found" };
  const item = row.items.find((i) => i.position === input.position);
  if (!item) return { status: "invalid", issues: [{ path: "position", message: `This attempt has questions 0 to ${row.items.length - 1}.` }] };
  if (item.answerId === input.answerId) return replay(row, item, now);
  if (row.items.some((i) => i.answerId === input.answerId)) return { status: "conflict", message: "This answer id was already used for another question." };

  const refusal = refusalAt(row, now);
  if (refusal) return closed(userId, row, now);

  const entry = (await getQuestionsByIds([item.questionId])).get(item.questionId);
  if (!entry) return { status: "conflict", message: "This question is no longer available." };
  if (entry.question.type !== input.answer.type) {
    return { status: "invalid", issues: [{ path: "answer.type", message: `This is a ${entry.question.type} question.` }] };
  }
  // Once a check has shown the key, the answer is final; otherwise it may change until the finish.
  const final = revealsOnCheck(feedbackContext(row), now);
  if (final && item.answerId !== null) return { status: "conflict", message: "This question was already checked." };

  const { key } = presentWithLayout(entry.question, parseLayout(item.layout));
  const grade = gradeShownAnswer(entry.question, key, input.answer);
  const written = await saveAnswerWithResult({
    userId,
    attemptId,
    itemId: item.id,
    questionId: item.questionId,
    sectionId: entry.sectionId,
    answerId: input.answerId,
    answer: JSON.stringify(input.answer),
    score: grade.score,
    correct: grade.correct,
    feedback: grade.feedback ?? null,
    now,
    checked: final,
  });
  // A checked wrong answer is a result now: it feeds review with the cards that teach it.
  if (written && final && !grade.correct) await writeQuizFeed(userId, now);
  if (written) {
    const stored: AttemptItemRow = { ...item, answerId: input.answerId, answer: JSON.stringify(input.answer), score: grade.score, correct: grade.correct, feedback: grade.feedback ?? null, answeredAt: now };
    const answeredCount = row.items.filter((i) => i.answerId !== null).length + (item.answerId === null ? 1 : 0);
    return saved(row, stored, entry, now, false, answeredCount);
  }

  // Lost a race (a finish, the deadline, or another submission): report what happened instead.
  const fresh = await loadAttemptClosingOverdue(userId, attemptId, now);
  if (!fresh) return { status: "not-found" };
  const freshItem = fresh.items.find((i) => i.position === input.position);
  if (freshItem?.answerId === input.answerId) return replay(fresh, freshItem, now);
  if (refusalAt(fresh, now)) return closed(userId, fresh, now);
  return { status: "conflict", message: "This question was already checked." };
}

async function replay(row: AttemptWithItems, item: AttemptItemRow, now: Date): Promise<SubmitOutcome> {
  const entry = (await getQuestionsByIds([item.questionId])).get(item.questionId);
  if (!entry) return { status: "conflict", message: "This question is no longer available." };
  return saved(row, item, entry, now, true, row.items.filter((i) => i.answerId !== null).length);
}

// The response to a stored answer: the verdict and key only when the policy shows them now
// (practice self-study, or a finished attempt whose feedback is open).
async function saved(row: AttemptWithItems, item: AttemptItemRow, entry: QuizQuestion, now: Date, replayed: boolean, answeredCount: number): Promise<SubmitOutcome> {
  const reveal = feedbackLevel(feedbackContext(row), now) === "full";
  const notes = reveal ? await getNotesByIds(noteIdsOf([entry])) : new Map();
  return { status: "saved", replayed, item: buildLearnerItem(item, entry, notes, reveal), answeredCount, total: row.items.length };
}

// The refusal of an answer to a closed attempt. loadAttemptClosingOverdue has already closed an overdue one, so
// the reason is read from the stored times: closed at (or after) its deadline means it timed out.
async function closed(userId: string, row: AttemptWithItems, now: Date): Promise<SubmitOutcome> {
  if (!row.finishedAt) await closeAndGrade(userId, row, now);
  const fresh = (await loadAttemptClosingOverdue(userId, row.id, now)) ?? row;
  const timedOut = fresh.deadlineAt !== null && fresh.finishedAt !== null && fresh.finishedAt.getTime() >= fresh.deadlineAt.getTime();
  return { status: "closed", reason: timedOut ? "timed-out" : "finished", attempt: await buildAttemptView(fresh, now) };
}
