import "server-only";
import type { AttemptScore } from "@/lib/domain/quiz/attempt";
import { feedbackLevel } from "@/lib/domain/quiz/feedback";
import type { QuestionType } from "@/lib/schemas/content";
import { getNotesByIds, getQuestionsByIds } from "@/lib/server/data/quiz-questions";
import { attemptScore, feedbackContext, loadAttemptClosingOverdue } from "./attempt";
import { buildResult, describeGiven, noteIdsOf, type ItemResult } from "./views";

// The results of a finished attempt: the score always, and per question the learner's answer, the
// right answer, the explanation, the quote and any note when the feedback policy allows.

export type ResultItem = { position: number; prompt: string; type: QuestionType; answered: boolean; yourAnswer: string[] } & ItemResult;

export type AttemptResults = {
  status: "finished";
  id: string;
  mode: "practice" | "exam";
  assignmentId: string | null;
  assignmentTitle: string | null;
  startedAt: Date;
  finishedAt: Date;
  timeTakenSeconds: number;
  timedOut: boolean;
  score: AttemptScore;
  // "score": the instructor shows the score only (or not yet); `items` is then empty.
  feedback: "full" | "score";
  items: ResultItem[];
};

// The results, { status: "in-progress" } while the attempt is still open, or null when it is not
// the learner's. An attempt past its deadline is closed and graded first.
export async function getAttemptResults(userId: string, attemptId: string, now: Date): Promise<AttemptResults | { status: "in-progress"; id: string } | null> {
  const row = await loadAttemptClosingOverdue(userId, attemptId, now);
  if (!row) return null;
  if (!row.finishedAt) return { status: "in-progress", id: row.id };
  const level: AttemptResults["feedback"] = feedbackLevel(feedbackContext(row), now) === "full" ? "full" : "score";
  const base = {
    status: "finished" as const,
    id: row.id,
    mode: row.mode === "exam" ? ("exam" as const) : ("practice" as const),
    assignmentId: row.assignmentId,
    assignmentTitle: row.assignment?.title ?? null,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    timeTakenSeconds: Math.max(0, Math.round((row.finishedAt.getTime() - row.startedAt.getTime()) / 1000)),
    timedOut: row.deadlineAt !== null && row.finishedAt.getTime() >= row.deadlineAt.getTime(),
    score: attemptScore(row),
    feedback: level,
  };
  if (level === "score") return { ...base, items: [] };
  const questions = await getQuestionsByIds(row.items.map((i) => i.questionId));
  const notes = await getNotesByIds(noteIdsOf(questions.values()));
  const items = row.items.flatMap((item): ResultItem[] => {
    const entry = questions.get(item.questionId);
    if (!entry) return [];
    return [{ position: item.position, prompt: entry.question.prompt, type: entry.question.type, answered: item.answerId !== null, yourAnswer: describeGiven(item, entry), ...buildResult(item, entry, notes) }];
  });
  return { ...base, items };
}
