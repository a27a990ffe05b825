import { memoryFromJson } from "@/lib/domain/review/outbox";
import type { QueueView } from "@/lib/server/review/queue";
import type { ReviewCardView } from "@/lib/server/review/views";

// The queue as it reaches the browser: JSON, so dates are ISO strings.

export type ReviewItem = ReviewCardView;
export type QueueJson = Omit<QueueView, "nextLearningDue" | "dayEndsAt"> & { nextLearningDue: string | null; dayEndsAt: string };

// The queue made JSON-shaped (the page hands it to the client like the API does).
export function toQueueJson(queue: QueueView): QueueJson {
  return { ...queue, nextLearningDue: queue.nextLearningDue?.toISOString() ?? null, dayEndsAt: queue.dayEndsAt.toISOString() };
}

// An item as received (from the page or the JSON API): its memory and target dates made Dates again,
// so the browser can grade the card.
export function reviveItem(item: ReviewItem): ReviewItem {
  return { ...item, memory: memoryFromJson(item.memory), targets: item.targets.map((t) => ({ ...t, date: new Date(t.date) })) };
}

// Performance marks of the reviewer: a grade accepted, and the card shown after it (the e2e bench
// bench/review-latency.bench.ts measures the time between them).
export const GRADED_MARK = "review:graded";
export const CARD_SHOWN_MARK = "review:card-shown";
