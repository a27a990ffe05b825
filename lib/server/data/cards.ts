import "server-only";
import { CARD_STATE_NAMES, type CardState, type CardStateName } from "@/lib/domain/review/card-state";
import type { CardSnapshot } from "@/lib/schemas/review";
import { db } from "@/lib/server/db";
import { visibleResults } from "./quiz-results";

// A learner's cards (Card rows): their FSRS state, flags and version. Every query names the owner,
// so another learner's card is simply not found.

export const cardSelect = {
  id: true,
  flashcardId: true,
  sectionId: true,
  position: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
  suspended: true,
  buriedUntil: true,
  leech: true,
  version: true,
  introducedAt: true,
  quizRequestedAt: true,
} as const;

export type CardRow = {
  id: string;
  flashcardId: string;
  sectionId: string;
  position: number;
  state: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  suspended: boolean;
  buriedUntil: Date | null;
  leech: boolean;
  version: number;
  introducedAt: Date;
  quizRequestedAt: Date | null;
};

// The state column as its name; rows are only ever written from CardState, so anything else is a bug.
export function stateName(value: string): CardStateName {
  if ((CARD_STATE_NAMES as readonly string[]).includes(value)) return value as CardStateName;
  throw new Error(`Card has an unknown state "${value}"`);
}

// The scheduling part of a row.
export function toCardState(row: CardRow): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: stateName(row.state),
    lastReview: row.lastReview,
  };
}

// What undo must put back: the state and the flags a review may change.
export function toSnapshot(row: CardRow): CardSnapshot {
  return { ...toCardState(row), suspended: row.suspended, leech: row.leech, buriedUntil: row.buriedUntil };
}

// The columns of a state (for create and update).
export function stateColumns(state: CardState) {
  return {
    state: state.state,
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: Math.round(state.elapsedDays),
    scheduledDays: Math.round(state.scheduledDays),
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    lastReview: state.lastReview,
  };
}

// The learner's cards that may be studied before `dayEnd` (index userId, suspended, due): due
// reviews, today's learning steps and every waiting new card (a new card is due from its introduction).
// Cards of flashcards retired from the banks are left out but kept, with their history: putting the
// flashcard back brings them back.
export async function listQueueCards(userId: string, dayEnd: Date, sectionId?: string): Promise<CardRow[]> {
  const retired = await db.flashcard.findMany({ where: { retiredAt: { not: null } }, select: { id: true } });
  return db.card.findMany({
    where: { userId, suspended: false, due: { lt: dayEnd }, ...(sectionId ? { sectionId } : {}), ...(retired.length ? { flashcardId: { notIn: retired.map((f) => f.id) } } : {}) },
    select: cardSelect,
  });
}

// One of the learner's cards, or null when it does not exist or is someone else's.
export async function findCard(userId: string, cardId: string): Promise<CardRow | null> {
  return db.card.findFirst({ where: { id: cardId, userId }, select: cardSelect });
}

// The flashcards the learner already holds as cards.
export async function listOwnedFlashcardIds(userId: string): Promise<Set<string>> {
  const rows = await db.card.findMany({ where: { userId }, select: { flashcardId: true } });
  return new Set(rows.map((r) => r.flashcardId));
}

// quizRequestedAt: the quiz mistake that asked for the card (see lib/domain/review/feed.ts), else null.
export type NewCard = { flashcardId: string; sectionId: string; position: number; due: Date; introducedAt: Date; quizRequestedAt: Date | null };

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

// Creates new cards; one the learner already holds (another tab introduced it first) is skipped.
export async function createCards(userId: string, cards: readonly NewCard[]): Promise<void> {
  if (cards.length === 0) return;
  const rows = cards.map((c) => ({
    userId,
    flashcardId: c.flashcardId,
    sectionId: c.sectionId,
    position: c.position,
    state: "new",
    due: c.due,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    introducedAt: c.introducedAt,
    quizRequestedAt: c.quizRequestedAt,
  }));
  try {
    await db.card.createMany({ data: rows });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    for (const row of rows) {
      try {
        await db.card.create({ data: row, select: { id: true } });
      } catch (inner) {
        if (!isUniqueViolation(inner)) throw inner;
      }
    }
  }
}

// Outcome of a write guarded by the card's version.
export type GuardedWrite = "ok" | "not-found" | "stale";

