import { describe, expect, it } from "vitest";
import { forgetting_curve, default_w } from "ts-fsrs";
import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { gradeCard, type CardSnapshot } from "@/lib/domain/review/history";
import { replayCard } from "@/lib/domain/review/replay";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/domain/review/settings";
import {
  gradeTowardTargets,
  previewTowardTargets,
  readiness,
  recallAfterGoodReview,
  recallAt,
  reviewAheadOrder,
  studyDaysUntil,
  targetIntervalCap,
  tightestCap,
  type TargetCard,
} from "@/lib/domain/review/targets";

// UTC, study day from 04:00. NOW is in the study day of 2026-03-01.
const settings = { ...DEFAULT_REVIEW_SETTINGS, timeZone: "UTC", dayStartsAtHour: 4 };
const NOW = new Date("2026-03-01T12:00:00Z");
const DAY = 86_400_000;
const daysFrom = (d: number) => new Date(NOW.getTime() + d * DAY);
const reviewed = (stability: number, daysAgo: number): TargetCard => ({ state: "review", stability, difficulty: 5, lastReview: daysFrom(-daysAgo) });

describe("studyDaysUntil and recallAt", () => {
  it("counts study days, so 03:00 belongs to the day before", () => {
    expect(studyDaysUntil(new Date("2026-03-11T05:00:00Z"), NOW, settings)).toBe(10);
    expect(studyDaysUntil(new Date("2026-03-11T03:00:00Z"), NOW, settings)).toBe(9);
    expect(studyDaysUntil(daysFrom(-2), NOW, settings)).toBe(-2);
  });
  it("is FSRS's forgetting curve from the last review, and 0 for a card never studied", () => {
    expect(recallAt(reviewed(10, 0), daysFrom(10), undefined, settings)).toBeCloseTo(forgetting_curve(default_w, 10, 10), 10);
    expect(recallAt(reviewed(10, 0), daysFrom(10), undefined, settings)).toBeCloseTo(0.9, 2);
    expect(recallAt({ state: "new", stability: 0, difficulty: 0, lastReview: null }, daysFrom(3), undefined, settings)).toBe(0);
  });
});

describe("readiness", () => {
  it("is the mean predicted recall on the date, unseen material counting 0", () => {
    const cards = [reviewed(10, 0), reviewed(100, 0)];
    const r = readiness(cards, 4, daysFrom(10), NOW, undefined, settings);
    const expected = (forgetting_curve(default_w, 10, 10) + forgetting_curve(default_w, 10, 100)) / 4;
    expect(r.onDate).toBeCloseTo(expected, 10);
    expect(r.today).toBeCloseTo(0.5, 10);
    expect(r).toMatchObject({ total: 4, unseen: 2 });
  });
  it("falls as the date moves away, and an empty target is ready", () => {
    const cards = [reviewed(5, 1)];
    expect(readiness(cards, 1, daysFrom(20), NOW, undefined, settings).onDate).toBeLessThan(readiness(cards, 1, daysFrom(5), NOW, undefined, settings).onDate);
    expect(readiness([], 0, daysFrom(5), NOW, undefined, settings)).toEqual({ onDate: 1, today: 1, total: 0, unseen: 0 });
  });
});

describe("targetIntervalCap", () => {
  const target = (days: number, targetRecall = 0.9) => ({ date: daysFrom(days), targetRecall });
  it("caps a memory that would not hold until the date at the date's eve", () => {
    expect(targetIntervalCap({ stability: 5 }, target(20), NOW, undefined, settings)).toBe(19);
  });
  it("does not cap a memory that holds until the date at the target", () => {
    expect(targetIntervalCap({ stability: 200 }, target(20), NOW, undefined, settings)).toBeNull();
    // The same memory is capped under a stricter target.
    expect(targetIntervalCap({ stability: 200 }, target(20, 0.99), NOW, undefined, settings)).toBe(19);
  });
  it("returns to the ordinary schedule on and after the date (and on its eve: no shorter interval exists)", () => {
    for (const days of [1, 0, -1, -30]) expect(targetIntervalCap({ stability: 1 }, target(days), NOW, undefined, settings)).toBeNull();
  });
  it("leaves recall on the date at the target after a Good review on the eve", () => {
    // A card capped to the eve and answered Good there: its recall one day later is above 90%.
    for (const stability of [2, 5, 20, 60]) expect(recallAfterGoodReview({ stability, difficulty: 5 }, 19, 1, undefined)).toBeGreaterThanOrEqual(0.9);
  });
  it("takes the tightest of several targets", () => {
    expect(tightestCap([null, 12, 5, null])).toBe(5);
    expect(tightestCap([null])).toBeNull();
  });
});

