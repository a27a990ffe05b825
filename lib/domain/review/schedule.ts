import { fsrs, Rating, StrategyMode, type Card, type FSRS, type Grade } from "ts-fsrs";
import { cloneCardState, fromFsrsCard, toFsrsCard, type CardState, type CardStateName } from "./card-state";
import type { ReviewSettings } from "./settings";
import { studyDayNumber, studyDaysAhead } from "./study-day";

// Scheduling through ts-fsrs (FSRS-6). Pure: the caller passes `now` and persists the results.
//
// One clock: FSRS sees days as the learner's study days (local, starting at dayStartsAtHour, 4 a.m.
// by default, as Anki's "next day starts at"), the same days the optimizer's training items and the
// queue count. ts-fsrs counts elapsed days by UTC date, so the card handed to it carries a
// last_review exactly `study days elapsed` x 24 h before now, which makes its count ours; and a
// review interval of N days is placed on the study day N days after today (at the same offset into
// the day), where Anki puts it, rather than N x 24 h later (which a DST change can push a day off).
//
// Fuzz: enabled, as in Anki, so cards learnt together do not stay due together. It is seeded by the
// card's id and its review count (ts-fsrs's GenSeedStrategyWithCardId idea), not by the time: the
// label on a button is exactly what grading stores, however long the learner looks at the card,
// and a card regraded after an undo gets the same interval. Fuzz only touches intervals of 2.5
// days or more.

export type ReviewRating = 1 | 2 | 3 | 4;
export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

// Anki's leech rule: a lapse makes a leech at the threshold (default 8) and every half threshold
// after it (8, 12, 16, ...), so a leech left in review is flagged again. The caller tags the card,
// and suspends it when the learner chose that action (Anki's default is tag only).
export function isLeechLapse(lapses: number, threshold: number): boolean {
  if (threshold <= 0) return false;
  const half = Math.max(1, Math.ceil(threshold / 2));
  return lapses >= threshold && (lapses - threshold) % half === 0;
}

const GRADE: Record<ReviewRating, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

// `intervalDays`: a review interval chosen by load balancing or easy days (workload.ts), which
// replaces the fuzzed one when the grade leaves the card in review.
type SchedulerSettings = Pick<ReviewSettings, "desiredRetention" | "learningSteps" | "relearningSteps" | "weights" | "timeZone" | "dayStartsAtHour" | "leechThreshold" | "maximumInterval"> & { intervalDays?: number };

// Building a ts-fsrs scheduler (its parameter checks, the weights' migration) costs more than the
// grade it makes, and grading asks for the same few settings again and again (a batch, four times a
// grade): one is kept per settings and fuzz, up to a bound.
const schedulers = new Map<string, FSRS>();
const SCHEDULERS_CAP = 200;

// A ts-fsrs scheduler for these settings, seeded for this card. Only for immediate use: the kept
// scheduler is seeded again by the next call.
// Without fuzz it gives the intervals load balancing draws around.
function schedulerFor(settings: SchedulerSettings, cardId: string, fuzz = true): FSRS {
  const key = `${fuzz}|${settings.desiredRetention}|${settings.maximumInterval}|${settings.learningSteps.join(",")}|${settings.relearningSteps.join(",")}|${settings.weights?.join(",") ?? "default"}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: settings.desiredRetention,
      enable_fuzz: fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
      // Anki's maximum interval.
      maximum_interval: settings.maximumInterval,
      // Without weights ts-fsrs uses its FSRS-6 defaults; 17/19 weights are migrated to 21 by ts-fsrs.
      ...(settings.weights ? { w: settings.weights } : {}),
    });
    if (schedulers.size >= SCHEDULERS_CAP) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  // ts-fsrs calls this after counting the review, so each review of a card draws a different fuzz.
  return scheduler.useStrategy(StrategyMode.SEED, function seed() {
    return `${cardId}:${this.current.reps}`;
  });
}

export type IntervalPreview = {
  rating: ReviewRating;
  state: CardStateName;
  due: Date;
  intervalMs: number;
  label: string;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// A short label for an interval ("1m", "10m", "1h", "3d", "2mo", "1.5y"), as on Anki's answer buttons.
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`interval must be finite, got ${ms}`);
  // Each unit is tried on the rounded value so that 59.6 minutes reads "1h", not "60m".
  const minutes = Math.round(Math.max(0, ms) / MINUTE);
  if (minutes < 60) return `${Math.max(1, minutes)}m`;
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  const months = Math.round(days / 30);
  if (months < 12) return `${months}mo`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years < 10 ? years : Math.round(years)}y`;
}

type DayClock = Pick<ReviewSettings, "timeZone" | "dayStartsAtHour">;

// Study days from `last` to `now` (0 on the same study day; never negative).
export function studyDaysBetween(last: Date, now: Date, clock: DayClock): number {
  return Math.max(0, studyDayNumber(now, clock.timeZone, clock.dayStartsAtHour) - studyDayNumber(last, clock.timeZone, clock.dayStartsAtHour));
}

// The ts-fsrs card to schedule at `now`: its last_review moved so that ts-fsrs's UTC-date count of
// elapsed days equals the study days elapsed (ts-fsrs reads last_review for nothing else).
function cardForScheduler(card: CardState, now: Date, clock: DayClock): Card {
  const fsrsCard = toFsrsCard(card);
  if (card.state !== "new" && card.lastReview) fsrsCard.last_review = new Date(now.getTime() - studyDaysBetween(card.lastReview, now, clock) * DAY);
  return fsrsCard;
}

