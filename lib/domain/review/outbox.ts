import type { CardSnapshot, ScheduleParams } from "@/lib/schemas/review";
import type { ReviewRating } from "./schedule";
import { gradeShaped, type Workload } from "./shaping";
import type { TargetDate } from "./targets";

// The browser's side of offline review, pure so it is tested here and runs the same in the page:
// a card is graded locally with the scheduling code the server uses (the fuzz is seeded by card and
// review count, so the server replaying the review gets the same card), the review waits in an
// outbox until a batch is acknowledged, and an unsynced review can be taken back.

// A card as the client holds it (the batch endpoint answers with these).
export type CardMemory = CardSnapshot & { cardId: string; version: number };

// Dates as JSON carries them (ISO strings) or as they are.
type Jsonish<T> = { [K in keyof T]: T[K] extends Date ? Date | string : T[K] extends Date | null ? Date | string | null : T[K] };
const toDate = (d: Date | string) => new Date(d);

// A card's memory as the server sent it (the queue, the batch endpoint), with its dates as Dates.
export function memoryFromJson(card: Jsonish<CardMemory>): CardMemory {
  return { ...card, due: toDate(card.due), lastReview: card.lastReview === null ? null : toDate(card.lastReview), buriedUntil: card.buriedUntil === null ? null : toDate(card.buriedUntil) };
}

// A review waiting to be sent; `before` is the card as it was, for undo. `expectedVersion`: the review
// was made online on the card as the server held it, so a review of that version in another tab
// refuses it (stale) instead of both being kept; offline reviews carry none and are merged.
export type OutboxEntry = { reviewId: string; cardId: string; rating: ReviewRating; durationMs: number; reviewedAt: Date; before: CardMemory; expectedVersion?: number };

// How the server answered one review of a batch.
export type SyncResult = { reviewId: string; status: string };

// The statuses after which a review never needs sending again: saved (now or before), or refused
// for good (the card is suspended or retired, or the id was used for another card).
const SETTLED = new Set(["saved", "replayed", "suspended", "retired", "reused-id"]);

// Grades a card locally at `now`: the card after the review and the outbox entry to keep. `targets`
// are the card's study-target dates, which cap its interval on the server too; `workload` the
// learner's load balancing and easy days with the due counts the queue carried.
export function gradeLocally(
  params: ScheduleParams,
  card: CardMemory,
  rating: ReviewRating,
  now: Date,
  durationMs: number,
  reviewId: string,
  targets: readonly TargetDate[] = [],
  workload: Workload | null = null,
): { card: CardMemory; entry: OutboxEntry; isLeech: boolean } {
  const { card: after, isLeech } = gradeShaped(params, card, rating, now, durationMs, card.cardId, targets, workload);
  return {
    isLeech,
    card: { ...after, cardId: card.cardId, version: card.version + 1 },
    entry: { reviewId, cardId: card.cardId, rating, durationMs, reviewedAt: new Date(now), before: card },
  };
}

// The oldest reviews first, at most `limit` (the endpoint takes 100).
export function nextBatch(outbox: readonly OutboxEntry[], limit = 100): OutboxEntry[] {
  return [...outbox].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime()).slice(0, limit);
}

// The outbox after the server answered a batch: settled reviews leave it, the rest stay for a retry.
// A stale refusal is final for a review that named its card version (it would be refused again).
export function settle(outbox: readonly OutboxEntry[], results: readonly SyncResult[]): OutboxEntry[] {
  const status = new Map(results.map((r) => [r.reviewId, r.status]));
  return outbox.filter((e) => {
    const s = status.get(e.reviewId);
    return s === undefined || !(SETTLED.has(s) || (s === "stale" && e.expectedVersion !== undefined));
  });
}

// Takes back the latest unsynced review: the outbox without it and the card to show again; null
// when nothing waits (undo of a synced review goes to the server).
export function undoUnsynced(outbox: readonly OutboxEntry[]): { outbox: OutboxEntry[]; card: CardMemory } | null {
  const last = [...outbox].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime()).at(-1);
  if (!last) return null;
  return { outbox: outbox.filter((e) => e !== last), card: last.before };
}

// The cards to keep after a sync: the server's cards win, then the reviews still waiting are
// applied again on top of them, so the page shows what the server will hold once they arrive.
export function adoptServerCards(params: ScheduleParams, local: ReadonlyMap<string, CardMemory>, server: readonly CardMemory[], waiting: readonly OutboxEntry[]): Map<string, CardMemory> {
  const cards = new Map(local);
  for (const card of server) cards.set(card.cardId, card);
  for (const entry of nextBatch(waiting, Number.POSITIVE_INFINITY)) {
    const card = server.find((c) => c.cardId === entry.cardId) ? cards.get(entry.cardId) : undefined;
    if (card) cards.set(entry.cardId, gradeLocally(params, card, entry.rating, entry.reviewedAt, entry.durationMs, entry.reviewId).card);
  }
  return cards;
}

// What the page says about reviews not yet on the server.
export function syncStatusText(waiting: number, online: boolean): string | null {
  if (waiting === 0) return online ? null : "Offline: all reviews synced";
  const reviews = waiting === 1 ? "1 review" : `${waiting} reviews`;
  return online ? `Syncing ${reviews}…` : `Offline: ${reviews} waiting to sync`;
}
