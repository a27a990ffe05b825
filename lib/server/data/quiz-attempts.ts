import "server-only";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "./unique-violation";

// Quiz attempts and their items. Every read and write names the owner (`userId`) in the query, so
// another learner's attempt is simply not found.

export type NewAttempt = {
  userId: string;
  mode: string;
  sectionIds: readonly string[];
  assignmentId: string | null;
  seed: string;
  timeLimitSeconds: number | null;
  startedAt: Date;
  deadlineAt: Date | null;
  late: boolean;
  requestKey: string | null;
};
export type NewItem = { position: number; questionId: string; layout: string };

const attemptSelect = {
  id: true,
  userId: true,
  mode: true,
  sectionIds: true,
  assignmentId: true,
  seed: true,
  timeLimitSeconds: true,
  startedAt: true,
  deadlineAt: true,
  finishedAt: true,
  score: true,
  maxScore: true,
  late: true,
} as const;

const itemSelect = {
  id: true,
  position: true,
  questionId: true,
  layout: true,
  answerId: true,
  answer: true,
  score: true,
  correct: true,
  feedback: true,
  answeredAt: true,
} as const;

// Duck-typed: the SQLite and PostgreSQL clients each have their own error class.

// The attempt a learner already created with this idempotency key, if any.
export async function findAttemptIdByRequestKey(userId: string, requestKey: string): Promise<string | null> {
  const row = await db.quizAttempt.findUnique({ where: { userId_requestKey: { userId, requestKey } }, select: { id: true } });
  return row?.id ?? null;
}

// Creates the attempt with its items in one statement. A concurrent create with the same request
// key loses the unique-index race and gets the winner's id back instead of an error.
export async function insertAttempt(attempt: NewAttempt, items: readonly NewItem[]): Promise<{ id: string; created: boolean }> {
  try {
    const row = await db.quizAttempt.create({
      data: { ...attempt, sectionIds: JSON.stringify(attempt.sectionIds), maxScore: items.length, items: { create: [...items] } },
      select: { id: true },
    });
    return { id: row.id, created: true };
  } catch (error) {
    if (attempt.requestKey && isUniqueViolation(error)) {
      const existing = await findAttemptIdByRequestKey(attempt.userId, attempt.requestKey);
      if (existing) return { id: existing, created: false };
    }
    throw error;
  }
}

// An assignment attempt is the learner's only while they are a member of the class: a student the
// instructor removed can no longer read, answer or finish it (it is kept for the gradebook).
const whileMember = (userId: string) => ({ OR: [{ assignmentId: null }, { assignment: { class: { enrollments: { some: { userId, removedAt: null } } } } }] });

// One of the learner's attempts with its items in order and the assignment's feedback rule; null
// when not theirs, or an assignment attempt of a class they were removed from.
export async function getAttemptWithItems(userId: string, attemptId: string) {
  return db.quizAttempt.findFirst({
    where: { id: attemptId, userId, ...whileMember(userId) },
    select: {
      ...attemptSelect,
      assignment: { select: { title: true, feedback: true, dueAt: true, lateWork: true, cutoffAt: true } },
      items: { select: itemSelect, orderBy: { position: "asc" } },
    },
  });
}
export type AttemptWithItems = NonNullable<Awaited<ReturnType<typeof getAttemptWithItems>>>;

// Every attempt of the learner with its items, oldest first (the data export).
export async function listAttemptsWithItems(userId: string): Promise<AttemptWithItems[]> {
  return db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "asc" },
    select: {
      ...attemptSelect,
      assignment: { select: { title: true, feedback: true, dueAt: true, lateWork: true, cutoffAt: true } },
      items: { select: itemSelect, orderBy: { position: "asc" } },
    },
  });
}
export type AttemptItemRow = AttemptWithItems["items"][number];

export type AnswerWrite = {
  userId: string;
  attemptId: string;
  itemId: string;
  questionId: string;
  sectionId: string | null;
  answerId: string;
  answer: string;
  score: number;
  correct: boolean;
  feedback: string | null;
  now: Date;
  // Practice self-study: a checked answer is final, so only an unanswered item may be written,
  // and its result is the learner's at once. Otherwise the result waits for the finish.
  checked: boolean;
};

// Saves an answer and, when it was checked (practice), the learner's latest result for that
// question, together. The item is written only while its attempt is open (not finished, deadline
// not reached), checked in the same statement, so an answer racing the deadline or the finish
// cannot slip in. Returns false when it was not written.
export async function saveAnswerWithResult(write: AnswerWrite): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.quizAttemptItem.updateMany({
      where: {
        id: write.itemId,
        attemptId: write.attemptId,
        ...(write.checked ? { answerId: null } : {}),
        attempt: { userId: write.userId, finishedAt: null, OR: [{ deadlineAt: null }, { deadlineAt: { gt: write.now } }] },
      },
      data: { answerId: write.answerId, answer: write.answer, score: write.score, correct: write.correct, feedback: write.feedback, answeredAt: write.now },
    });
    if (updated.count === 0) return false;
    if (write.checked) await upsertResult(tx, write.userId, { questionId: write.questionId, sectionId: write.sectionId, correct: write.correct, score: write.score, answeredAt: write.now, attemptId: write.attemptId });
    return true;
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type ResultWrite = { questionId: string; sectionId: string | null; correct: boolean; score: number; answeredAt: Date; attemptId: string };

