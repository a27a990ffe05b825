import "server-only";
import type { CardMemory } from "@/lib/domain/review/outbox";
import type { ReviewBatchRequest } from "@/lib/schemas/review";
import { toSnapshot, type CardRow } from "@/lib/server/data/cards";
import { saveReviews } from "@/lib/server/data/review-batch";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { submitOutcome, type SubmitOutcome } from "./review";
import type { ReviewResultView } from "./views";
import { feedFirst } from "./feed";
import { datesFor } from "./target-queue";
import { listActiveTargets } from "./targets";
import { workloadOf } from "./workload";

// A batch of reviews from the offline outbox: saved with the same function as a single review, each
// at the time it was made, and answered with the cards as the server now holds them, which the
// client adopts (another device's reviews may have been merged in).

export type BatchItemOutcome = { reviewId: string; cardId: string } & (
  | { status: "saved" | "replayed"; review: ReviewResultView }
  | { status: "stale" | "suspended" | "retired" | "reused-id"; message: string }
);

// not-found: a named card is not the learner's, and nothing was saved.
export type BatchOutcome = { status: "saved"; results: BatchItemOutcome[]; cards: CardMemory[] } | { status: "not-found" };

// The learner's card as the client keeps it: all the browser needs to schedule it as the server would.
export function toCardMemory(row: CardRow): CardMemory {
  return { cardId: row.id, version: row.version, ...toSnapshot(row) };
}

function itemOutcome(reviewId: string, cardId: string, outcome: Exclude<SubmitOutcome, { status: "not-found" }>): BatchItemOutcome {
  return { reviewId, cardId, ...outcome };
}

// Saves a batch in one transaction. A review "made" after `now` (a client clock ahead) counts as made now.
export async function submitReviewBatch(userId: string, input: ReviewBatchRequest, now: Date): Promise<BatchOutcome> {
  const { settings } = await getReviewSettings(userId);
  const reviews = input.reviews.map((r) => ({ ...r, reviewedAt: r.reviewedAt > now ? new Date(now) : r.reviewedAt }));
  // Study targets cap the intervals here as on the single-review path.
  const targets = await listActiveTargets(userId, settings, now);
  const saved = await saveReviews(userId, reviews, settings, now, (flashcardId) => datesFor(targets, flashcardId), workloadOf(settings), feedFirst(userId, settings, now));
  const outcomes = saved.results.map((result) => submitOutcome(result, settings));
  const results: BatchItemOutcome[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === "not-found") return { status: "not-found" };
    results.push(itemOutcome(reviews[i]!.reviewId, reviews[i]!.cardId, outcome));
  }
  return { status: "saved", results, cards: [...saved.cards.values()].map(toCardMemory) };
}
