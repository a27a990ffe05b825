import "server-only";
import crypto from "node:crypto";
import { mistakesFromLastAttempt } from "@/lib/domain/quiz/attempt";
import { createRng, drawQuestions, shuffle } from "@/lib/domain/quiz/draw";
import { drawLayout } from "@/lib/domain/quiz/layout";
import { attemptDeadline } from "@/lib/domain/quiz/timing";
import type { CreateQuizInput } from "@/lib/schemas/quiz";
import { MAX_QUIZ_QUESTIONS } from "@/lib/schemas/quiz";
import { findAttemptIdByRequestKey, getLastFinishedSelfStudyAttempt, insertAttempt } from "@/lib/server/data/quiz-attempts";
import { existingSectionIds, getQuestionsByIds, listQuestionPool } from "@/lib/server/data/quiz-questions";
import { heldQuestionIds } from "@/lib/server/assignments/student-questions";

// Creating attempts: the questions are drawn, ordered and laid out here on the server, and the
// layout of each question is stored with the attempt so every later visit shows the same thing.

export type StartAttemptInput = {
  questionIds: string[];
  mode: "practice" | "exam";
  timeLimitSeconds: number | null;
  closesAt?: Date | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  sectionIds: string[];
  assignmentId?: string;
  late?: boolean;
  requestKey?: string;
};

export type Issue = { path: string; message: string };
export type CreateOutcome = { status: "created" | "replayed"; id: string } | { status: "invalid"; issues: Issue[] };

// Starts an attempt on the given questions (bank or instructor-written Question ids), for any caller
// that has already decided which questions the learner gets (self-study draws, assignments). The
// deadline is the earlier of start + limit and `closesAt`. With a `requestKey` already used by this
// learner, the first attempt is returned and nothing is created. Throws on unknown question ids:
// that is a programming error of the caller, not learner input.
export async function startAttempt(userId: string, input: StartAttemptInput, now: Date): Promise<{ id: string; created: boolean }> {
  if (input.requestKey) {
    const existing = await findAttemptIdByRequestKey(userId, input.requestKey);
    if (existing) return { id: existing, created: false };
  }
  const ids = [...new Set(input.questionIds)];
  if (ids.length === 0) throw new Error("startAttempt: no questions");
  const questions = await getQuestionsByIds(ids);
  const missing = ids.filter((id) => !questions.has(id));
  if (missing.length) throw new Error(`startAttempt: unknown or unreadable questions: ${missing.join(", ")}`);

  const seed = crypto.randomUUID();
  const ordered = input.shuffleQuestions ? shuffle(ids, createRng(`${seed}:order`)) : ids;
  const items = ordered.map((questionId, position) => {
    const question = questions.get(questionId)!.question;
    const layout = drawLayout(question, createRng(`${seed}:${questionId}`), { shuffleOptions: input.shuffleOptions });
    return { position, questionId, layout: JSON.stringify(layout) };
  });
  return insertAttempt(
    {
      userId,
      mode: input.mode,
      sectionIds: input.sectionIds,
      assignmentId: input.assignmentId ?? null,
      seed,
      timeLimitSeconds: input.timeLimitSeconds,
      startedAt: now,
      deadlineAt: attemptDeadline(now, input.timeLimitSeconds, input.closesAt ?? null),
      late: input.late ?? false,
      requestKey: input.requestKey ?? null,
    },
    items,
  );
}

// Starts a self-study quiz from validated input: draws `count` live bank questions of the chosen
// sections and types, spread evenly over the sections, leaving out the questions an assignment of
// the learner's classes holds out of self-study. Unknown sections, or choices no question
// matches, come back as issues (the form and the API show them) and nothing is saved.
export async function createSelfStudyAttempt(userId: string, input: CreateQuizInput, now: Date): Promise<CreateOutcome> {
  if (input.requestKey) {
    const existing = await findAttemptIdByRequestKey(userId, input.requestKey);
    if (existing) return { status: "replayed", id: existing };
  }
  const known = await existingSectionIds(input.sectionIds);
  const unknown = input.sectionIds.filter((id) => !known.has(id));
  if (unknown.length) return { status: "invalid", issues: [{ path: "sectionIds", message: `Unknown section: ${unknown.join(", ")}` }] };

  const [fullPool, held] = await Promise.all([listQuestionPool(input.sectionIds, input.types ?? []), heldQuestionIds(userId, now)]);
  const pool = fullPool.filter((row) => !held.has(row.id));
  if (pool.length === 0) return { status: "invalid", issues: [{ path: "types", message: "No questions match these sections and types." }] };
  const entries = pool.map((row) => ({ sectionId: row.sectionId, question: { id: row.id, type: row.type } }));
  const drawn = drawQuestions(entries, { count: input.count }, createRng(crypto.randomUUID()));
  const timeLimitSeconds = input.mode === "exam" && input.timeLimitMinutes ? Math.round(input.timeLimitMinutes * 60) : null;
  const { id, created } = await startAttempt(
    userId,
    {
      questionIds: drawn.map((d) => d.question.id),
      mode: input.mode,
      timeLimitSeconds,
      shuffleQuestions: false,
      shuffleOptions: true,
      sectionIds: input.sectionIds,
      requestKey: input.requestKey,
    },
    now,
  );
  return { status: created ? "created" : "replayed", id };
}

// "Retry my mistakes": a practice quiz of the questions that were not fully right (or left
// unanswered) in the learner's last finished self-study attempt. Questions since retired are
// skipped. Returns null when there is nothing to retry.
export async function createRetryAttempt(userId: string, input: { requestKey?: string }, now: Date): Promise<{ id: string } | null> {
  if (input.requestKey) {
    const existing = await findAttemptIdByRequestKey(userId, input.requestKey);
    if (existing) return { id: existing };
  }
  const last = await getLastFinishedSelfStudyAttempt(userId);
  if (!last) return null;
  const mistakes = mistakesFromLastAttempt([
    {
      startedAt: last.startedAt,
      finishedAt: last.finishedAt,
      questionIds: last.items.map((i) => i.questionId),
      answers: last.items.filter((i) => i.answerId !== null).map((i) => ({ questionId: i.questionId, correct: i.correct === true })),
    },
  ]);
  const [live, held] = await Promise.all([getQuestionsByIds(mistakes), heldQuestionIds(userId, now)]);
  const ids = mistakes.filter((id) => live.get(id)?.retired === false && !held.has(id)).slice(0, MAX_QUIZ_QUESTIONS);
  if (ids.length === 0) return null;
  const { id } = await startAttempt(
    userId,
    { questionIds: ids, mode: "practice", timeLimitSeconds: null, shuffleQuestions: true, shuffleOptions: true, sectionIds: [], requestKey: input.requestKey },
    now,
  );
  return { id };
}