// The instant `days` study days after `from`'s, at the same offset into the day (clamped to that day).
export function studyDaysAfter(from: Date, days: number, clock: DayClock): Date {
  const { todayStart, start, end } = studyDaysAhead(from, days, clock.timeZone, clock.dayStartsAtHour);
  return new Date(Math.min(start + (from.getTime() - todayStart), end - 1));
}

// A result as stored: a review interval of N days is due N study days after today. The maximum
// interval binds every button, as in Anki (ts-fsrs keeps Easy a day above Good even past it).
function placedOnStudyDay(result: Card, now: Date, settings: DayClock & Pick<SchedulerSettings, "maximumInterval" | "intervalDays">): CardState {
  const next = fromFsrsCard(result);
  if (next.state !== "review" || next.scheduledDays < 1) return next;
  next.scheduledDays = Math.min(settings.intervalDays ?? Math.round(next.scheduledDays), settings.maximumInterval);
  next.due = studyDaysAfter(now, next.scheduledDays, settings);
  return next;
}

// The outcome of each grade, for the answer buttons; equal to what applyReview would store at `now`.
export function previewIntervals(settings: SchedulerSettings, card: CardState, now: Date, cardId: string): Record<ReviewRating, IntervalPreview> {
  const preview = schedulerFor(settings, cardId).repeat(cardForScheduler(card, now, settings), now);
  const entry = (rating: ReviewRating): IntervalPreview => {
    const next = placedOnStudyDay(preview[GRADE[rating]].card, now, settings);
    const intervalMs = next.due.getTime() - now.getTime();
    return { rating, state: next.state, due: new Date(next.due), intervalMs, label: formatInterval(intervalMs) };
  };
  return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

// Each grade's outcome before fuzz (state, interval in study days, elapsed study days): what load
// balancing draws around.
export function unfuzzedOutcomes(settings: SchedulerSettings, card: CardState, now: Date, cardId: string): Record<ReviewRating, { state: CardStateName; days: number; elapsedDays: number; stability: number }> {
  const preview = schedulerFor(settings, cardId, false).repeat(cardForScheduler(card, now, settings), now);
  const entry = (rating: ReviewRating) => {
    const next = placedOnStudyDay(preview[GRADE[rating]].card, now, { ...settings, intervalDays: undefined });
    return { state: next.state, days: next.scheduledDays, elapsedDays: next.elapsedDays, stability: next.stability };
  };
  return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

export type ReviewLogEntry = {
  rating: ReviewRating;
  reviewedAt: Date;
  durationMs: number;
  stateBefore: CardStateName;
  stateAfter: CardStateName;
  stabilityBefore: number;
  stabilityAfter: number;
  difficultyBefore: number;
  difficultyAfter: number;
  // Study days since the previous review (0 for a new card or a same-day review).
  elapsedDays: number;
  scheduledDays: number;
  dueAfter: Date;
  isLeech: boolean;
  // The whole card before the answer: ts-fsrs's rollback() cannot restore the old due date or
  // elapsed days exactly, so undo restores this snapshot instead.
  cardBefore: CardState;
};

export type ReviewOutcome = { card: CardState; log: ReviewLogEntry; isLeech: boolean };

function checkInputs(rating: number, now: Date, durationMs: number): void {
  if (!RATINGS.includes(rating as ReviewRating)) throw new RangeError(`rating must be 1-4, got ${rating}`);
  if (Number.isNaN(now.getTime())) throw new RangeError("now is an invalid Date");
  if (!Number.isInteger(durationMs) || durationMs < 0) throw new RangeError(`durationMs must be a non-negative integer, got ${durationMs}`);
}

// Answers a card: the new state, the log row to append, and whether the card just became a leech.
export function applyReview(
  settings: SchedulerSettings,
  card: CardState,
  rating: ReviewRating,
  now: Date,
  durationMs: number,
  cardId: string,
): ReviewOutcome {
  checkInputs(rating, now, durationMs);
  const before = cloneCardState(card);
  const result = schedulerFor(settings, cardId).next(cardForScheduler(card, now, settings), now, GRADE[rating]);
  const after = placedOnStudyDay(result.card, now, settings);
  const isLeech = after.lapses > before.lapses && isLeechLapse(after.lapses, settings.leechThreshold);
  const log: ReviewLogEntry = {
    rating,
    reviewedAt: new Date(now),
    durationMs,
    stateBefore: before.state,
    stateAfter: after.state,
    stabilityBefore: before.stability,
    stabilityAfter: after.stability,
    difficultyBefore: before.difficulty,
    difficultyAfter: after.difficulty,
    elapsedDays: after.elapsedDays,
    scheduledDays: after.scheduledDays,
    dueAfter: new Date(after.due),
    isLeech,
    cardBefore: before,
  };
  return { card: after, log, isLeech };
}

// The state to restore when the learner undoes a review: exactly the card as it was before.
export function undoReview(log: Pick<ReviewLogEntry, "cardBefore">): CardState {
  return cloneCardState(log.cardBefore);
}
