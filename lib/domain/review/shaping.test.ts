import { describe, expect, it } from "vitest";
import { get_fuzz_range } from "ts-fsrs";
import { newCardState } from "@/lib/domain/review/card-state";
import { gradeCard, type CardSnapshot } from "@/lib/domain/review/history";
import { planReviews } from "@/lib/domain/review/merge";
import { replayCard } from "@/lib/domain/review/replay";
import { RATINGS, unfuzzedOutcomes } from "@/lib/domain/review/schedule";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/domain/review/settings";
import { countedDay, gradeReadsDueCounts, gradeShaped, movedDue, previewShaped, shapedIntervals, weekdayOfStudyDay, type Workload } from "@/lib/domain/review/shaping";
import { studyDayNumber } from "@/lib/domain/review/study-day";
import { gradeTowardTargets, targetIntervalCap } from "@/lib/domain/review/targets";
import { NORMAL_WEEK } from "@/lib/domain/review/workload";

// Load balancing and easy days on a graded review: the due follows the balance, the log's settings
// replay it exactly, and the answer buttons show what grading stores.

const settings = { ...DEFAULT_REVIEW_SETTINGS, timeZone: "Europe/Berlin", dayStartsAtHour: 4 };
const T0 = new Date("2026-03-01T10:00:00Z");
const DAY = 86_400_000;

function matureCard(minStability: number, id = "card-1"): CardSnapshot {
  let card: CardSnapshot = { ...newCardState(T0), suspended: false, leech: false, buriedUntil: null };
  let at = T0;
  while (card.stability < minStability || card.state !== "review") {
    card = gradeCard(settings, card, 3, at, 0, id).card;
    at = card.due;
  }
  return card;
}

const card = matureCard(20);
const at = card.due;
const today = studyDayNumber(at, settings.timeZone, settings.dayStartsAtHour);
const dayOf = (c: CardSnapshot) => studyDayNumber(c.due, settings.timeZone, settings.dayStartsAtHour);
const plainGood = gradeTowardTargets(settings, card, 3, at, 0, "card-1", []).card;

// Every day of the Good interval's fuzz range heavy but one.
function heavyAllBut(light: number): Workload {
  const counts: Record<number, number> = {};
  for (let d = 1; d <= plainGood.scheduledDays * 2; d++) counts[today + d] = d === light ? 0 : 40;
  return { loadBalancing: true, easyDays: NORMAL_WEEK, dueCounts: counts };
}

describe("a graded review under load balancing", () => {
  it("falls on the light day of its fuzz range and stores the chosen interval with its settings", () => {
    const unfuzzed = unfuzzedOutcomes(settings, card, at, "card-1")[3];
    const range = get_fuzz_range(unfuzzed.days, unfuzzed.elapsedDays, settings.maximumInterval);
    const light = range.min_ivl === plainGood.scheduledDays ? range.max_ivl : range.min_ivl;
    const graded = gradeShaped(settings, card, 3, at, 0, "card-1", [], heavyAllBut(light));
    expect(graded.card.scheduledDays).toBe(light);
    expect(dayOf(graded.card) - today).toBe(light);
    expect(graded.params.intervalDays).toBe(light);
  });

  it("is replayed exactly from its log entry's settings, without the due counts", () => {
    const graded = gradeShaped(settings, card, 3, at, 0, "card-1", [], heavyAllBut(plainGood.scheduledDays + 1));
    const replay = replayCard(card, [{ kind: "review", rating: 3, reviewedAt: at, durationMs: 0, params: graded.params, action: null }], "card-1");
    expect(replay).toEqual({ ok: true, card: graded.card });
  });

  it("shows on each answer button the due that grading stores", () => {
    const workload = heavyAllBut(plainGood.scheduledDays - 1);
    const preview = previewShaped(settings, card, at, "card-1", [], workload);
    for (const rating of RATINGS) expect(preview[rating].due).toEqual(gradeShaped(settings, card, rating, at, 0, "card-1", [], workload).card.due);
    // Hard < Good < Easy, as FSRS orders them.
    expect(preview[2].intervalMs).toBeLessThan(preview[3].intervalMs);
    expect(preview[3].intervalMs).toBeLessThan(preview[4].intervalMs);
  });

  it("leaves grades as they were when load balancing is off and no day is eased", () => {
    const off = { loadBalancing: false, easyDays: NORMAL_WEEK, dueCounts: {} };
    for (const rating of RATINGS) expect(gradeShaped(settings, card, rating, at, 0, "card-1", [], off)).toEqual(gradeTowardTargets(settings, card, rating, at, 0, "card-1", []));
  });

  it("keeps a study target's cap: the balanced day is never after the date's eve", () => {
    const date = new Date(at.getTime() + 60 * DAY);
    const targets = [{ date, targetRecall: 0.97 }];
    const cap = targetIntervalCap(plainGood, targets[0]!, at, settings.weights, settings);
    expect(cap).toBe(59);
    for (let light = 50; light <= 70; light++) {
      const graded = gradeShaped(settings, card, 3, at, 0, "card-1", targets, heavyAllBut(light));
      expect(graded.card.scheduledDays).toBeLessThanOrEqual(59);
    }
  });
});

