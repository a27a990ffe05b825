import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { DEFAULT_REVIEW_SETTINGS, parseReviewSettings } from "@/lib/domain/review/settings";
import {
  applyReview,
  previewIntervals,
  RATINGS,
  undoReview,
  type ReviewRating,
} from "@/lib/domain/review/schedule";

const settings = DEFAULT_REVIEW_SETTINGS;
const T0 = new Date("2026-01-10T12:00:00.000Z");
const MIN = 60_000;
const DAY = 86_400_000;

// Answers `card` at its due time (or `at`), returning the next state.
const answer = (card: CardState, rating: ReviewRating, at: Date = card.due) => applyReview(settings, card, rating, at, 5_000, "c1").card;

const newCard = newCardState(T0);
const learningCard = answer(newCard, 3, T0);
const reviewCard = answer(learningCard, 3);
const relearningCard = answer(reviewCard, 1);
const cards: Record<CardState["state"], CardState> = {
  new: newCard,
  learning: learningCard,
  review: reviewCard,
  relearning: relearningCard,
};

// A card with a long interval, so that fuzz and retention have room to show.
function matureCard(): CardState {
  let card = reviewCard;
  for (let i = 0; i < 4; i++) card = answer(card, 3);
  return card;
}

describe("the fixture cards", () => {
  it("are in the state their name says", () => {
    for (const [state, card] of Object.entries(cards)) expect(card.state).toBe(state);
  });
});

