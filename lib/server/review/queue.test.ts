import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { buryCard, forgetCard, suspendCard, unsuspendCard } from "./card-actions";
import { loadReviewQueue } from "./queue";
import { submitReview } from "./review";
import { makeLearner, reviewBody, setSettings } from "@/tests/support/review";

// The queue as the data layer builds it: daily limits, the deck, bury and suspend.

const T0 = new Date("2026-05-04T09:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const load = (userId: string, now = T0, sectionId?: string) => loadReviewQueue(userId, now, { limit: 100, sectionId });

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

describe("daily new-card limit", () => {
  it("introduces newPerDay cards and no more once they are answered the same day; more the next day", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 3, learningSteps: "[]" });
    const q = (await load(me.id))!;
    expect(q.counts.new).toBe(3);
    for (const item of q.items) {
      const outcome = await submitReview(me.id, { ...reviewBody(item.cardId, 4), rating: 4 }, later(1));
      expect(outcome.status).toBe("saved");
    }
    const after = (await load(me.id, later(2)))!;
    expect(after.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(await db.card.count({ where: { userId: me.id } })).toBe(3);
    // The next study day (after 04:00 UTC) brings three more.
    const tomorrow = (await load(me.id, new Date("2026-05-05T05:00:00Z")))!;
    expect(tomorrow.counts.new).toBe(3);
    // Shown, not written: their rows come with their first reviews.
    expect(await db.card.count({ where: { userId: me.id } })).toBe(3);
  });

  it("takes new cards only from the deck's sections", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { deckSectionIds: JSON.stringify(["ero", "hsi"]) });
    const q = (await load(me.id))!;
    expect(new Set(q.items.map((i) => i.sectionId))).toEqual(new Set(["hsi", "ero"]));
    expect(await db.card.count({ where: { userId: me.id, sectionId: { notIn: ["ero", "hsi"] } } })).toBe(0);
  });
});

describe("section filter", () => {
  it("introduces the day's new cards once, whichever sections are visited", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 3, learningSteps: "[]" });
    const hsi = (await load(me.id, T0, "hsi"))!;
    expect(hsi.counts.new).toBe(3);
    expect(hsi.items.every((i) => i.sectionId === "hsi")).toBe(true);
    // Each section offers its own until the day's new cards are answered; then none anywhere.
    await submitReview(me.id, { ...reviewBody(hsi.items[0]!.cardId, 3), rating: 3 }, later(1));
    const ero = (await load(me.id, later(1), "ero"))!;
    expect(ero.counts.new).toBe(2);
    expect(ero.items.every((i) => i.sectionId === "ero")).toBe(true);
    for (const item of ero.items.slice(0, 2)) await submitReview(me.id, { ...reviewBody(item.cardId, 3), rating: 3 }, later(2));
    expect((await load(me.id, later(3), "hsi"))!.counts.new).toBe(0);
    expect((await load(me.id, later(3)))!.counts.new).toBe(0);
    expect(await db.card.count({ where: { userId: me.id } })).toBe(3);
  });
});

describe("bury and suspend", () => {
  it("buries a card until the next study day and suspends one until unsuspended", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 2 });
    const [a, b] = (await load(me.id))!.items;
    expect(await buryCard(me.id, { cardId: a!.cardId, expectedVersion: a!.version }, T0)).toBe("ok");
    expect(await suspendCard(me.id, { cardId: b!.cardId }, T0)).toBe("ok");
    // As in Anki, hidden cards do not use up the day's allowance: the next new cards take their place.
    const today = (await load(me.id, later(5)))!.items.map((i) => i.cardId);
    expect(today).not.toContain(a!.cardId);
    expect(today).not.toContain(b!.cardId);
    expect(today).toHaveLength(2);
    // Tomorrow the buried card is back; the suspended one is not.
    const tomorrow = (await load(me.id, new Date("2026-05-05T05:00:00Z")))!;
    expect(tomorrow.items.map((i) => i.cardId)).toContain(a!.cardId);
    expect(tomorrow.items.map((i) => i.cardId)).not.toContain(b!.cardId);
    expect(await unsuspendCard(me.id, { cardId: b!.cardId }, T0)).toBe("ok");
    expect((await load(me.id, new Date("2026-05-05T05:00:00Z")))!.items.map((i) => i.cardId)).toContain(b!.cardId);
  });

  it("refuses a stale version and another learner's card", async () => {
    const me = await makeLearner();
    const [a] = (await load(me.id))!.items;
    const other = await makeLearner("other");
    expect(await buryCard(other.id, { cardId: a!.cardId }, T0)).toBe("not-found");
    expect(await suspendCard(me.id, { cardId: a!.cardId, expectedVersion: a!.version + 3 }, T0)).toBe("stale");
    expect((await db.card.findUniqueOrThrow({ where: { id: a!.cardId } })).suspended).toBe(false);
  });
});

