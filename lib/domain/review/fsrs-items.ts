import type { CardStateName } from "./card-state";

// Turns a learner's review logs into the training items of the FSRS optimizer (fsrs-rs, through
// @open-spaced-repetition/binding), the way Anki does: per card, the reviews in time order since the
// card was last new; each review after the first makes one item holding the whole history up to it.
// delta_t is counted in study days (the learner's day boundary), 0 for the first review and for
// same-day reviews (the short-term part of FSRS-6 learns from those). An item whose reviews are all
// on one day is left out: fsrs-rs requires a review with delta_t > 0 in every item and otherwise
// panics, which aborts the whole process (a Rust panic is not a JavaScript exception).

export type HistoryReview = { cardId: string; rating: number; reviewedAt: Date; stateBefore: CardStateName };
export type ItemReview = { rating: number; deltaT: number };

// Anki's "ignore cards reviewed before": every review of a card reviewed before `cutoff` is left
// out (a history cut in the middle would teach the optimizer wrong intervals); null keeps them all.
export function withoutCardsReviewedBefore<T extends Pick<HistoryReview, "cardId" | "reviewedAt">>(logs: readonly T[], cutoff: Date | null): T[] {
  if (!cutoff) return [...logs];
  const early = new Set(logs.filter((l) => l.reviewedAt.getTime() < cutoff.getTime()).map((l) => l.cardId));
  return logs.filter((l) => !early.has(l.cardId));
}

// Training items from logs in any order; `dayNumber` maps an instant to its study day's number.
export function buildFsrsItems(logs: readonly HistoryReview[], dayNumber: (instant: Date) => number): ItemReview[][] {
  return timedItems(logs, dayNumber).map((t) => t.item);
}

type TimedItem = { item: ItemReview[]; at: number };

// Items with the time of their last review.
function timedItems(logs: readonly HistoryReview[], dayNumber: (instant: Date) => number): TimedItem[] {
  const byCard = new Map<string, HistoryReview[]>();
  for (const log of logs) {
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  const items: TimedItem[] = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    // Only the history since the card was last new counts: an earlier run was reset (forgotten).
    let start = -1;
    for (let i = reviews.length - 1; i >= 0; i--) {
      if (reviews[i]?.stateBefore === "new") {
        start = i;
        break;
      }
    }
    // A card whose first review was lost (no "new" review kept) cannot be trained on from scratch.
    if (start < 0) continue;
    const history: ItemReview[] = [];
    let previousDay = 0;
    for (let i = start; i < reviews.length; i++) {
      const review = reviews[i];
      if (!review) continue;
      const day = dayNumber(review.reviewedAt);
      history.push({ rating: review.rating, deltaT: i === start ? 0 : Math.max(0, day - previousDay) });
      previousDay = day;
      if (history.length > 1 && history.some((h) => h.deltaT > 0)) items.push({ item: history.slice(), at: review.reviewedAt.getTime() });
    }
  }
  return items;
}

// The items log loss is measured on: those whose last review came on a later day than the one
// before. fsrs-rs's evaluate refuses a same-day current review (InvalidInput); these long-term
// predictions are what desired retention is about.
export function evaluationItems(items: readonly ItemReview[][]): ItemReview[][] {
  return items.filter((item) => (item[item.length - 1]?.deltaT ?? 0) > 0);
}

// A time-series split for honest evaluation: items whose last review falls in the latest
// `heldOutShare` of the reviews (by time) are held out; the rest train. A training item never
// contains a held-out review, so parameters fitted on `train` are judged on reviews they never saw.
export function splitFsrsItemsByTime(
  logs: readonly HistoryReview[],
  dayNumber: (instant: Date) => number,
  heldOutShare = 0.2,
): { train: ItemReview[][]; heldOut: ItemReview[][]; cutoff: Date | null } {
  const times = logs.map((l) => l.reviewedAt.getTime()).sort((a, b) => a - b);
  if (times.length === 0) return { train: [], heldOut: [], cutoff: null };
  const cutoff = times[Math.min(times.length - 1, Math.floor(times.length * (1 - heldOutShare)))]!;
  const all = timedItems(logs, dayNumber);
  return {
    train: all.filter((t) => t.at < cutoff).map((t) => t.item),
    heldOut: evaluationItems(all.filter((t) => t.at >= cutoff).map((t) => t.item)),
    cutoff: new Date(cutoff),
  };
}
