import type { CardStateName } from "./card-state";
import { isLeechLapse } from "./schedule";

// Facts about a stored review that the log's columns do not hold directly.

// Whether the review made the card a leech: Again on a card in the review state is a lapse (as in
// ts-fsrs and Anki), and isLeechLapse says which lapses make a leech (applyReview's rule).
export function becameLeech(review: { stateBefore: CardStateName; rating: number; lapsesBefore: number }, leechThreshold: number): boolean {
  return review.stateBefore === "review" && review.rating === 1 && isLeechLapse(review.lapsesBefore + 1, leechThreshold);
}

// The queue kind a card in this state is studied as.
export function queueKindOf(state: CardStateName): "new" | "learning" | "review" {
  return state === "new" ? "new" : state === "review" ? "review" : "learning";
}
