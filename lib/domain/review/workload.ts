import { get_fuzz_range } from "ts-fsrs";
import { createRng } from "@/lib/domain/quiz/rng";

// Workload shaping, after Anki 24.11: load balancing and easy days. Instead of a plain fuzzed
// interval, a review interval is drawn from the same fuzz range, each day weighted by how light it is
// (as Anki's load balancer, a power of 1 / (reviews due that day + 1); see LOAD_EXPONENT), and by the learner's easy days (a weekday's share of a normal day's
// reviews: 0 keeps reviews off it whenever another day in the range allows). A study target's cap
// bounds the range, so shaping never moves a review past the date's eve. Pure: the caller gives the
// due counts and the weekday of each day; the draw is seeded (the card and its review count), so a
// button's label and the stored grade agree.

// Share of a normal day's reviews wanted on each weekday, Sunday (0) to Saturday (6); 1: normal.
export type EasyDays = readonly [number, number, number, number, number, number, number];
export const NORMAL_WEEK: EasyDays = [1, 1, 1, 1, 1, 1, 1];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export type BalanceInput = {
  // The interval FSRS chose (days, before fuzz), the days since the last review, and the maximum.
  interval: number;
  elapsedDays: number;
  maximumInterval: number;
  // A study target's cap (days), or null.
  cap: number | null;
  // Reviews already due on the study day `offset` days from today.
  dueOn: (offset: number) => number;
  // The weekday (0-6) of the study day `offset` days from today.
  weekdayOf: (offset: number) => number;
  easyDays: EasyDays;
  // Seeds the draw (e.g. "<card id>:<reps>").
  seed: string;
};

// How strongly a busier day repels a review: with Anki's square, 300 cards drawn into a 7-day range
// still differ by a dozen reviews between days (weighted draws are noisy); a steeper power keeps the
// draw random for cards on light days while making busy days rare.
const LOAD_EXPONENT = 6;

// The candidate days (the fuzz range, within the cap) and each one's weight.
export function balanceWeights(input: Omit<BalanceInput, "seed">): { day: number; weight: number }[] {
  const upper = input.cap === null ? input.maximumInterval : Math.min(input.maximumInterval, input.cap);
  const { min_ivl, max_ivl } = get_fuzz_range(input.interval, input.elapsedDays, upper);
  const days: number[] = [];
  for (let d = Math.max(1, Math.min(min_ivl, upper)); d <= Math.min(max_ivl, upper); d++) days.push(d);
  if (days.length === 0) days.push(Math.max(1, Math.min(Math.round(input.interval), upper)));
  const load = days.map((day) => ({ day, weight: 1 / (input.dueOn(day) + 1) ** LOAD_EXPONENT }));
  const eased = load.map((l) => ({ day: l.day, weight: l.weight * clampShare(input.easyDays[input.weekdayOf(l.day)] ?? 1) }));
  // Every candidate an easy day at 0%: fall back to load alone rather than to no day at all.
  return eased.some((e) => e.weight > 0) ? eased : load;
}

const clampShare = (share: number) => (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 1);

// The interval (days) load balancing and easy days choose for a review.
export function balancedInterval(input: BalanceInput): number {
  const weights = balanceWeights(input);
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  let point = createRng(`balance:${input.seed}`)() * total;
  for (const w of weights) {
    point -= w.weight;
    if (point < 0) return w.day;
  }
  return weights[weights.length - 1]!.day;
}