async function upsertResult(tx: Tx, userId: string, result: ResultWrite) {
  const { questionId, ...fields } = result;
  await tx.questionResult.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...fields }, update: fields });
}

// The results of a closed attempt's answered items, as the learner's latest per question. Exams and
// assignment attempts record them here, at the finish, never while the attempt runs: a result that
// moved with each saved answer (mastery, the review feed) would tell which answers were right.
async function recordResults(tx: Tx, userId: string, attemptId: string) {
  const items = await tx.quizAttemptItem.findMany({ where: { attemptId, answerId: { not: null } }, select: { questionId: true, score: true, correct: true, answeredAt: true } });
  if (items.length === 0) return;
  const sections = await tx.question.findMany({ where: { id: { in: items.map((i) => i.questionId) } }, select: { id: true, sectionId: true } });
  const sectionOf = new Map(sections.map((q) => [q.id, q.sectionId]));
  for (const item of items) {
    await upsertResult(tx, userId, { questionId: item.questionId, sectionId: sectionOf.get(item.questionId) ?? null, correct: item.correct === true, score: item.score ?? 0, answeredAt: item.answeredAt ?? new Date(0), attemptId });
  }
}

// Closes an open attempt at `finishedAt` and stores its score, computed by `score` from the items
// as they are once the attempt is closed (no answer can land after that), and, unless they were
// recorded as each answer was checked (practice), the learner's results. Returns false when it was
// already closed (by a concurrent finish) or is not the learner's.
export async function closeAttempt(userId: string, attemptId: string, finishedAt: Date, score: (items: { score: number | null }[]) => number, resultsRecorded: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const closed = await tx.quizAttempt.updateMany({ where: { id: attemptId, userId, finishedAt: null }, data: { finishedAt } });
    if (closed.count === 0) return false;
    const items = await tx.quizAttemptItem.findMany({ where: { attemptId }, select: { score: true } });
    await tx.quizAttempt.update({ where: { id: attemptId }, data: { score: score(items) } });
    if (!resultsRecorded) await recordResults(tx, userId, attemptId);
    return true;
  });
}

// The learner's attempts, newest first, with the counts the history page shows.
export async function listAttempts(userId: string, take = 50) {
  const rows = await db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: { ...attemptSelect, assignment: { select: { title: true } }, _count: { select: { items: { where: { answerId: { not: null } } } } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, answeredCount: _count.items }));
}

// Deletes the learner's own unfinished practice quiz (self-study only: exams and assignment
// attempts are never discarded); its items and checked results go with it. True when one was
// deleted; a second call finds nothing, so discarding twice is harmless.
export async function deleteOpenPracticeAttempt(userId: string, attemptId: string): Promise<boolean> {
  const { count } = await db.quizAttempt.deleteMany({ where: { id: attemptId, userId, mode: "practice", assignmentId: null, finishedAt: null } });
  return count > 0;
}

// The learner's latest attempt still open at `now` (not finished, deadline not passed), with how
// many questions it has answered: the quiz the dashboard offers to resume.
export async function findOpenAttempt(userId: string, now: Date) {
  const row = await db.quizAttempt.findFirst({
    where: { userId, finishedAt: null, OR: [{ deadlineAt: null }, { deadlineAt: { gt: now } }] },
    orderBy: { startedAt: "desc" },
    select: { id: true, mode: true, maxScore: true, startedAt: true, deadlineAt: true, assignment: { select: { title: true } }, _count: { select: { items: { where: { answerId: { not: null } } } } } },
  });
  if (!row) return null;
  const { _count, ...rest } = row;
  return { ...rest, answeredCount: _count.items };
}

// The learner's most recently finished self-study attempt with each item's question and verdict.
// Assignment attempts are left out: retrying them would reveal which answers were wrong even when
// the instructor chose to show the score only.
export async function getLastFinishedSelfStudyAttempt(userId: string) {
  return db.quizAttempt.findFirst({
    where: { userId, assignmentId: null, finishedAt: { not: null } },
    orderBy: [{ finishedAt: "desc" }, { startedAt: "desc" }],
    select: { startedAt: true, finishedAt: true, items: { select: { questionId: true, correct: true, answerId: true }, orderBy: { position: "asc" } } },
  });
}
