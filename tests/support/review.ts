import crypto from "node:crypto";
import { expect } from "vitest";
import { replayCard } from "@/lib/domain/review/replay";
import { db } from "@/lib/server/db";
import { getCardHistory } from "@/lib/server/data/card-history";
import { cardSelect, toSnapshot } from "@/lib/server/data/cards";

// Shared by the review tests (never imported by app code).

let counter = 0;

// A fresh student account.
export async function makeLearner(name = "learner") {
  counter += 1;
  return db.user.create({ data: { email: `${name}-${counter}-${crypto.randomUUID().slice(0, 8)}@example.com`, name, role: "student" } });
}

// A POST /api/v1/reviews body with a fresh reviewId.
export function reviewBody(cardId: string, rating: number, extra: Record<string, unknown> = {}) {
  return { reviewId: crypto.randomUUID(), cardId, rating, durationMs: 4000, ...extra };
}

// Every column of a card that a review or undo may change, for exact comparisons.
export async function cardColumns(cardId: string) {
  const row: Partial<Awaited<ReturnType<typeof db.card.findUniqueOrThrow>>> = await db.card.findUniqueOrThrow({ where: { id: cardId } });
  delete row.version;
  return row;
}

// Saves settings for a learner directly (tests set limits without going through the form).
export async function setSettings(
  userId: string,
  data: {
    newPerDay?: number;
    maxReviewsPerDay?: number;
    timeZone?: string;
    deckSectionIds?: string | null;
    learningSteps?: string;
    quizCardsPerDay?: number | null;
    targetCardsPerDay?: number;
    leechThreshold?: number;
    leechAction?: string;
    learnAheadMinutes?: number;
    rescheduleOnChange?: boolean;
    weights?: string | null;
    desiredRetention?: number;
    loadBalancing?: boolean;
    easyDays?: string;
  },
) {
  await db.reviewSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

// Writes the rows of new cards the queue showed (as their first review would), for tests that then
// set a card's state directly.
export async function writeShownCards(userId: string, cardIds: readonly string[], introducedAt = new Date()) {
  const { writeUnseenCards } = await import("@/lib/server/data/cards");
  await db.$transaction((tx) => writeUnseenCards(tx, userId, cardIds, () => introducedAt));
}

// The stored card equals the replay of its log, and the log is in review-time order (an undo bumps
// the card's version past its last entry's, so it is checked only without one).
export async function expectReplayable(userId: string, cardId: string, undone = false) {
  const row = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: cardSelect });
  const history = await getCardHistory(userId, cardId);
  const replayed = replayCard(history.start!, history.entries, cardId);
  expect(replayed.ok && replayed.card).toEqual(toSnapshot(row));
  const times = history.entries.map((e) => e.reviewedAt.getTime());
  expect(times).toEqual([...times].sort((a, b) => a - b));
  if (!undone) expect(history.entries.at(-1)?.versionAfter).toBe(row.version);
}