describe("applyReview from each state", () => {
  for (const [state, card] of Object.entries(cards)) {
    const now = card.due;
    for (const rating of RATINGS) {
      it(`${state} + rating ${rating}: counts the rep and schedules in the future`, () => {
        const { card: next, log } = applyReview(settings, card, rating, now, 1234, "c1");
        expect(next.reps).toBe(card.reps + 1);
        expect(next.lastReview).toEqual(now);
        expect(next.due.getTime()).toBeGreaterThan(now.getTime());
        expect(log).toMatchObject({ rating, reviewedAt: now, durationMs: 1234, stateBefore: state, stateAfter: next.state });
        expect(log.stabilityBefore).toBe(card.stability);
        expect(log.difficultyBefore).toBe(card.difficulty);
        expect(log.stabilityAfter).toBe(next.stability);
        expect(log.difficultyAfter).toBe(next.difficulty);
        expect(log.scheduledDays).toBe(next.scheduledDays);
        expect(log.dueAfter).toEqual(next.due);
        expect(log.cardBefore).toEqual(card);
      });
    }

    it(`${state}: intervals are ordered again <= hard <= good <= easy`, () => {
      const p = previewIntervals(settings, card, now, "c1");
      expect(p[1].intervalMs).toBeLessThanOrEqual(p[2].intervalMs);
      expect(p[2].intervalMs).toBeLessThanOrEqual(p[3].intervalMs);
      expect(p[3].intervalMs).toBeLessThanOrEqual(p[4].intervalMs);
    });
  }

  it("new: Again 1m, Hard 6m, Good 10m stay in learning; Easy graduates to review", () => {
    const p = previewIntervals(settings, newCard, T0, "c1");
    expect([p[1].state, p[2].state, p[3].state]).toEqual(["learning", "learning", "learning"]);
    expect([p[1].intervalMs, p[2].intervalMs, p[3].intervalMs]).toEqual([1 * MIN, 6 * MIN, 10 * MIN]);
    expect([p[1].label, p[2].label, p[3].label]).toEqual(["1m", "6m", "10m"]);
    const easy = applyReview(settings, newCard, 4, T0, 0, "c1").card;
    expect(easy.state).toBe("review");
    expect(easy.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(easy.due.getTime() - T0.getTime()).toBe(easy.scheduledDays * DAY);
  });

  it("learning: Again restarts the steps, Good graduates to review", () => {
    const again = answer(learningCard, 1);
    expect(again.state).toBe("learning");
    expect(again.due.getTime() - learningCard.due.getTime()).toBe(1 * MIN);
    const good = answer(learningCard, 3);
    expect(good.state).toBe("review");
    expect(good.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("review: Again lapses into relearning (lapses + 1, due in the 10m relearning step)", () => {
    const again = answer(reviewCard, 1);
    expect(again.state).toBe("relearning");
    expect(again.lapses).toBe(reviewCard.lapses + 1);
    expect(again.due.getTime() - reviewCard.due.getTime()).toBe(10 * MIN);
    expect(answer(reviewCard, 3).state).toBe("review");
    expect(answer(reviewCard, 3).lapses).toBe(reviewCard.lapses);
  });

  it("relearning: Again stays without a second lapse, Good returns to review", () => {
    const again = answer(relearningCard, 1);
    expect(again.state).toBe("relearning");
    expect(again.lapses).toBe(relearningCard.lapses);
    expect(answer(relearningCard, 3).state).toBe("review");
  });

  it("logs the days elapsed since the previous review", () => {
    const late = new Date(reviewCard.due.getTime() + 3 * DAY);
    const { log } = applyReview(settings, reviewCard, 3, late, 0, "c1");
    expect(log.elapsedDays).toBe(Math.round((late.getTime() - (reviewCard.lastReview as Date).getTime()) / DAY));
    expect(applyReview(settings, newCard, 3, T0, 0, "c1").log.elapsedDays).toBe(0);
  });

  it("refuses an invalid rating or duration", () => {
    expect(() => applyReview(settings, newCard, 5 as ReviewRating, T0, 0, "c1")).toThrow(RangeError);
    expect(() => applyReview(settings, newCard, 3, T0, -1, "c1")).toThrow(RangeError);
    expect(() => applyReview(settings, newCard, 3, T0, 1.5, "c1")).toThrow(RangeError);
    expect(() => applyReview(settings, newCard, 3, new Date(Number.NaN), 0, "c1")).toThrow(RangeError);
  });

  it("does not mutate the card it is given", () => {
    const copy = structuredClone(reviewCard);
    applyReview(settings, reviewCard, 1, reviewCard.due, 0, "c1");
    expect(reviewCard).toEqual(copy);
  });
});

describe("fuzz", () => {
  it("is deterministic: same card and instant give the same result, equal to the preview", () => {
    const card = matureCard();
    const now = card.due;
    const a = applyReview(settings, card, 3, now, 0, "c1");
    const b = applyReview(settings, card, 3, now, 0, "c1");
    expect(a).toEqual(b);
    const p = previewIntervals(settings, card, now, "c1");
    for (const rating of RATINGS) expect(p[rating].due).toEqual(applyReview(settings, card, rating, now, 0, "c1").card.due);
  });

  it("is on: the same state in different cards spreads over several days", () => {
    const card = matureCard();
    expect(card.scheduledDays).toBeGreaterThan(7);
    const days = new Set<number>();
    for (let i = 0; i < 40; i++) days.add(applyReview(settings, card, 3, card.due, 0, `card-${i}`).card.scheduledDays);
    expect(days.size).toBeGreaterThan(1);
  });
});

describe("undoReview", () => {
  for (const [state, card] of Object.entries(cards)) {
    for (const rating of RATINGS) {
      it(`restores the exact ${state} card after rating ${rating}`, () => {
        const { log } = applyReview(settings, card, rating, card.due, 100, "c1");
        expect(undoReview(log)).toEqual(card);
      });
    }
  }

  it("returns a copy that later edits cannot reach back through", () => {
    const { log } = applyReview(settings, reviewCard, 3, reviewCard.due, 0, "c1");
    const restored = undoReview(log);
    restored.due.setTime(0);
    expect(undoReview(log)).toEqual(reviewCard);
  });
});

describe("leech (Anki's rule: the threshold, then every half threshold)", () => {
  const lapsed = (lapses: number): CardState => ({ ...reviewCard, lapses });
  const leechAt = (lapsesBefore: number, leechThreshold = 8, rating: ReviewRating = 1) =>
    applyReview({ ...settings, leechThreshold }, lapsed(lapsesBefore), rating, reviewCard.due, 0, "c1").isLeech;

  it("fires at 8, 12, 16, 20 lapses by default", () => {
    expect(applyReview(settings, lapsed(7), 1, reviewCard.due, 0, "c1")).toMatchObject({ isLeech: true, card: { lapses: 8 } });
    expect([7, 11, 15, 19].map((n) => leechAt(n))).toEqual([true, true, true, true]);
    expect(applyReview(settings, lapsed(7), 1, reviewCard.due, 0, "c1").log.isLeech).toBe(true);
  });

  it("does not fire between those, below the threshold, or when a leech is answered correctly", () => {
    expect([5, 6, 8, 9, 10, 12, 13].map((n) => leechAt(n))).toEqual([false, false, false, false, false, false, false]);
    expect(leechAt(7, 8, 3)).toBe(false);
  });

  it("follows the learner's threshold (5: at 5, 8, 11; 1: every lapse)", () => {
    expect([3, 4, 5, 6, 7, 8, 9, 10].map((n) => leechAt(n, 5))).toEqual([false, true, false, false, true, false, false, true]);
    expect([0, 1, 2].map((n) => leechAt(n, 1))).toEqual([true, true, true]);
  });
});

describe("settings drive the scheduler", () => {
  it("higher desired retention gives shorter intervals (0.97 < 0.90 < 0.80)", () => {
    const card = matureCard();
    const days = (desiredRetention: number) =>
      applyReview({ ...settings, desiredRetention }, card, 3, card.due, 0, "c1").card.scheduledDays;
    expect(days(0.97)).toBeLessThan(days(0.9));
    expect(days(0.9)).toBeLessThan(days(0.8));
  });

  it("uses the learner's learning steps", () => {
    const custom = parseReviewSettings({ learningSteps: ["5m", "1h"] });
    const p = previewIntervals(custom, newCardState(T0), T0, "c1");
    expect([p[1].label, p[3].label]).toEqual(["5m", "1h"]);
  });

  it("uses the learner's weights: FSRS-6 (21) as given, FSRS-5 (19) migrated by ts-fsrs", () => {
    const card = matureCard();
    const good = (weights?: number[]) => applyReview(parseReviewSettings({ weights }), card, 3, card.due, 0, "c1").card;
    const w19 = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621];
    expect(good([...default_w])).toEqual(good());
    const fsrs5 = good(w19);
    expect(fsrs5.state).toBe("review");
    expect(fsrs5.stability).not.toBe(good().stability);
  });
});
