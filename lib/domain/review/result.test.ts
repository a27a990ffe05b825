import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { becameLeech, queueKindOf } from "@/lib/domain/review/result";
import { applyReview, RATINGS } from "@/lib/domain/review/schedule";
import { DEFAULT_REVIEW_SETTINGS, parseReviewSettings } from "@/lib/domain/review/settings";

describe("becameLeech", () => {
  it("agrees with applyReview for every grade along a long history, with and without relearning steps", () => {
    for (const settings of [DEFAULT_REVIEW_SETTINGS, parseReviewSettings({ relearningSteps: [] })]) {
      let card: CardState = newCardState(new Date("2026-01-01T10:00:00Z"));
      let leeches = 0;
      // Good until graduated, then alternate Again/Good so lapses pile up past 16.
      for (let i = 0; i < 80; i++) {
        const rating = card.state === "review" && i % 2 === 0 ? 1 : 3;
        for (const r of RATINGS) {
          const outcome = applyReview(settings, card, r, card.due, 1000, "c1");
          expect(becameLeech({ stateBefore: card.state, rating: r, lapsesBefore: card.lapses }, settings.leechThreshold)).toBe(outcome.isLeech);
        }
        const next = applyReview(settings, card, rating, card.due, 1000, "c1");
        if (next.isLeech) leeches += 1;
        card = next.card;
      }
      expect(leeches).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("queueKindOf", () => {
  it("studies relearning cards with the learning ones", () => {
    expect(["new", "learning", "review", "relearning"].map((s) => queueKindOf(s as CardState["state"]))).toEqual(["new", "learning", "review", "learning"]);
  });
});
