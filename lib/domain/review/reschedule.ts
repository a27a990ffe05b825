import { fsrs } from "ts-fsrs";
import { newCardState, type CardState } from "./card-state";
import { applyReview, RATINGS, studyDaysAfter, type ReviewRating } from "./schedule";
import type { ReviewSettings } from "./settings";

// Anki's "Reschedule cards on change": when the learner applies new FSRS parameters or a new desired
// retention, each review card's memory state is recomputed from its own review history with the new
// parameters, and its interval is recomputed for the new retention, counted from its last review
// (so an overdue card stays overdue). Learning cards keep their steps. The new interval is not
// fuzzed, so the result depends only on the history and the settings.

export type HistoryEntry = { rating: number; reviewedAt: Date; stateBefore: string };

type RescheduleSettings = Pick<
  ReviewSettings,
  "desiredRetention" | "learningSteps" | "relearningSteps" | "weights" | "timeZone" | "dayStartsAtHour" | "leechThreshold" | "maximumInterval"
>;

// The memory state the card's history gives under these settings; null when the history does not
// start from the card's first review (it cannot be replayed).
export function replayMemory(settings: RescheduleSettings, history: readonly HistoryEntry[], cardId: string): CardState | null {
  const ordered = [...history].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  let start = -1;
  for (let i = ordered.length - 1; i >= 0; i--) {
    if (ordered[i]?.stateBefore === "new") {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  let card = newCardState(ordered[start]!.reviewedAt);
  for (const entry of ordered.slice(start)) {
    if (!RATINGS.includes(entry.rating as ReviewRating)) return null;
    card = applyReview(settings, card, entry.rating as ReviewRating, entry.reviewedAt, 0, cardId).card;
  }
  return card;
}

// The card after rescheduling, or null when it is not a review card or nothing would change.
export function rescheduleCard(settings: RescheduleSettings, card: CardState, history: readonly HistoryEntry[], cardId: string): CardState | null {
  if (card.state !== "review" || !card.lastReview) return null;
  const replayed = replayMemory(settings, history, cardId);
  // The replay stands only if it reaches the same last review in the review state.
  const memory =
    replayed && replayed.state === "review" && replayed.lastReview?.getTime() === card.lastReview.getTime()
      ? { stability: replayed.stability, difficulty: replayed.difficulty }
      : { stability: card.stability, difficulty: card.difficulty };
  const scheduler = fsrs({ request_retention: settings.desiredRetention, maximum_interval: settings.maximumInterval, enable_fuzz: false, ...(settings.weights ? { w: settings.weights } : {}) });
  const days = Math.max(1, scheduler.next_interval(memory.stability, 0));
  const due = studyDaysAfter(card.lastReview, days, settings);
  if (due.getTime() === card.due.getTime() && memory.stability === card.stability && memory.difficulty === card.difficulty) return null;
  return { ...card, ...memory, scheduledDays: days, due };
}