// Changes flags of one card if it is the learner's and (when given) still at `expectedVersion`.
export async function updateCardFlags(
  userId: string,
  cardId: string,
  expectedVersion: number | undefined,
  data: { suspended?: boolean; buriedUntil?: Date | null; leech?: boolean },
): Promise<GuardedWrite> {
  const updated = await db.card.updateMany({
    where: { id: cardId, userId, ...(expectedVersion === undefined ? {} : { version: expectedVersion }) },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count > 0) return "ok";
  return (await db.card.count({ where: { id: cardId, userId } })) > 0 ? "stale" : "not-found";
}

// The learner's suspended cards with their flashcard, for the settings page.
export async function listSuspendedCards(userId: string) {
  return db.card.findMany({
    where: { userId, suspended: true },
    orderBy: { position: "asc" },
    select: { id: true, flashcardId: true, sectionId: true, leech: true, lapses: true, version: true },
  });
}

// Per section, when the learner last was given or reviewed one of its cards (quiz feed marker).
export async function listSectionTouches(userId: string, sectionIds: readonly string[]) {
  const rows = await db.card.groupBy({
    by: ["sectionId"],
    where: { userId, sectionId: { in: [...sectionIds] } },
    _max: { introducedAt: true, lastReview: true },
  });
  return rows.map((r) => ({ sectionId: r.sectionId, lastIntroducedAt: r._max.introducedAt, lastReviewedAt: r._max.lastReview }));
}

// Every card of the learner in these sections, with what the quiz feed needs to decide.
export async function listSectionCards(userId: string, sectionIds: readonly string[]) {
  return db.card.findMany({
    where: { userId, sectionId: { in: [...sectionIds] } },
    select: { id: true, flashcardId: true, sectionId: true, state: true, suspended: true, due: true },
  });
}

// Asks for cards after quiz mistakes, in one transaction: waiting new cards are marked as requested
// by the mistake (and introducedAt = now, so the same mistake does not feed twice), review cards not
// yet due become due now. The version is not bumped: neither change alters what grading the card
// would do (ts-fsrs schedules from the last review, not the due date), so a tab showing one of these
// cards may still grade it.
export async function requestCards(userId: string, request: { newCards: { id: string; requestedAt: Date }[]; reviewCardIds: string[] }, now: Date): Promise<void> {
  if (request.newCards.length === 0 && request.reviewCardIds.length === 0) return;
  // One write per mistake (cards of one section share it), not one per card.
  const byMistake = new Map<number, string[]>();
  for (const c of request.newCards) byMistake.set(c.requestedAt.getTime(), [...(byMistake.get(c.requestedAt.getTime()) ?? []), c.id]);
  await db.$transaction(async (tx) => {
    for (const [requestedAt, ids] of byMistake) {
      await tx.card.updateMany({ where: { userId, state: "new", id: { in: ids } }, data: { quizRequestedAt: new Date(requestedAt), introducedAt: now } });
    }
    if (request.reviewCardIds.length > 0) {
      await tx.card.updateMany({ where: { userId, id: { in: request.reviewCardIds }, state: "review", due: { gt: now } }, data: { due: now } });
    }
  });
}

// The learner's cards as the progress page needs them (one indexed read of at most one row per flashcard).
export async function listCardsForProgress(userId: string) {
  return db.card.findMany({ where: { userId }, select: { flashcardId: true, state: true, stability: true, due: true, suspended: true } });
}

// ---- The flashcards behind the cards (content shared by everyone) ----

// Live flashcards in article order, of some sections (null: all), as introduction candidates.
export async function listLiveFlashcards(sectionIds: readonly string[] | null) {
  return db.flashcard.findMany({
    where: { retiredAt: null, ...(sectionIds ? { sectionId: { in: [...sectionIds] } } : {}) },
    orderBy: { position: "asc" },
    select: { id: true, sectionId: true, position: true },
  });
}

export type FlashcardContent = { id: string; sectionId: string; sectionTitle: string; data: string; note: { text: string; source: string } | null };

// Flashcards by id with their section title and accuracy note: three queries, whatever the count.
export async function getFlashcardContent(ids: readonly string[]): Promise<Map<string, FlashcardContent>> {
  if (ids.length === 0) return new Map();
  const cards = await db.flashcard.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, sectionId: true, data: true, noteId: true } });
  const noteIds = cards.flatMap((c) => (c.noteId ? [c.noteId] : []));
  const [notes, sections] = await Promise.all([
    noteIds.length ? db.note.findMany({ where: { id: { in: noteIds } }, select: { id: true, text: true, source: true } }) : [],
    db.section.findMany({ where: { id: { in: [...new Set(cards.map((c) => c.sectionId))] } }, select: { id: true, title: true } }),
  ]);
  const noteById = new Map(notes.map((n) => [n.id, { text: n.text, source: n.source }]));
  const titleById = new Map(sections.map((s) => [s.id, s.title]));
  return new Map(
    cards.map((c) => [c.id, { id: c.id, sectionId: c.sectionId, sectionTitle: titleById.get(c.sectionId) ?? c.sectionId, data: c.data, note: c.noteId ? (noteById.get(c.noteId) ?? null) : null }]),
  );
}

// The article's sections in order with their number of live flashcards (deck choice, progress).
export async function listSectionsWithFlashcardCounts() {
  const [sections, counts] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, title: true, level: true } }),
    db.flashcard.groupBy({ by: ["sectionId"], where: { retiredAt: null }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.sectionId, c._count._all]));
  return sections.map((s) => ({ ...s, flashcards: countOf.get(s.id) ?? 0 }));
}

// One section's id and title, or null (the /review?section= filter).
export async function findSection(sectionId: string) {
  return db.section.findUnique({ where: { id: sectionId }, select: { id: true, title: true } });
}

// ---- Quiz mistakes (the learner's QuestionResult rows, read for the review feed) ----

// Per section, the learner's latest wrong answer they may see (index userId, sectionId): a mistake
// still under an exam's or an assignment's wraps feeds nothing, or the queue would tell it.
export async function listSectionMistakes(userId: string, now = new Date()) {
  const rows = await db.questionResult.groupBy({ by: ["sectionId"], where: { userId, correct: false, sectionId: { not: null }, ...visibleResults(now) }, _max: { answeredAt: true } });
  return rows.flatMap((r) => (r.sectionId && r._max.answeredAt ? [{ sectionId: r.sectionId, lastWrongAt: r._max.answeredAt }] : []));
}
