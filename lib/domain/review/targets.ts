import { default_w, FSRSAlgorithm, forgetting_curve, generatorParameters, Rating } from "ts-fsrs";
import type { CardState, CardStateName } from "./card-state";
import { gradeCard, type GradeArgs, type GradeOutcome, type ScheduleParams } from "./history";
import { rescheduleCard, type HistoryEntry } from "./reschedule";
import { applyReview, previewIntervals, RATINGS, type IntervalPreview, type ReviewRating } from "./schedule";
import type { ReviewSettings } from "./settings";
import { studyDayNumber } from "./study-day";

// Study for a date: a target is some material (cards) to remember on a date at a target recall.
// Everything here is measured with FSRS's own forgetting curve R(t, S) from the learner's weights,
// and counts the learner's study days (the same clock as scheduling and the queue).
//
// Choices:
// - Readiness is the mean predicted recall on the date of every card of the material, each taken
//   from its current memory with no further review (what the learner would recall if they stopped
//   now). A card never studied counts 0, on the date as today: pacing plans it, but an unlearnt card
//   is not memory yet, so the figure never promises what has not been done.
// - Recall "on the date" is recall when the date's study day starts.
// - A target whose date has come (today or earlier) caps nothing: the cards return to the ordinary
//   schedule at once.

type Clock = Pick<ReviewSettings, "timeZone" | "dayStartsAtHour">;
type Weights = ReviewSettings["weights"];

// A learner's card as the target rules see it.
export type TargetCard = { state: CardStateName; stability: number; difficulty: number; lastReview: Date | null };

// Study days from `now`'s to `date`'s (0: the date is today; negative: it has passed).
export function studyDaysUntil(date: Date, now: Date, clock: Clock): number {
  return studyDayNumber(date, clock.timeZone, clock.dayStartsAtHour) - studyDayNumber(now, clock.timeZone, clock.dayStartsAtHour);
}

// Predicted recall of one card at the start of `at`'s study day (0 for a card never studied).
export function recallAt(card: TargetCard, at: Date, weights: Weights, clock: Clock): number {
  if (card.state === "new" || !card.lastReview || !(card.stability > 0)) return 0;
  const elapsed = Math.max(0, studyDaysUntil(at, card.lastReview, clock));
  return forgetting_curve(weights ?? default_w, elapsed, card.stability);
}

export type Readiness = {
  // Mean predicted recall of the material on the date, and today (0..1).
  onDate: number;
  today: number;
  // Cards in the material, and how many of them were never studied.
  total: number;
  unseen: number;
};

// Readiness of a target: `cards` are the learner's cards of the material; `materialSize` counts the
// material's flashcards, so those the learner has no card for yet count as unseen (recall 0).
export function readiness(cards: readonly TargetCard[], materialSize: number, date: Date, now: Date, weights: Weights, clock: Clock): Readiness {
  const total = Math.max(materialSize, cards.length);
  if (total === 0) return { onDate: 1, today: 1, total: 0, unseen: 0 };
  let onDate = 0;
  let today = 0;
  let studied = 0;
  // After the date, "on the date" is read at the date itself: the figure stays what it was.
  for (const card of cards) {
    onDate += recallAt(card, date, weights, clock);
    today += recallAt(card, now, weights, clock);
    if (card.state !== "new") studied++;
  }
  return { onDate: onDate / total, today: today / total, total, unseen: total - studied };
}

// The longest interval (study days) a target card may be given when reviewed at `now` with memory
// `after` (its state once graded), so that it is recalled on the date at `targetRecall` or better;
// null when no cap applies. When the memory alone would hold until the date, no cap; otherwise the
// next review falls on the date's eve at the latest (the review nearest the date leaves the highest
// recall on it, and costs one review per card). From the date on, no cap: the ordinary schedule.
export function targetIntervalCap(
  after: Pick<TargetCard, "stability">,
  target: { date: Date; targetRecall: number },
  now: Date,
  weights: Weights,
  clock: Clock,
): number | null {
  const days = studyDaysUntil(target.date, now, clock);
  // A review today is already the eve's (or the date's own): no shorter interval than 1 day exists.
  if (days <= 1 || !(after.stability > 0)) return null;
  if (forgetting_curve(weights ?? default_w, days, after.stability) >= target.targetRecall) return null;
  return days - 1;
}

// The cap of a card under several targets: the tightest one (null: none).
export function tightestCap(caps: readonly (number | null)[]): number | null {
  const numbers = caps.filter((c): c is number => c !== null);
  return numbers.length === 0 ? null : Math.min(...numbers);
}