// A card in review with stability about `s`, graded Good until its stability passes `minStability`.
function matureCard(minStability: number): CardSnapshot {
  let card: CardSnapshot = { ...newCardState(NOW), suspended: false, leech: false, buriedUntil: null };
  let at = NOW;
  while (card.stability < minStability || card.state !== "review") {
    card = gradeCard(settings, card, 3, at, 0, "card-1").card;
    at = card.due;
  }
  return card;
}

describe("gradeTowardTargets", () => {
  const card = matureCard(15);
  const at = card.due;
  const date = new Date(at.getTime() + 40 * DAY);
  // Above the desired retention (90%): at the desired retention itself a cap never binds, since an
  // interval ends where recall falls to that retention, so a date inside it is remembered better.
  const strict = 0.97;
  it("grades as usual without targets, and caps the interval toward a date", () => {
    const plain = gradeTowardTargets(settings, card, 3, at, 0, "card-1", []);
    expect(plain.card.scheduledDays).toBeGreaterThan(39);
    const toward = gradeTowardTargets(settings, card, 3, at, 0, "card-1", [{ date, targetRecall: strict }]);
    // At the eve at the latest; FSRS's fuzz may bring it a few days earlier, which spreads the load.
    expect(toward.card.scheduledDays).toBeLessThanOrEqual(39);
    expect(toward.card.scheduledDays).toBeGreaterThan(30);
    expect(toward.params.maximumInterval).toBe(39);
    // Same memory: only the interval moved.
    expect(toward.card.stability).toBe(plain.card.stability);
  });
  it("stores settings that replay to the same card", () => {
    const toward = gradeTowardTargets(settings, card, 3, at, 1000, "card-1", [{ date, targetRecall: strict }]);
    const replayed = replayCard(card, [{ kind: "review", rating: 3, reviewedAt: at, durationMs: 1000, params: toward.params, action: null }], "card-1");
    expect(replayed).toEqual({ ok: true, card: toward.card });
  });
  it("never binds at the desired retention", () => {
    const toward = gradeTowardTargets(settings, card, 3, at, 0, "card-1", [{ date, targetRecall: settings.desiredRetention }]);
    expect(toward.card).toEqual(gradeCard(settings, card, 3, at, 0, "card-1").card);
  });
  it("leaves the schedule alone once the date has passed", () => {
    const past = gradeTowardTargets(settings, card, 3, at, 0, "card-1", [{ date: new Date(at.getTime() - DAY), targetRecall: strict }]);
    expect(past.card).toEqual(gradeCard(settings, card, 3, at, 0, "card-1").card);
  });
  it("shows on each answer button the interval grading stores", () => {
    const targets = [{ date, targetRecall: strict }];
    const preview = previewTowardTargets(settings, card as CardState, at, "card-1", targets);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(preview[rating].due.getTime()).toBe(gradeTowardTargets(settings, card, rating, at, 0, "card-1", targets).card.due.getTime());
    }
  });
});

describe("reviewAheadOrder", () => {
  it("orders the cards below the target by lowest recall on the date, never-studied ones first", () => {
    const cards = [
      { id: "strong", ...reviewed(1000, 1) },
      { id: "weak", ...reviewed(2, 1) },
      { id: "unseen", state: "new" as const, stability: 0, difficulty: 0, lastReview: null },
      { id: "middle", ...reviewed(10, 1) },
    ];
    expect(reviewAheadOrder(cards, { date: daysFrom(10), targetRecall: 0.95 }, undefined, settings).map((c) => c.id)).toEqual(["unseen", "weak", "middle"]);
  });
});
