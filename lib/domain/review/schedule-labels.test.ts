import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/domain/review/settings";
import { applyReview, previewIntervals, RATINGS } from "@/lib/domain/review/schedule";

// The answer buttons show what grading stores: the fuzz is seeded by the card and its review
// count, not by the millisecond the card was shown or graded.

const settings = DEFAULT_REVIEW_SETTINGS;
const T0 = new Date("2026-01-10T12:00:00.000Z");

function matureCard(id: string): CardState {
  let card = applyReview(settings, newCardState(T0), 3, T0, 0, id).card;
  for (let i = 0; i < 5; i++) card = applyReview(settings, card, 3, card.due, 0, id).card;
  return card;
}

describe("button labels equal the stored interval", () => {
  it("for 500 cards graded 7 s after they were shown", () => {
    let differing = 0;
    for (let i = 0; i < 500; i++) {
      const id = `card-${i}`;
      const card = matureCard(id);
      const shown = new Date(card.due.getTime() + i * 997);
      const graded = new Date(shown.getTime() + 7_000 + (i % 13));
      const labels = previewIntervals(settings, card, shown, id);
      for (const rating of RATINGS) {
        const stored = applyReview(settings, card, rating, graded, 7_000, id).card;
        const storedLabel = previewIntervals(settings, card, graded, id)[rating].label;
        if (labels[rating].label !== storedLabel || labels[rating].state !== stored.state) differing++;
      }
    }
    expect(differing).toBe(0);
  });

  it("still spreads cards learnt together over several days (fuzz is on, by card)", () => {
    const days = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const card = matureCard(`c${i}`);
      days.add(applyReview(settings, card, 3, card.due, 0, `c${i}`).card.scheduledDays);
    }
    expect(days.size).toBeGreaterThan(1);
  });

  it("gives a card the same interval when regraded after an undo, whatever the time", () => {
    const card = matureCard("x");
    const a = applyReview(settings, card, 3, card.due, 0, "x").card.scheduledDays;
    const b = applyReview(settings, card, 3, new Date(card.due.getTime() + 60_000), 0, "x").card.scheduledDays;
    expect(a).toBe(b);
  });
});
