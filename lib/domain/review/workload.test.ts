import { describe, expect, it } from "vitest";
import { get_fuzz_range } from "ts-fsrs";
import { balancedInterval, balanceWeights, NORMAL_WEEK, type BalanceInput, type EasyDays } from "@/lib/domain/review/workload";

// Distribution properties of load balancing and easy days over many seeded draws.

const base = (over: Partial<BalanceInput> = {}): BalanceInput => ({
  interval: 20,
  elapsedDays: 10,
  maximumInterval: 36500,
  cap: null,
  dueOn: () => 0,
  weekdayOf: (d) => d % 7,
  easyDays: NORMAL_WEEK,
  seed: "card:1",
  ...over,
});

// Places `n` cards of the same interval one after another, each seeing the counts the others made.
function place(n: number, over: Partial<BalanceInput>, balanced: boolean): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const day = balancedInterval(base({ ...over, seed: `card:${i}`, dueOn: balanced ? (d) => counts.get(d) ?? 0 : () => 0 }));
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}
const spread = (counts: Map<number, number>, days: number[]) => {
  const values = days.map((d) => counts.get(d) ?? 0);
  return Math.max(...values) - Math.min(...values);
};

describe("balancedInterval", () => {
  it("stays in FSRS's fuzz range, within the maximum interval and a target's cap", () => {
    for (let i = 0; i < 500; i++) {
      const interval = 3 + (i % 90);
      const cap = i % 3 === 0 ? 10 : null;
      const day = balancedInterval(base({ interval, elapsedDays: i % 30, cap, seed: `c${i}`, dueOn: (d) => (d * 7) % 11 }));
      const { min_ivl, max_ivl } = get_fuzz_range(interval, i % 30, cap ?? 36500);
      expect(day).toBeGreaterThanOrEqual(Math.min(min_ivl, cap ?? Infinity));
      expect(day).toBeLessThanOrEqual(Math.min(max_ivl, cap ?? Infinity));
      if (cap !== null) expect(day).toBeLessThanOrEqual(cap);
    }
  });

  it("is the same for the same seed (the button label and the grade agree)", () => {
    const input = base({ dueOn: (d) => d % 4 });
    expect(balancedInterval(input)).toBe(balancedInterval({ ...input }));
  });

  it("evens out the days: 300 cards placed with balancing spread less than without", () => {
    const { min_ivl, max_ivl } = get_fuzz_range(20, 10, 36500);
    const days = Array.from({ length: max_ivl - min_ivl + 1 }, (_, i) => min_ivl + i);
    const balanced = spread(place(300, {}, true), days);
    const blind = spread(place(300, {}, false), days);
    expect(balanced).toBeLessThan(blind);
    expect(balanced).toBeLessThanOrEqual(blind / 2);
  });

  it("sends reviews away from a day that is already heavy", () => {
    const heavy = 20;
    const picks = Array.from({ length: 400 }, (_, i) => balancedInterval(base({ seed: `h${i}`, dueOn: (d) => (d === heavy ? 50 : 0) })));
    expect(picks.filter((d) => d === heavy).length).toBeLessThan(4);
  });
});

describe("easy days", () => {
  const weekday = (d: number) => d % 7;
  it("keeps reviews off a 0% weekday whenever the range has another day", () => {
    const easy: EasyDays = [0, 1, 1, 1, 1, 1, 1];
    const picks = Array.from({ length: 400 }, (_, i) => balancedInterval(base({ seed: `e${i}`, easyDays: easy, weekdayOf: weekday })));
    expect(picks.some((d) => weekday(d) === 0)).toBe(false);
  });

  it("puts fewer reviews on a reduced weekday than on a normal one", () => {
    const easy: EasyDays = [1, 1, 1, 1, 1, 1, 0.3];
    const counts = place(700, { easyDays: easy, weekdayOf: weekday }, false);
    const perWeekday = (w: number) => [...counts].filter(([d]) => weekday(d) === w).reduce((s, [, n]) => s + n, 0);
    const normal = [0, 1, 2, 3, 4, 5].map(perWeekday);
    expect(perWeekday(6)).toBeLessThan(Math.min(...normal));
  });

  it("falls back to load alone when every candidate day is a 0% day", () => {
    const weights = balanceWeights(base({ interval: 1, elapsedDays: 0, easyDays: [0, 0, 0, 0, 0, 0, 0] }));
    expect(weights.some((w) => w.weight > 0)).toBe(true);
  });
});