// Predicted recall `daysFromReviewToDate` study days after a Good review given `elapsedDays` after
// the last one (FSRS's next state under Good): what a review on the eve leaves for the date.
export function recallAfterGoodReview(card: Pick<TargetCard, "stability" | "difficulty">, elapsedDays: number, daysFromReviewToDate: number, weights: Weights): number {
  const algorithm = new FSRSAlgorithm(generatorParameters(weights ? { w: weights } : {}));
  const next = algorithm.next_state({ stability: card.stability, difficulty: card.difficulty }, elapsedDays, Rating.Good);
  return forgetting_curve(weights ?? default_w, daysFromReviewToDate, next.stability);
}

// "Review ahead" for a target: its cards predicted below the target recall on the date (never
// studied ones count 0), lowest first (ties by id, so the order is stable). A card answered in the
// session rises, and leaves it once its recall on the date reaches the target.
export function reviewAheadOrder<T extends TargetCard & { id: string }>(cards: readonly T[], target: TargetDate, weights: Weights, clock: Clock): T[] {
  const recall = new Map(cards.map((c) => [c.id, recallAt(c, target.date, weights, clock)]));
  return cards
    .filter((c) => recall.get(c.id)! < target.targetRecall)
    .sort((a, b) => recall.get(a.id)! - recall.get(b.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type TargetDate = { date: Date; targetRecall: number };

// The interval cap for a card whose memory after grading is `after`, under all its targets.
export function capUnder(after: Pick<TargetCard, "stability">, targets: readonly TargetDate[], now: Date, params: ScheduleParams): number | null {
  return tightestCap(targets.map((t) => targetIntervalCap(after, t, now, params.weights, params)));
}

// Grades a card of one or more targets: the ordinary grade, then, when its interval would leave
// recall on a date below the target, the same grade with the maximum interval lowered to the cap.
// The settings used are returned so the log stores them and a replay rebuilds the card exactly.
export function gradeTowardTargets(...[params, before, rating, now, durationMs, cardId, targets]: [...GradeArgs, targets: readonly TargetDate[]]): GradeOutcome & { params: ScheduleParams } {
  const plain = gradeCard(params, before, rating, now, durationMs, cardId);
  const cap = capUnder(plain.card, targets, now, params);
  if (cap === null || plain.card.state !== "review" || plain.card.scheduledDays <= cap) return { ...plain, params };
  const capped = { ...params, maximumInterval: cap };
  return { ...gradeCard(capped, before, rating, now, durationMs, cardId), params: capped };
}

// The answer buttons' outcomes under the same caps, so each label is what grading stores.
export function previewTowardTargets(params: ScheduleParams, card: CardState, now: Date, cardId: string, targets: readonly TargetDate[]): Record<ReviewRating, IntervalPreview> {
  const plain = previewIntervals(params, card, now, cardId);
  if (targets.length === 0) return plain;
  const out = { ...plain };
  for (const rating of RATINGS) {
    const after = applyReview(params, card, rating, now, 0, cardId).card;
    const cap = capUnder(after, targets, now, params);
    if (cap !== null && after.state === "review" && after.scheduledDays > cap) out[rating] = previewIntervals({ ...params, maximumInterval: cap }, card, now, cardId)[rating];
  }
  return out;
}

// "Reschedule cards on change" for a card of one or more targets: the new interval counts from the
// card's last review, so the cap does too. Returns the new card (null: nothing changes) and the
// maximum interval that rescheduled it when a cap lowered it (null otherwise), which its log entry
// stores so a replay rebuilds the card exactly.
export function rescheduleTowardTargets(
  settings: ScheduleParams,
  card: CardState,
  history: readonly HistoryEntry[],
  cardId: string,
  targets: readonly TargetDate[],
): { card: CardState; maximumInterval: number | null } | null {
  const plain = rescheduleCard(settings, card, history, cardId);
  const moved = plain ?? card;
  if (targets.length === 0 || moved.state !== "review" || !moved.lastReview) return plain && { card: plain, maximumInterval: null };
  const cap = capUnder(moved, targets, moved.lastReview, settings);
  if (cap === null || moved.scheduledDays <= cap) return plain && { card: plain, maximumInterval: null };
  const capped = rescheduleCard({ ...settings, maximumInterval: cap }, card, history, cardId);
  return capped && { card: capped, maximumInterval: cap };
}
