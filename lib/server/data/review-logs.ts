import { z } from "zod";
import "server-only";
import { GRADE_KINDS, scheduleParamsOf } from "@/lib/domain/review/history";
import crypto from "node:crypto";
import { cardSnapshotSchema, type CardSnapshot, type ManualAction, type ScheduleParams } from "@/lib/schemas/review";
import { db } from "@/lib/server/db";
import { cardSelect, stateColumns, toSnapshot, type CardRow } from "./cards";
import { readJson } from "./json-column";

// Review logs (Anki's revlog: lib/domain/review/history.ts), and the writes that change a card and
// its log together: a grade (card updated, entry inserted), its undo (card restored, entry
// deleted) and a manual operation, each in one transaction. Every entry stores the card after it
// and the settings in force, so the card can be rebuilt from its entries (replay.ts).

// Grades: "rescheduled" and "manual" entries are not reviews and are left out of counts, undo,
// statistics and the optimizer.
const GRADES = { in: [...GRADE_KINDS] };

// The columns that hold the card after an entry, and the settings in force.
export function afterColumns(after: CardSnapshot, params: ScheduleParams) {
  return {
    stateAfter: after.state,
    stabilityAfter: after.stability,
    difficultyAfter: after.difficulty,
    elapsedDays: after.elapsedDays,
    scheduledDays: Math.round(after.scheduledDays),
    dueAfter: after.due,
    learningStepsAfter: after.learningSteps,
    repsAfter: after.reps,
    lapsesAfter: after.lapses,
    lastReviewAfter: after.lastReview,
    suspendedAfter: after.suspended,
    leechAfter: after.leech,
    buriedUntilAfter: after.buriedUntil,
    settings: JSON.stringify(scheduleParamsOf(params)),
  };
}

export const logSelect = {
  id: true,
  reviewId: true,
  cardId: true,
  rating: true,
  stateBefore: true,
  stateAfter: true,
  scheduledDays: true,
  reviewedAt: true,
  cardBefore: true,
  versionAfter: true,
} as const;
export type LogRow = {
  id: string;
  reviewId: string;
  cardId: string;
  rating: number;
  stateBefore: string;
  stateAfter: string;
  scheduledDays: number;
  reviewedAt: Date;
  cardBefore: string;
  versionAfter: number;
};

// The columns that hold the card before an entry.
export function beforeColumns(row: CardRow) {
  return { stateBefore: row.state, stabilityBefore: row.stability, difficultyBefore: row.difficulty, cardBefore: JSON.stringify(toSnapshot(row)) };
}

// A log entry that is not a grade: a "rescheduled" or "manual" one (rating 0, as in Anki's revlog).
export function nonGradeEntry(kind: "rescheduled" | "manual", userId: string, row: CardRow, after: CardSnapshot, params: ScheduleParams, now: Date, versionAfter: number, action: ManualAction | null) {
  return {
    kind,
    reviewId: crypto.randomUUID(),
    userId,
    cardId: row.id,
    rating: 0,
    durationMs: 0,
    reviewedAt: now,
    versionAfter,
    action: action === null ? null : JSON.stringify(action),
    ...beforeColumns(row),
    ...afterColumns(after, params),
  };
}

export type UndoResult =
  | { status: "undone"; log: LogRow; card: CardRow }
  | { status: "nothing" }
  | { status: "not-latest" }
  | { status: "changed" };

