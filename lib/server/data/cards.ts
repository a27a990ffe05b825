import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { CARD_STATE_NAMES, newCardState, type CardState, type CardStateName } from "@/lib/domain/review/card-state";
import type { CardSnapshot } from "@/lib/schemas/review";
import { db } from "@/lib/server/db";
import type { Tx } from "./audit";
import { visibleResults } from "./quiz-results";
import { isUniqueViolation } from "./unique-violation";
import { readJson } from "./json-column";
import { flashcardSchema, type Flashcard } from "@/lib/schemas/content";

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

// A learner's card as stored: its memory state (the state's name as the column holds it) and what
// the queue needs besides.
export type CardRow = Omit<CardState, "state"> & {
  id: string;
  flashcardId: string;
  sectionId: string;
  position: number;
  state: string;
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

// The learner's new cards waiting to be studied under the new-card limit (not asked for by a quiz,
// not suspended or buried), in every section.
export async function countWaitingNewCards(userId: string, now: Date, sectionId?: string): Promise<number> {
  return db.card.count({
    where: { userId, sectionId, state: "new", suspended: false, quizRequestedAt: null, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] },
  });
}

// The learner's cards in the review state (suspended ones too), for rescheduling.
export async function listReviewStateCards(userId: string): Promise<CardRow[]> {
  return db.card.findMany({ where: { userId, state: "review" }, select: cardSelect });
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

// A learner's card of a flashcard has one id, known before its row exists: the queue shows today's
// new cards without writing, and the first review (or operation) of one writes its row under the id
// the reviewer was given. The hash ties the id to its learner; the flashcard id (kebab-case, so
// without "_") is readable after it.
export function cardIdFor(userId: string, flashcardId: string): string {
  return `n${crypto.createHash("sha256").update(`${userId}\n${flashcardId}`).digest("hex").slice(0, 16)}_${flashcardId}`;
}

// The flashcard a card id made by cardIdFor names for this learner, or null (another learner's, or not such an id).
export function flashcardOfCardId(userId: string, cardId: string): string | null {
  const match = /^n[0-9a-f]{16}_(.+)$/.exec(cardId);
  return match && cardIdFor(userId, match[1]!) === cardId ? match[1]! : null;
}

// A card the learner does not hold yet, as its row will be when first written (never stored by a read).
export function unseenCardRow(userId: string, flashcard: { id: string; sectionId: string; position: number }, now: Date): CardRow {
  return {
    id: cardIdFor(userId, flashcard.id),
    flashcardId: flashcard.id,
    sectionId: flashcard.sectionId,
    position: flashcard.position,
    ...stateColumns(newCardState(now)),
    suspended: false,
    buriedUntil: null,
    leech: false,
    version: 0,
    introducedAt: now,
    quizRequestedAt: null,
  };
}

// Writes the rows of shown-but-unwritten cards named in a write (a first review, an operation on a
// new card), inside that write's transaction, and returns them; ids that name no live flashcard of
// this learner are left out (the caller answers "not found"). `introducedAt` says when each was first shown.
export async function writeUnseenCards(tx: Tx, userId: string, cardIds: readonly string[], introducedAt: (cardId: string) => Date): Promise<CardRow[]> {
  const wanted = new Map(cardIds.flatMap((id) => { const flashcardId = flashcardOfCardId(userId, id); return flashcardId ? [[flashcardId, id] as const] : []; }));
  if (wanted.size === 0) return [];
  const flashcards = await tx.flashcard.findMany({ where: { id: { in: [...wanted.keys()] }, retiredAt: null }, select: { id: true, sectionId: true, position: true } });
  const rows = flashcards.map((f) => { const id = cardIdFor(userId, f.id); return unseenCardRow(userId, f, introducedAt(id)); });
  if (rows.length === 0) return [];
  // Rows written before ids were derived keep their ids; the queue shows them, never a derived id for their flashcard.
  await tx.card.createMany({ data: rows.map((row) => ({ userId, ...row })) });
  return rows;
}


// Creates new cards; one the learner already holds (another tab introduced it first) is skipped.
export async function createCards(userId: string, cards: readonly NewCard[]): Promise<void> {
  if (cards.length === 0) return;
  const rows = cards.map((c) => ({
    userId,
    ...unseenCardRow(userId, { id: c.flashcardId, sectionId: c.sectionId, position: c.position }, c.introducedAt),
    due: c.due,
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

// The learner's suspended cards with their flashcard, for the settings page.
export async function listSuspendedCards(userId: string) {
  return db.card.findMany({
    where: { userId, suspended: true },
    orderBy: { position: "asc" },
    select: { id: true, flashcardId: true, sectionId: true, leech: true, lapses: true, version: true },
  });
}

// The learner's cards in these sections, as the quiz feed weighs them.
export async function listSectionCards(userId: string, sectionIds: readonly string[]) {
  return db.card.findMany({
    where: { userId, sectionId: { in: [...sectionIds] } },
    select: { id: true, flashcardId: true, state: true, suspended: true, quizRequestedAt: true },
  });
}

// How many cards quiz mistakes brought in since `since` (feeding stamps introducedAt = now).
export async function countQuizCardsSince(userId: string, since: Date): Promise<number> {
  return db.card.count({ where: { userId, quizRequestedAt: { not: null }, introducedAt: { gte: since } } });
}

// Feeds quiz mistakes in one transaction: waiting new cards are marked as asked for (introducedAt =
// now, which counts them against today's quiz cap) and each handled mistake is marked fed with its
// answer time. Review cards are not touched: their due dates stay FSRS's. The version is not
// bumped: nothing here changes what grading a card would do.
export async function saveQuizFeed(
  userId: string,
  feed: { request: { cardId: string; requestedAt: Date }[]; fed: { questionId: string; answeredAt: Date }[] },
  now: Date,
): Promise<void> {
  if (feed.request.length === 0 && feed.fed.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const r of feed.request) {
      await tx.card.updateMany({ where: { userId, id: r.cardId, state: "new", quizRequestedAt: null }, data: { quizRequestedAt: r.requestedAt, introducedAt: now } });
    }
    for (const m of feed.fed) {
      // Only the answer that was fed: a newer wrong answer given meanwhile stays pending.
      await tx.questionResult.updateMany({ where: { userId, questionId: m.questionId, answeredAt: m.answeredAt }, data: { reviewFedAt: m.answeredAt } });
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

// `flashcard`: the authored card, parsed here; null when its stored JSON no longer parses.
export type FlashcardContent = { id: string; sectionId: string; sectionTitle: string; flashcard: Flashcard | null; note: { text: string; source: string } | null };

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
    cards.map((c) => [c.id, { id: c.id, sectionId: c.sectionId, sectionTitle: titleById.get(c.sectionId) ?? c.sectionId, flashcard: readJson(flashcardSchema, c.data), note: c.noteId ? (noteById.get(c.noteId) ?? null) : null }]),
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

// The learner's wrong answers not yet fed to review (latest answer per question), with the
// question's quote; a question without a section (an instructor's own) cannot point to flashcards.
// Only mistakes the learner may see count: one still under an exam's or an assignment's wraps feeds
// nothing, or the queue would tell it.
export async function listPendingMistakes(userId: string, now = new Date()) {
  const rows = await db.questionResult.findMany({
    where: {
      userId,
      correct: false,
      sectionId: { not: null },
      AND: [visibleResults(now), { OR: [{ reviewFedAt: null }, { reviewFedAt: { lt: db.questionResult.fields.answeredAt } }] }],
    },
    select: { questionId: true, sectionId: true, answeredAt: true },
  });
  if (rows.length === 0) return [];
  const questions = await db.question.findMany({ where: { id: { in: rows.map((r) => r.questionId) } }, select: { id: true, data: true } });
  const quoteOf = new Map(questions.map((q) => [q.id, quoteIn(q.data)]));
  return rows.flatMap((r) => (r.sectionId ? [{ questionId: r.questionId, sectionId: r.sectionId, answeredAt: r.answeredAt, quote: quoteOf.get(r.questionId) ?? null }] : []));
}

// The `quote` of authored JSON (a question or a flashcard), or null when absent or unreadable.
export function quoteIn(data: string): string | null {
  return readJson(z.object({ quote: z.string().min(1) }), data)?.quote ?? null;
}

// The sections' text and live flashcards with their quotes: what the quiz feed matches mistakes to.
export async function listTeachingMaterial(sectionIds: readonly string[]) {
  const [sections, flashcards] = await Promise.all([
    db.section.findMany({ where: { id: { in: [...sectionIds] } }, select: { id: true, body: true } }),
    db.flashcard.findMany({ where: { retiredAt: null, sectionId: { in: [...sectionIds] } }, select: { id: true, sectionId: true, position: true, data: true } }),
  ]);
  return {
    bodies: new Map(sections.map((s) => [s.id, s.body])),
    flashcards: flashcards.map((f) => ({ id: f.id, sectionId: f.sectionId, position: f.position, quote: quoteIn(f.data) ?? "" })),
  };
}
