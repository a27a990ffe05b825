import type { CardSnapshot, ScheduleParams } from "@/lib/schemas/review";
import type { CardState } from "./card-state";
import { gradeCard, type GradeArgs, type GradeOutcome } from "./history";
import { previewIntervals, RATINGS, unfuzzedOutcomes, type IntervalPreview, type ReviewRating } from "./schedule";
import { studyDayNumber } from "./study-day";
import { capUnder, gradeTowardTargets, previewTowardTargets, type TargetDate } from "./targets";
import { balancedInterval, type EasyDays } from "./workload";

// Load balancing and easy days (workload.ts) applied to a grade. A grade that leaves the card in
// review with an interval FSRS would fuzz gets the day the balance draws instead (within the fuzz
// range, a study target's cap and the maximum interval), and the chosen interval is stored with the
// grade's settings (`intervalDays`), so a replay rebuilds the card without the due counts of the
// time. The same function grades on the server (single and batch) and in the browser, and gives the
// answer buttons' labels, so a label is what grading stores when both see the same due counts.

// Review cards due on each future study day (keyed by studyDayNumber), counted over the learner's
// cards that are in review and not suspended.
export type DueCounts = Readonly<Record<number, number>>;

export type Workload = { loadBalancing: boolean; easyDays: EasyDays; dueCounts: DueCounts };

type Clock = Pick<ScheduleParams, "timeZone" | "dayStartsAtHour">;
type Counted = Pick<CardSnapshot, "state" | "due"> & { suspended?: boolean };

// Whether the learner's workload settings change any grade (balancing on, or a weekday eased).
export function shapesGrades(workload: Workload | null | undefined): workload is Workload {
  return !!workload && (workload.loadBalancing || workload.easyDays.some((share) => share < 1));
}

// The weekday (0: Sunday) of a study day number: day 0, 1970-01-01, was a Thursday.
export function weekdayOfStudyDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

// The study day a card counts toward in the due counts (null: it counts nowhere).
export function countedDay(card: Counted, clock: Clock): number | null {
  return card.state === "review" && !card.suspended ? studyDayNumber(card.due, clock.timeZone, clock.dayStartsAtHour) : null;
}

// The counts after a card changed from `before` to `after` (a grade, a merge), so the next grade of
// the same session sees it where it now is.
export function movedDue(counts: DueCounts, before: Counted, after: Counted, clock: Clock): Record<number, number> {
  const next: Record<number, number> = { ...counts };
  const from = countedDay(before, clock);
  const to = countedDay(after, clock);
  if (from === to) return next;
  if (from !== null && next[from]) next[from] = next[from]! - 1;
  if (to !== null) next[to] = (next[to] ?? 0) + 1;
  return next;
}

// The interval workload shaping gives each grade of `card` at `now`; null where it leaves the grade
// as FSRS and the targets make it (not a review interval, or one too short to fuzz).
export function shapedIntervals(params: ScheduleParams, card: CardState & { suspended?: boolean }, now: Date, cardId: string, targets: readonly TargetDate[], workload: Workload): Record<ReviewRating, number | null> {
  const outcomes = unfuzzedOutcomes(params, card, now, cardId);
  const today = studyDayNumber(now, params.timeZone, params.dayStartsAtHour);
  // The card's own place in the counts is the one it leaves.
  const own = countedDay(card, params);
  const dueOn = (offset: number) => (workload.loadBalancing ? (workload.dueCounts[today + offset] ?? 0) - (own === today + offset ? 1 : 0) : 0);
  const out: Record<ReviewRating, number | null> = { 1: null, 2: null, 3: null, 4: null };
  let previous: number | null = null;
  for (const rating of RATINGS) {
    const o = outcomes[rating];
    const { cap, upper, balanced } = bounds(o, targets, now, params);
    if (!balanced) {
      previous = null;
      continue;
    }
    let days = balancedInterval({ interval: o.days, elapsedDays: o.elapsedDays, maximumInterval: params.maximumInterval, cap, dueOn, weekdayOf: (offset) => weekdayOfStudyDay(today + offset), easyDays: workload.easyDays, seed: `${cardId}:${card.reps}` });
    // As FSRS orders its buttons: Good is longer than Hard, Easy longer than Good.
    if (previous !== null && rating > 2) days = Math.min(upper, Math.max(days, previous + 1));
    out[rating] = days;
    previous = days;
  }
  return out;
}

// A grade's cap (a target's) and upper bound, and whether shaping balances it at all.
function bounds(o: { state: string; days: number; stability: number }, targets: readonly TargetDate[], now: Date, params: ScheduleParams) {
  const cap = capUnder({ stability: o.stability }, targets, now, params);
  const upper = Math.min(params.maximumInterval, cap ?? Number.POSITIVE_INFINITY);
  // ts-fsrs fuzzes intervals from 2.5 days: shorter ones (and learning steps) stay as they are.
  return { cap, upper, balanced: o.state === "review" && o.days >= 3 && upper >= 3 };
}

// Whether the due counts can change what grading `card` with `rating` now gives: only a grade
// shapedIntervals balances reads them (a learning step, or a new card's first answer, does not), so
// a lone review that is not one needs no count of the learner's due cards.
export function gradeReadsDueCounts(params: ScheduleParams, card: CardState, rating: ReviewRating, now: Date, cardId: string, targets: readonly TargetDate[]): boolean {
  return bounds(unfuzzedOutcomes(params, card, now, cardId)[rating], targets, now, params).balanced;
}

// Grades a card toward its targets with the learner's workload shaping; the settings returned
// (cap and chosen interval included) are what its log entry stores.
export function gradeShaped(
  ...[params, before, rating, now, durationMs, cardId, targets, workload]: [...GradeArgs, targets: readonly TargetDate[], workload: Workload | null | undefined]
): GradeOutcome & { params: ScheduleParams } {
  const toward = gradeTowardTargets(params, before, rating, now, durationMs, cardId, targets);
  const days = shapesGrades(workload) ? shapedIntervals(params, before, now, cardId, targets, workload)[rating] : null;
  if (days === null) return toward;
  // The settings keep the cap a target lowered the maximum interval to, beside the chosen interval.
  const shaped = { ...toward.params, intervalDays: days };
  return { ...gradeCard(shaped, before, rating, now, durationMs, cardId), params: shaped };
}

// The answer buttons' outcomes under the same rules, so each label is what gradeShaped stores.
export function previewShaped(params: ScheduleParams, card: CardState, now: Date, cardId: string, targets: readonly TargetDate[], workload: Workload | null | undefined): Record<ReviewRating, IntervalPreview> {
  const plain = previewTowardTargets(params, card, now, cardId, targets);
  if (!shapesGrades(workload)) return plain;
  const days = shapedIntervals(params, card, now, cardId, targets, workload);
  const out = { ...plain };
  for (const rating of RATINGS) {
    const chosen = days[rating];
    if (chosen !== null) out[rating] = previewIntervals({ ...params, intervalDays: chosen }, card, now, cardId)[rating];
  }
  return out;
}