describe("easy days", () => {
  it("keep a graded review off a minimum weekday when its range has another day", () => {
    for (let i = 0; i < 40; i++) {
      const c = matureCard(20, `c${i}`);
      const now = c.due;
      const day = studyDayNumber(now, settings.timeZone, settings.dayStartsAtHour);
      const easyDays = [0, 1, 1, 1, 1, 1, 0] as const;
      const graded = gradeShaped(settings, c, 3, now, 0, `c${i}`, [], { loadBalancing: false, easyDays, dueCounts: {} });
      expect([0, 6]).not.toContain(weekdayOfStudyDay(day + graded.card.scheduledDays));
    }
  });

  it("name weekdays from study day numbers (2026-03-01 is a Sunday)", () => {
    expect(weekdayOfStudyDay(studyDayNumber(new Date("2026-03-01T12:00:00Z"), "UTC", 4))).toBe(0);
  });
});

describe("due counts", () => {
  it("move a graded card from its old day to its new one, and leave learning cards out", () => {
    const graded = gradeShaped(settings, card, 3, at, 0, "card-1", [], heavyAllBut(5));
    const before = { [dayOf(card)]: 2 };
    const after = movedDue(before, card, graded.card, settings);
    expect(after[dayOf(card)]).toBe(1);
    expect(after[dayOf(graded.card)]).toBe(1);
    expect(countedDay({ ...card, state: "learning" }, settings)).toBeNull();
  });

  it("carry one review's move to the next, so a card's later review sees where the first put it", () => {
    const workload = heavyAllBut(plainGood.scheduledDays);
    const first = gradeShaped(settings, card, 3, at, 0, "card-1", [], workload);
    const second = first.card.due;
    const plan = planReviews({ cardId: "card-1", current: card, version: 1, history: null, params: settings, workload, reviews: [
      { reviewId: "a", rating: 3, reviewedAt: at, durationMs: 0 },
      { reviewId: "b", rating: 3, reviewedAt: second, durationMs: 0 },
    ] });
    const moved = { ...workload, dueCounts: movedDue(workload.dueCounts, card, first.card, settings) };
    expect(plan.card).toEqual(gradeShaped(settings, first.card, 3, second, 0, "card-1", [], moved).card);
    expect(shapedIntervals(settings, card, at, "card-1", [], workload)[3]).toBe(first.card.scheduledDays);
  });
});

describe("which grades read the due counts", () => {
  it("a grade that does not read them is the same with any counts, and a mature card's Good reads them", () => {
    const lopsided: Workload = { loadBalancing: true, easyDays: [...NORMAL_WEEK], dueCounts: Object.fromEntries(Array.from({ length: 400 }, (_, d) => [today + d, (d * 7919) % 53])) };
    const young = gradeCard(settings, { ...newCardState(T0), suspended: false, leech: false, buriedUntil: null }, 3, T0, 0, "card-2").card;
    const cards: [CardSnapshot, Date, string][] = [
      [{ ...newCardState(T0), suspended: false, leech: false, buriedUntil: null }, T0, "card-3"],
      [young, young.due, "card-2"],
      [matureCard(2, "card-4"), at, "card-4"],
      [card, at, "card-1"],
    ];
    let read = 0;
    for (const [c, now, id] of cards) {
      for (const rating of RATINGS) {
        if (gradeReadsDueCounts(settings, c, rating, now, id, [])) {
          read += 1;
          continue;
        }
        expect(gradeShaped(settings, c, rating, now, 0, id, [], lopsided)).toEqual(gradeShaped(settings, c, rating, now, 0, id, [], null));
      }
    }
    expect(gradeReadsDueCounts(settings, card, 3, at, "card-1", [])).toBe(true);
    expect(gradeReadsDueCounts(settings, cards[0]![0], 3, T0, "card-3", [])).toBe(false);
    expect(read).toBeGreaterThan(0);
  });
});
