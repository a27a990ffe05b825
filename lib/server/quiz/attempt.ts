import { z } from "zod";
import "server-only";
import { lastSubmissionAt } from "@/lib/domain/classes/availability";
import { scoreAttempt } from "@/lib/domain/quiz/attempt";
import { feedbackLevel, revealsOnCheck, type FeedbackContext } from "@/lib/domain/quiz/feedback";
import { finishInstant, isOverdue } from "@/lib/domain/quiz/timing";
import { closeAttempt, getAttemptWithItems, type AttemptWithItems } from "@/lib/server/data/quiz-attempts";
import { getNotesByIds, getQuestionsByIds, type QuizNote, type QuizQuestion } from "@/lib/server/data/quiz-questions";
import { writeQuizFeed } from "@/lib/server/review/feed";
import { buildLearnerItem, noteIdsOf, type AttemptView } from "./views";
import { readJson } from "@/lib/server/data/json-column";

// Reading and closing attempts. An attempt whose deadline has passed is closed and graded with
// what was saved the first time anyone looks at it (page, API, answer), so no background job is
// needed and a learner who closed the tab still gets a result.

// The attempt's feedback context for lib/domain/quiz/feedback.ts.
export function feedbackContext(row: AttemptWithItems): FeedbackContext {
  return { mode: row.mode, finished: row.finishedAt !== null, assignment: row.assignment ? { feedback: row.assignment.feedback, releaseAt: lastSubmissionAt(row.assignment) } : null };
}

// Closes the attempt at min(now, deadline) with the score of its saved answers (unanswered = 0),
// recording the learner's results unless practice already did as each answer was checked.
export async function closeAndGrade(userId: string, row: AttemptWithItems, now: Date): Promise<void> {
  const resultsRecorded = revealsOnCheck(feedbackContext(row), now);
  await closeAttempt(userId, row.id, finishInstant(row, now), (items) => scoreAttempt(items.map((i) => ({ score: i.score ?? 0 })), row.maxScore).points, resultsRecorded);
  // The results just recorded (when the learner may see them) feed review with their mistakes.
  await writeQuizFeed(userId, now);
}

// The learner's attempt, closed first if it ran out of time; null when not theirs or unknown.
export async function loadAttemptClosingOverdue(userId: string, attemptId: string, now: Date): Promise<AttemptWithItems | null> {
  const row = await getAttemptWithItems(userId, attemptId);
  if (!row || !isOverdue(row, now)) return row;
  await closeAndGrade(userId, row, now);
  return getAttemptWithItems(userId, attemptId);
}

// The score shown with an attempt, recomputed from its items (the stored score agrees once closed).
export function attemptScore(row: AttemptWithItems) {
  return scoreAttempt(row.items.map((i) => ({ score: i.score ?? 0 })), row.maxScore);
}

// Builds the learner's view: public questions, their own answers, and results only as the feedback
// policy allows (practice: answered questions; exam: nothing until finished). Items whose question
// has since been deleted are left out; they count as unanswered.
export async function buildAttemptView(row: AttemptWithItems, now: Date): Promise<AttemptView> {
  return (await buildAttemptViews([row], now))[0]!;
}

// The views of many attempts with two queries in all (their questions, then the notes of those it
// may reveal), for listings such as the data export.
export async function buildAttemptViews(rows: readonly AttemptWithItems[], now: Date): Promise<AttemptView[]> {
  const questions = await getQuestionsByIds(rows.flatMap((row) => row.items.map((i) => i.questionId)));
  const revealing = rows.filter((row) => feedbackLevel(feedbackContext(row), now) === "full");
  const answered = revealing.flatMap((row) => row.items.filter((i) => i.answerId !== null).flatMap((i) => questions.get(i.questionId) ?? []));
  const notes = await getNotesByIds(noteIdsOf(answered));
  return rows.map((row) => attemptView(row, now, questions, notes));
}

function attemptView(row: AttemptWithItems, now: Date, questions: ReadonlyMap<string, QuizQuestion>, notes: ReadonlyMap<string, QuizNote>): AttemptView {
  const level = feedbackLevel(feedbackContext(row), now);
  const revealing = level === "full";
  const items = row.items.flatMap((item) => {
    const entry = questions.get(item.questionId);
    return entry ? [buildLearnerItem(item, entry, notes, revealing)] : [];
  });
  const finished = row.finishedAt !== null;
  return {
    id: row.id,
    mode: row.mode === "exam" ? "exam" : "practice",
    status: finished ? "finished" : "in-progress",
    assignmentId: row.assignmentId,
    assignmentTitle: row.assignment?.title ?? null,
    sectionIds: parseIds(row.sectionIds),
    startedAt: row.startedAt,
    deadlineAt: row.deadlineAt,
    finishedAt: row.finishedAt,
    feedback: level,
    total: row.items.length,
    answeredCount: row.items.filter((i) => i.answerId !== null).length,
    score: finished && level !== "none" ? attemptScore(row) : null,
    items,
  };
}

// A stored JSON list of ids (an attempt's sections), or none when unreadable.
export function parseIds(json: string): string[] {
  return readJson(z.array(z.unknown()), json)?.filter((v): v is string => typeof v === "string") ?? [];
}

// The attempt as its learner may see it now; null when it is not theirs or does not exist.
export async function getAttemptForLearner(userId: string, attemptId: string, now: Date): Promise<AttemptView | null> {
  const row = await loadAttemptClosingOverdue(userId, attemptId, now);
  return row ? buildAttemptView(row, now) : null;
}

// Finishes the attempt (idempotent: finishing a finished attempt changes nothing) and returns it.
export async function finishAttempt(userId: string, attemptId: string, now: Date): Promise<AttemptView | null> {
  const row = await loadAttemptClosingOverdue(userId, attemptId, now);
  if (!row) return null;
  if (row.finishedAt) return buildAttemptView(row, now);
  await closeAndGrade(userId, row, now);
  const closed = await getAttemptWithItems(userId, attemptId);
  return closed ? buildAttemptView(closed, now) : null;
}
