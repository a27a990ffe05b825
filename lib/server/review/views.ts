import "server-only";
import { cardFaces, type CardFaces } from "@/lib/domain/review/card-view";
import type { CardStateName } from "@/lib/domain/review/card-state";
import type { QueueKind } from "@/lib/domain/review/queue";
import type { CardMemory } from "@/lib/domain/review/outbox";
import { becameLeech } from "@/lib/domain/review/result";
import { previewShaped, type Workload } from "@/lib/domain/review/shaping";
import type { TargetDate } from "@/lib/domain/review/targets";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { sourceLink } from "@/lib/domain/quiz/links";
import { cardSnapshotSchema } from "@/lib/schemas/review";
import { toCardState, toSnapshot, stateName, type CardRow, type FlashcardContent } from "@/lib/server/data/cards";
import type { LogRow } from "@/lib/server/data/review-logs";
import { readJson } from "@/lib/server/data/json-column";

// The shapes the review page and the JSON API receive. The back of a card travels with its front:
// flashcards are graded by the learner, so there is no key to protect, and the answer appears at
// once on "Show answer" instead of after a round trip.

export type IntervalLabels = { "1": string; "2": string; "3": string; "4": string };

export type ReviewCardView = {
  cardId: string;
  // Send it back as expectedVersion: a card changed since (another tab) is refused, not graded twice.
  version: number;
  kind: QueueKind;
  state: CardStateName;
  sectionId: string;
  sectionTitle: string;
  faces: CardFaces;
  quote: string;
  sourceHref: string;
  note: { text: string; source: string } | null;
  leech: boolean;
  // What each grade would give, e.g. { "1": "1m", "3": "3d" } (ts-fsrs with fuzz, at request time).
  intervals: IntervalLabels;
  // The card's memory and the study-target dates it is held to: the browser grades it with these
  // (lib/domain/review/outbox.ts) as the server will, so the next card appears without a round trip.
  memory: CardMemory;
  targets: TargetDate[];
};

// The card as the reviewer shows it; null when its authored data no longer parses (left out).
// `targets`: the dates the card is held to (study for a date), so its buttons show the capped intervals;
// `workload`: load balancing and easy days with the due counts, so they show the balanced ones.
export function toCardView(row: CardRow, kind: QueueKind, content: FlashcardContent, settings: ReviewSettings, now: Date, targets: readonly TargetDate[] = [], workload: Workload | null = null): ReviewCardView | null {
  const authored = content.flashcard;
  if (!authored) return null;
  const preview = previewShaped(settings, toCardState(row), now, row.id, targets, workload);
  return {
    cardId: row.id,
    version: row.version,
    kind,
    state: stateName(row.state),
    sectionId: content.sectionId,
    sectionTitle: content.sectionTitle,
    faces: cardFaces(authored),
    quote: authored.quote,
    sourceHref: sourceLink(content.sectionId, authored.quote),
    note: content.note,
    leech: row.leech,
    intervals: { "1": preview[1].label, "2": preview[2].label, "3": preview[3].label, "4": preview[4].label },
    memory: { cardId: row.id, version: row.version, ...toSnapshot(row) },
    targets: targets.map((t) => ({ date: t.date, targetRecall: t.targetRecall })),
  };
}

export type ReviewResultView = {
  reviewId: string;
  cardId: string;
  rating: number;
  reviewedAt: Date;
  state: CardStateName;
  scheduledDays: number;
  version: number;
  // The card reached the leech threshold (8, 12, 16, ... lapses by default): it was tagged as a leech.
  leech: boolean;
  // The leech was also suspended (the learner's leech action).
  leechSuspended: boolean;
};

// A stored review as the API returns it: built from the log alone, so a repeated request gets
// exactly the first answer.
export function toReviewResult(log: LogRow, leech: Pick<ReviewSettings, "leechThreshold" | "leechAction">): ReviewResultView {
  const before = readJson(cardSnapshotSchema, log.cardBefore);
  const stateBefore = stateName(log.stateBefore);
  const isLeech = before ? becameLeech({ stateBefore, rating: log.rating, lapsesBefore: before.lapses }, leech.leechThreshold) : false;
  return {
    reviewId: log.reviewId,
    cardId: log.cardId,
    rating: log.rating,
    reviewedAt: log.reviewedAt,
    state: stateName(log.stateAfter),
    scheduledDays: log.scheduledDays,
    version: log.versionAfter,
    leech: isLeech,
    leechSuspended: isLeech && leech.leechAction === "suspend",
  };
}
