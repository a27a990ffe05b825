import type { CardSnapshot, ManualAction, ScheduleParams } from "@/lib/schemas/review";
import { applyManual, cloneSnapshot, gradeCard, isGradeKind } from "./history";
import { rescheduleCard, type HistoryEntry } from "./reschedule";
import { RATINGS, type ReviewRating } from "./schedule";

// Rebuilds a card from its log: starting from the card as it was before its first entry, each
// entry is applied again with the settings that were in force (grades through FSRS, reschedules
// from the grades before them, manual operations as recorded). The app changes cards only through
// the same functions, so the result is the stored card exactly; a property test holds it to that.

export type ReplayEntry = {
  kind: string;
  rating: number;
  reviewedAt: Date;
  durationMs: number;
  // The settings in force; null on entries written before they were stored (not replayable).
  params: ScheduleParams | null;
  // The operation of a "manual" entry.
  action: ManualAction | null;
};

export type ReplayResult = { ok: true; card: CardSnapshot } | { ok: false; reason: string; at: number };
export type ReplayStepsResult = { ok: true; cards: CardSnapshot[] } | { ok: false; reason: string; at: number };

// Applies `entries` (in the order they happened) to `start`; the card's id seeds FSRS's fuzz.
export function replayCard(start: CardSnapshot, entries: readonly ReplayEntry[], cardId: string): ReplayResult {
  const steps = replaySteps(start, entries, cardId);
  if (!steps.ok) return steps;
  return { ok: true, card: steps.cards.at(-1) ?? cloneSnapshot(start) };
}

// The same replay, keeping the card after each entry (a merge rewrites the entries after a late review).
export function replaySteps(start: CardSnapshot, entries: readonly ReplayEntry[], cardId: string): ReplayStepsResult {
  let card = cloneSnapshot(start);
  const cards: CardSnapshot[] = [];
  const grades: HistoryEntry[] = [];
  for (const [at, entry] of entries.entries()) {
    if (!entry.params) return { ok: false, reason: "entry without its settings", at };
    if (isGradeKind(entry.kind)) {
      if (!RATINGS.includes(entry.rating as ReviewRating)) return { ok: false, reason: `rating ${entry.rating}`, at };
      grades.push({ rating: entry.rating, reviewedAt: entry.reviewedAt, stateBefore: card.state });
      card = gradeCard(entry.params, card, entry.rating as ReviewRating, entry.reviewedAt, entry.durationMs, cardId).card;
    } else if (entry.kind === "rescheduled") {
      const moved = rescheduleCard(entry.params, card, grades, cardId);
      if (moved) card = { ...card, ...moved };
    } else if (entry.kind === "manual") {
      if (!entry.action) return { ok: false, reason: "manual entry without its operation", at };
      card = applyManual(entry.params, card, entry.action, entry.reviewedAt);
    } else {
      return { ok: false, reason: `unknown kind "${entry.kind}"`, at };
    }
    cards.push(card);
  }
  return { ok: true, cards };
}
