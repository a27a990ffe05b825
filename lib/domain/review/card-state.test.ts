import { describe, expect, it } from "vitest";
import { createEmptyCard, State } from "ts-fsrs";
import { cloneCardState, fromFsrsCard, newCardState, toFsrsCard, type CardState } from "@/lib/domain/review/card-state";

const now = new Date("2026-01-10T12:00:00Z");

describe("card state", () => {
  it("a new card matches ts-fsrs createEmptyCard", () => {
    expect(newCardState(now)).toEqual(fromFsrsCard(createEmptyCard(now)));
    expect(toFsrsCard(newCardState(now))).toEqual(createEmptyCard(now));
  });

  it("converts every state to ts-fsrs and back unchanged", () => {
    const names = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
    for (const [state, fsrsState] of Object.entries(names) as [CardState["state"], State][]) {
      const card: CardState = {
        due: new Date("2026-02-01T08:00:00Z"),
        stability: 12.5,
        difficulty: 5.25,
        elapsedDays: 3,
        scheduledDays: 14,
        learningSteps: 1,
        reps: 9,
        lapses: 2,
        state,
        lastReview: new Date("2026-01-18T08:00:00Z"),
      };
      const fsrsCard = toFsrsCard(card);
      expect(fsrsCard.state).toBe(fsrsState);
      expect(fromFsrsCard(fsrsCard)).toEqual(card);
    }
  });

  it("copies dates so a clone shares nothing with the original", () => {
    const card = { ...newCardState(now), lastReview: new Date(now) };
    const copy = cloneCardState(card);
    copy.due.setTime(0);
    copy.lastReview?.setTime(0);
    expect(card.due).toEqual(now);
    expect(card.lastReview).toEqual(now);
    toFsrsCard(card).due.setTime(0);
    expect(card.due).toEqual(now);
  });
});
