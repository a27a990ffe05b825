import { describe, expect, it } from "vitest";
import { newCardState } from "./card-state";
import { applyManual, gradeCard, gradeKindOf, scheduleParamsOf, type CardSnapshot } from "./history";
import { replayCard } from "./replay";
import { DEFAULT_REVIEW_SETTINGS } from "./settings";
import { studyDayStartAfter } from "./study-day";

// The ways a card changes (grades, manual operations) and the replay that applies them again.

const NOW = new Date("2026-10-31T12:00:00Z");
const params = scheduleParamsOf({ ...DEFAULT_REVIEW_SETTINGS, timeZone: "Europe/Berlin" });
const fresh = (): CardSnapshot => ({ ...newCardState(NOW), suspended: false, leech: false, buriedUntil: null });
const DAY = 86_400_000;

function reviewCard(): CardSnapshot {
  let card = fresh();
  let t = NOW.getTime();
  for (let i = 0; i < 6; i++) {
    card = gradeCard(params, card, 3, new Date(t), 0, "c1").card;
    t = Math.max(card.due.getTime(), t + 60_000);
  }
  return card;
}

describe("card history", () => {
  it("names grades as Anki's revlog does", () => {
    expect(["new", "learning", "review", "relearning"].map(gradeKindOf)).toEqual(["learn", "learn", "review", "relearn"]);
  });

  it("caps review intervals at the maximum interval (Anki's option)", () => {
    const card = reviewCard();
    const capped = gradeCard({ ...params, maximumInterval: 5 }, card, 4, card.due, 0, "c1").card;
    const free = gradeCard(params, card, 4, card.due, 0, "c1").card;
    expect(free.scheduledDays).toBeGreaterThan(5);
    expect(capped.scheduledDays).toBe(5);
    expect(capped.due.getTime() - card.due.getTime()).toBeLessThanOrEqual(5 * DAY + 3_600_000);
  });

  it("forgets a card as Anki: new and due now, counts kept unless reset", () => {
    const card = { ...reviewCard(), lapses: 2 };
    const later = new Date(NOW.getTime() + 30 * DAY);
    const kept = applyManual(params, card, { type: "forget", resetCounts: false }, later);
    expect(kept).toMatchObject({ state: "new", due: later, stability: 0, difficulty: 0, reps: card.reps, lapses: 2, lastReview: null });
    expect(applyManual(params, card, { type: "forget", resetCounts: true }, later)).toMatchObject({ reps: 0, lapses: 0 });
  });

  it("sets a due date at the start of the learner's study day, across the DST change", () => {
    const card = reviewCard();
    // Berlin leaves summer time on 2026-10-25; 4 a.m. local is 03:00 UTC after it.
    const moved = applyManual(params, card, { type: "set-due", days: 3 }, NOW);
    expect(moved.due).toEqual(studyDayStartAfter(NOW, 3, "Europe/Berlin", 4));
    expect(moved.due.toISOString()).toBe("2026-11-03T03:00:00.000Z");
    expect(moved.stability).toBe(card.stability);
    expect(applyManual(params, card, { type: "set-due", days: 0 }, NOW).due).toEqual(NOW);
  });

  it("replays grades with the settings of each entry, and refuses entries without them", () => {
    const start = fresh();
    const other = { ...params, desiredRetention: 0.8, learningSteps: [] };
    const entries = [
      { kind: "learn", rating: 3, reviewedAt: NOW, durationMs: 0, params, action: null },
      { kind: "manual", rating: 0, reviewedAt: new Date(NOW.getTime() + 1000), durationMs: 0, params, action: { type: "suspend" as const } },
      { kind: "manual", rating: 0, reviewedAt: new Date(NOW.getTime() + 2000), durationMs: 0, params, action: { type: "unsuspend" as const } },
      { kind: "learn", rating: 4, reviewedAt: new Date(NOW.getTime() + DAY), durationMs: 0, params: other, action: null },
    ];
    let card = gradeCard(params, start, 3, NOW, 0, "c9").card;
    card = gradeCard(other, card, 4, new Date(NOW.getTime() + DAY), 0, "c9").card;
    expect(replayCard(start, entries, "c9")).toEqual({ ok: true, card });
    expect(replayCard(start, [{ ...entries[0]!, params: null }], "c9")).toMatchObject({ ok: false, at: 0 });
  });
});
