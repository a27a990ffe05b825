import "server-only";
import { queueKindOf } from "@/lib/domain/review/result";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import type { ReviewRequest } from "@/lib/schemas/review";
import { getFlashcardContent, stateName } from "@/lib/server/data/cards";
import { getDueCounts } from "@/lib/server/data/due-counts";
import { saveReviews, type SavedReview } from "@/lib/server/data/review-batch";
import { undoLatestReview } from "@/lib/server/data/review-logs";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { feedFirst } from "./feed";
import { datesFor } from "./target-queue";
import { listActiveTargets } from "./targets";
import { workloadOf } from "./workload";
import { toCardView, toReviewResult, type ReviewCardView, type ReviewResultView } from "./views";

// Grading a card and undoing the last grade, shared by the review page and the JSON API.

export const STALE_MESSAGE = "This card was already reviewed in another tab (or changed since you opened it). It has been reloaded.";
export const SUSPENDED_MESSAGE = "This card is suspended. Unsuspend it in Settings to review it again.";
export const RETIRED_MESSAGE = "This flashcard was removed from the course material, so it takes no more reviews.";
export const REUSED_ID_MESSAGE = "This reviewId was already used for another card: send a new reviewId for each review.";
const REFUSALS = { stale: STALE_MESSAGE, suspended: SUSPENDED_MESSAGE, retired: RETIRED_MESSAGE } as const;

export type SubmitOutcome =
  | { status: "saved" | "replayed"; review: ReviewResultView }
  | { status: "not-found" }
  | { status: "stale" | "suspended" | "retired" | "reused-id"; message: string };

// Grades one of the learner's cards now (the domain decides inside the write's transaction). A card
// of a study target gets an interval that keeps it remembered on the target's date.
export async function submitReview(userId: string, input: ReviewRequest, now: Date): Promise<SubmitOutcome> {
  const { settings } = await getReviewSettings(userId);
  const targets = await listActiveTargets(userId, settings, now);
  const { results } = await saveReviews(userId, [{ ...input, reviewedAt: now }], settings, now, (flashcardId) => datesFor(targets, flashcardId), workloadOf(settings), feedFirst(userId, settings, now));
  return submitOutcome(results[0]!, settings);
}

// What a saved (or refused) review tells the client.
export function submitOutcome(result: SavedReview, settings: ReviewSettings): SubmitOutcome {
  switch (result.status) {
    case "not-found":
      return result;
    case "reused-id":
      return { status: "reused-id", message: REUSED_ID_MESSAGE };
    case "refused":
      return { status: result.reason, message: REFUSALS[result.reason] };
    default:
      return { status: result.status, review: toReviewResult(result.log, settings) };
  }
}

export type UndoOutcome =
  | { status: "undone"; reviewId: string; cardId: string; item: ReviewCardView | null }
  | { status: "nothing" | "not-latest" | "changed"; message: string };

// Undoes the learner's most recent review (only if it is `reviewId`, when given), returning the
// restored card so the reviewer can show it again at once.
export async function undoReview(userId: string, reviewId: string | undefined, now: Date): Promise<UndoOutcome> {
  const result = await undoLatestReview(userId, reviewId);
  switch (result.status) {
    case "nothing":
      return { status: "nothing", message: "There is no review to undo." };
    case "not-latest":
      return { status: "not-latest", message: "Only your most recent review can be undone." };
    case "changed":
      return { status: "changed", message: "That card changed after the review, so the review can no longer be undone." };
  }
  const [{ settings }, contents] = await Promise.all([getReviewSettings(userId), getFlashcardContent([result.card.flashcardId])]);
  const content = contents.get(result.card.flashcardId);
  const targets = content ? await listActiveTargets(userId, settings, now) : [];
  const workload = content ? { ...workloadOf(settings), dueCounts: await getDueCounts(userId, settings, now) } : null;
  const item = content ? toCardView(result.card, queueKindOf(stateName(result.card.state)), content, settings, now, datesFor(targets, result.card.flashcardId), workload) : null;
  return { status: "undone", reviewId: result.log.reviewId, cardId: result.card.id, item };
}
