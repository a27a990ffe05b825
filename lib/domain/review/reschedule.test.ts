import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { replayMemory, rescheduleCard, type HistoryEntry } from "@/lib/domain/review/reschedule";
import { applyReview, type ReviewRating } from "@/lib/domain/review/schedule";
import { parseReviewSettings } from "@/lib/domain/review/settings";
import { studyDayNumber } from "@/lib/domain/review/study-day";

const settings = parseReviewSettings({ timeZone: "America/New_York" });
const T0 = new Date("2026-03-01T15:00:00Z");

// A card's history graded at each due date, and the card it leads to.
function history(ratings: ReviewRating[]): { card: CardState; entries: HistoryEntry[] } {
  let card = newCardState(T0);
  const entries: HistoryEntry[] = [];
  let now = T0;
  for (const rating of ratings) {
    entries.push({ rating, reviewedAt: now, stateBefore: card.state });
    card = applyReview(settings, card, rating, now, 0, "c").card;
    now = card.due;
  }
  return { card, entries };
}

describe("rescheduleCard", () => {
  const { card, entries } = history([3, 3, 3, 3, 2, 3]);

  it("replays the history to the card's own memory state under unchanged settings", () => {
    const replayed = replayMemory(settings, entries, "c")!;
    expect(replayed.stability).toBeCloseTo(card.stability, 10);
    expect(replayed.difficulty).toBeCloseTo(card.difficulty, 10);
  });

  it("a higher desired retention gives a shorter interval, counted in study days from the last review", () => {
    const at = (desiredRetention: number) => rescheduleCard({ ...settings, desiredRetention }, card, entries, "c")!;
    expect(at(0.95).scheduledDays).toBeLessThan(at(0.85).scheduledDays);
    for (const r of [0.8, 0.9, 0.95]) {
      const next = at(r);
      const day = (d: Date) => studyDayNumber(d, settings.timeZone, settings.dayStartsAtHour);
      expect(day(next.due) - day(card.lastReview!)).toBe(next.scheduledDays);
      expect(next.lastReview).toEqual(card.lastReview);
    }
  });

  it("leaves learning and new cards alone", () => {
    expect(rescheduleCard(settings, newCardState(T0), [], "c")).toBeNull();
    const learning = history([3]).card;
    expect(learning.state).toBe("learning");
    expect(rescheduleCard(settings, learning, history([3]).entries, "c")).toBeNull();
  });

  it("keeps the stored memory state when the history cannot be replayed", () => {
    const next = rescheduleCard({ ...settings, desiredRetention: 0.8 }, card, entries.slice(1), "c")!;
    expect(next.stability).toBe(card.stability);
  });
});