describe("study day in the learner's time zone", () => {
  it("counts the day's new cards from 4 a.m. local time", async () => {
    const me = await makeLearner();
    // 02:00 UTC is 22:00 the day before in New York: still that evening's study day.
    await setSettings(me.id, { newPerDay: 1, timeZone: "America/New_York", learningSteps: "[]" });
    const evening = new Date("2026-05-05T02:00:00Z");
    const [card] = (await load(me.id, evening))!.items;
    await submitReview(me.id, reviewBody(card!.cardId, 4) as never, evening);
    // 07:00 UTC = 03:00 New York: same study day, nothing new.
    expect((await load(me.id, new Date("2026-05-05T07:00:00Z")))!.counts.new).toBe(0);
    // 08:30 UTC = 04:30 New York: a new day.
    expect((await load(me.id, new Date("2026-05-05T08:30:00Z")))!.counts.new).toBe(1);
  });
});

describe("flashcards removed from the banks", () => {
  it("takes a card whose flashcard was retired out of the queue, keeping the card and its review history", async () => {
    const me = await makeLearner();
    // Default learning steps: "again" brings the card back within minutes.
    await setSettings(me.id, { newPerDay: 2 });
    const [a, b] = (await load(me.id))!.items;
    expect(await submitReview(me.id, { ...reviewBody(a!.cardId, 1), rating: 1 }, later(1))).toMatchObject({ status: "saved" });
    const { flashcardId } = await db.card.findUniqueOrThrow({ where: { id: a!.cardId } });
    await db.flashcard.update({ where: { id: flashcardId }, data: { retiredAt: later(2) } });
    try {
      const after = (await load(me.id, later(3)))!;
      expect(after.items.map((i) => i.cardId)).not.toContain(a!.cardId);
      expect(after.items.map((i) => i.cardId)).toContain(b!.cardId);
      // Retired, not deleted: the card and its review log stay, so putting the flashcard back restores them.
      expect(await db.card.count({ where: { id: a!.cardId } })).toBe(1);
      expect(await db.reviewLog.count({ where: { cardId: a!.cardId } })).toBe(1);
    } finally {
      await db.flashcard.update({ where: { id: flashcardId }, data: { retiredAt: null } });
    }
    expect((await load(me.id, later(4)))!.items.map((i) => i.cardId)).toEqual(expect.arrayContaining([a!.cardId, b!.cardId]));
  });
});

describe("custom study (Anki)", () => {
  it("studies a section beyond today's new-card limit, and reviews ahead", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 2, learningSteps: "[]" });
    const first = (await load(me.id))!;
    for (const item of first.items) await submitReview(me.id, { ...reviewBody(item.cardId, 3), rating: 3 }, later(1));
    expect((await load(me.id, later(2)))!.counts.new).toBe(0);
    const section = (await db.card.findFirstOrThrow({ where: { userId: me.id } })).sectionId;
    const extra = (await loadReviewQueue(me.id, later(3), { limit: 100, sectionId: section, extraNew: 3 }))!;
    expect(extra.counts.new).toBe(3);
    expect(extra.items.every((i) => i.kind === "new")).toBe(true);
    // The first two are review cards due in a few days: reviewing ahead shows them now.
    expect((await load(me.id, later(4)))!.counts.review).toBe(0);
    const ahead = (await loadReviewQueue(me.id, later(4), { limit: 100, aheadDays: 30 }))!;
    expect(ahead.counts.review).toBe(2);
  });

  it("gives a section its extra new cards even when new cards of other sections are waiting", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 2, learningSteps: "[]" });
    const first = (await load(me.id))!;
    // Both studied, then one forgotten: it waits as new again, in the first section.
    for (const item of first.items) await submitReview(me.id, { ...reviewBody(item.cardId, 3), rating: 3 }, later(1));
    expect(await forgetCard(me.id, { cardId: first.items[0]!.cardId, resetCounts: false }, later(1))).toBe("ok");
    const taken = new Set((await db.card.findMany({ where: { userId: me.id }, select: { sectionId: true } })).map((c) => c.sectionId));
    const other = (await db.flashcard.findFirstOrThrow({ where: { sectionId: { notIn: [...taken] }, retiredAt: null }, select: { sectionId: true } })).sectionId;
    const extra = (await loadReviewQueue(me.id, later(2), { limit: 100, sectionId: other, extraNew: 2 }))!;
    expect(extra.counts.new).toBe(2);
    expect(extra.items.every((i) => i.kind === "new")).toBe(true);
  });
});
