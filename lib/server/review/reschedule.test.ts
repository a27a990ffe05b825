import { beforeAll, describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { seed } from "@/lib/db/seed";
import { newCardState } from "@/lib/domain/review/card-state";
import { applyReview } from "@/lib/domain/review/schedule";
import { parseReviewSettings } from "@/lib/domain/review/settings";
import { db } from "@/lib/server/db";
import { replayCard } from "@/lib/domain/review/replay";
import { studyDaysUntil } from "@/lib/domain/review/targets";
import { getCardHistory } from "@/lib/server/data/card-history";
import { toSnapshot } from "@/lib/server/data/cards";
import { countDoneSince, undoLatestReview } from "@/lib/server/data/review-logs";
import { createOwnTarget } from "@/lib/server/data/study-targets";
import { applyParameters } from "./optimizer";
import { loadReviewQueue } from "./queue";
import { submitReview } from "./review";
import { makeLearner, reviewBody, setSettings } from "@/tests/support/review";

// "Reschedule cards on change": applying new parameters recomputes each review card's memory state
// from its history and its due date, in one transaction with a "rescheduled" log entry per card.

const T0 = new Date("2026-05-04T09:00:00Z");
const T1 = new Date("2026-05-05T12:00:00Z");
// Parameters whose first-review stabilities are twice the defaults.
const slower = default_w.map((w, i) => (i < 4 ? w * 2 : w));

async function learnerWithReviewCards(rescheduleOnChange = true) {
  const me = await makeLearner();
  await setSettings(me.id, { newPerDay: 4, learningSteps: "[]", rescheduleOnChange });
  const queue = (await loadReviewQueue(me.id, T0, { limit: 10 }))!;
  for (const item of queue.items) {
    const outcome = await submitReview(me.id, { ...reviewBody(item.cardId, 3), rating: 3 }, new Date(T0.getTime() + 60_000));
    expect(outcome.status).toBe("saved");
  }
  const cards = await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } });
  expect(cards.map((c) => c.state)).toEqual(["review", "review", "review", "review"]);
  return { me, cards };
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

describe("applying new parameters", () => {
  it("recomputes memory states and due dates of review cards, logging each as rescheduled, on by default", async () => {
    const { me, cards } = await learnerWithReviewCards();
    expect(await applyParameters(me.id, slower, T1)).toBe(4);
    const after = await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } });
    // The replayed first review under the new parameters.
    const settings = parseReviewSettings({ learningSteps: [], weights: slower });
    for (const [i, card] of after.entries()) {
      const replayed = applyReview(settings, newCardState(cards[i]!.lastReview!), 3, cards[i]!.lastReview!, 0, card.id).card;
      expect(card.stability).toBeCloseTo(replayed.stability, 10);
      expect(card.stability).toBeGreaterThan(cards[i]!.stability);
      expect(card.due.getTime()).toBeGreaterThan(cards[i]!.due.getTime());
      expect(card.version).toBe(cards[i]!.version + 1);
    }
    const logs = await db.reviewLog.findMany({ where: { userId: me.id, kind: "rescheduled" } });
    expect(logs).toHaveLength(4);
    expect(logs.every((l) => l.rating === 0 && l.reviewedAt.getTime() === T1.getTime())).toBe(true);
    // Not reviews: today's counts and undo ignore them (the card changed since its last review).
    expect(await countDoneSince(me.id, T0)).toEqual({ newIntroduced: 4, reviewsDone: 0 });
    expect((await undoLatestReview(me.id, undefined)).status).toBe("changed");
  });

  it("leaves cards alone when the learner turned the option off", async () => {
    const { me, cards } = await learnerWithReviewCards(false);
    expect(await applyParameters(me.id, slower, T1)).toBe(0);
    expect(await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } })).toEqual(cards);
    expect(await db.reviewLog.count({ where: { userId: me.id, kind: "rescheduled" } })).toBe(0);
  });

  it("keeps a study target's cap: a rescheduled card is still due by the date's eve, and replays to the same card", async () => {
    const { me, cards } = await learnerWithReviewCards();
    const date = new Date(T0.getTime() + 4 * 86_400_000);
    await createOwnTarget(me.id, { sectionIds: [...new Set(cards.map((c) => c.sectionId))], date, targetRecall: 0.97 });
    expect(await applyParameters(me.id, slower, T1)).toBe(4);
    const after = await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } });
    const clock = { timeZone: "UTC", dayStartsAtHour: 4 };
    for (const card of after) {
      // Without the cap the slower parameters would put the review past the date.
      expect(studyDaysUntil(date, card.due, clock)).toBeGreaterThanOrEqual(1);
      const history = await getCardHistory(me.id, card.id);
      const replayed = replayCard(history.start!, history.entries, card.id);
      expect(replayed.ok && replayed.card).toEqual(toSnapshot(card));
    }
  });
});