// Undoes the learner's most recent review (only if it is `reviewId`, when given): the card gets
// back exactly its state and flags from before (its version still goes up), and the log is deleted.
export async function undoLatestReview(userId: string, reviewId: string | undefined): Promise<UndoResult> {
  return db.$transaction(async (tx): Promise<UndoResult> => {
    const latest = await tx.reviewLog.findFirst({ where: { userId, kind: GRADES }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }], select: logSelect });
    if (!latest) return { status: "nothing" };
    if (reviewId !== undefined && latest.reviewId !== reviewId) {
      const named = await tx.reviewLog.count({ where: { userId, reviewId } });
      return { status: named > 0 ? "not-latest" : "nothing" };
    }
    const before = cardSnapshotSchema.parse(JSON.parse(latest.cardBefore));
    const restored = await tx.card.updateMany({
      where: { id: latest.cardId, userId, version: latest.versionAfter },
      data: { ...stateColumns(before), suspended: before.suspended, leech: before.leech, buriedUntil: before.buriedUntil, version: latest.versionAfter + 1 },
    });
    if (restored.count === 0) return { status: "changed" };
    await tx.reviewLog.delete({ where: { id: latest.id } });
    const card = await tx.card.findFirstOrThrow({ where: { id: latest.cardId, userId }, select: cardSelect });
    return { status: "undone", log: latest, card };
  });
}

// The latest review, for offering undo on a freshly loaded page.
export async function findLatestReview(userId: string): Promise<LogRow | null> {
  return db.reviewLog.findFirst({ where: { userId, kind: GRADES }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }], select: logSelect });
}

// Cards a quiz mistake brought in (their first answers are not new-card introductions).
async function quizCardIds(userId: string): Promise<string[]> {
  const rows = await db.card.findMany({ where: { userId, quizRequestedAt: { not: null } }, select: { id: true } });
  return rows.map((r) => r.id);
}

// Today's counts for the daily limits: first answers to new cards and answers to review cards.
// First answers of cards a quiz mistake brought in are not counted as new: those cards have their
// own daily cap (quizCardsPerDay) and were shown outside the new-card limit.
export async function countDoneSince(userId: string, since: Date): Promise<{ newIntroduced: number; reviewsDone: number }> {
  const fromQuiz = await quizCardIds(userId);
  const [newIntroduced, reviewsDone] = await Promise.all([
    db.reviewLog.count({ where: { userId, kind: GRADES, reviewedAt: { gte: since }, stateBefore: "new", cardId: { notIn: fromQuiz } } }),
    db.reviewLog.count({ where: { userId, kind: GRADES, reviewedAt: { gte: since }, stateBefore: "review" } }),
  ]);
  return { newIntroduced, reviewsDone };
}

// How many reviews the learner has logged (the optimizer needs enough of them).
export async function countReviews(userId: string): Promise<number> {
  return db.reviewLog.count({ where: { userId, kind: GRADES } });
}

// Every review of the learner, as the optimizer reads them.
export async function listReviewHistory(userId: string) {
  return db.reviewLog.findMany({
    where: { userId, kind: GRADES },
    orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }],
    select: { cardId: true, rating: true, reviewedAt: true, stateBefore: true },
  });
}

// When each review since `since` happened (the heatmap); index userId, reviewedAt.
export async function listReviewTimes(userId: string, since: Date): Promise<Date[]> {
  const rows = await db.reviewLog.findMany({ where: { userId, kind: GRADES, reviewedAt: { gte: since } }, select: { reviewedAt: true } });
  return rows.map((r) => r.reviewedAt);
}

// Reviews of review-state cards since `since`, with the interval the card had before (true retention).
export async function listRetentionReviews(userId: string, since: Date) {
  const rows = await db.reviewLog.findMany({
    where: { userId, kind: GRADES, reviewedAt: { gte: since }, stateBefore: "review" },
    orderBy: { reviewedAt: "asc" },
    select: { cardId: true, rating: true, reviewedAt: true, stateBefore: true, cardBefore: true },
  });
  return rows.map((r) => ({ cardId: r.cardId, rating: r.rating, reviewedAt: r.reviewedAt, stateBefore: r.stateBefore, intervalBefore: scheduledDaysOf(r.cardBefore) }));
}

// The interval (scheduled days) in a stored snapshot; 0 when unreadable.
function scheduledDaysOf(json: string): number {
  return readJson(z.object({ scheduledDays: z.number() }), json)?.scheduledDays ?? 0;
}
