import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { createOwnTarget } from "@/lib/server/data/study-targets";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as batchRoute } from "@/app/api/v1/reviews/batch/route";
import { loadReviewQueue } from "./queue";
import { submitReview } from "./review";
import { makeLearner, reviewBody, setSettings } from "@/tests/support/review";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// Reading the queue writes nothing: today's new cards (the daily limit's and a study target's) are
// shown from a computation, and a card's row is written with its first review.

const DAY = 86_400_000;

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

// Every row a queue read used to write (cards, their log, fed mistakes).
async function rowsOf(userId: string) {
  const [cards, logs, fed] = await Promise.all([
    db.card.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
    db.questionResult.count({ where: { userId, reviewFedAt: { not: null } } }),
  ]);
  return { cards, logs, fed };
}

const good = (cardId: string) => ({ ...reviewBody(cardId, 3), rating: 3 as const });

type QueueBody = { queue: { items: { cardId: string; version: number }[]; counts: { new: number } } };
async function getQueue(query = "limit=20"): Promise<QueueBody["queue"]> {
  const response = await queueRoute(jsonRequest(`/api/v1/review/queue?${query}`, "GET"));
  expect(response.status).toBe(200);
  return ((await response.json()) as QueueBody).queue;
}

describe("GET /api/v1/review/queue is a read", () => {
  it("writes no row, however often it is read, and shows the same new cards each time", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 4, timeZone: "UTC" });
    await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(Date.now() + 5 * DAY), targetRecall: 0.9 });
    signInAs(me);
    const before = await rowsOf(me.id);
    const first = await getQueue();
    const second = await getQueue();
    expect(first.counts.new).toBeGreaterThan(4);
    expect(second.items.map((i) => i.cardId)).toEqual(first.items.map((i) => i.cardId));
    expect(await rowsOf(me.id)).toEqual(before);
    await getQueue("limit=5&section=hsi&extraNew=3");
    expect(await rowsOf(me.id)).toEqual(before);
  });

  it("shows the cards a pending quiz mistake brings without feeding it; the next review writes the feed", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0, quizCardsPerDay: 10, timeZone: "UTC" });
    const question = await db.question.findFirstOrThrow({ where: { ownerId: null, retiredAt: null, sectionId: "ero" }, select: { id: true } });
    // A result as a released assignment leaves it: recorded earlier, not fed yet.
    await db.questionResult.create({ data: { userId: me.id, questionId: question.id, sectionId: "ero", correct: false, score: 0, answeredAt: new Date(Date.now() - 60_000) } });
    signInAs(me);
    const before = await rowsOf(me.id);
    const shown = await getQueue();
    expect(shown.counts.new).toBeGreaterThan(0);
    expect((await getQueue()).items.map((i) => i.cardId)).toEqual(shown.items.map((i) => i.cardId));
    expect(await rowsOf(me.id)).toEqual(before);
    expect((await submitReview(me.id, good(shown.items[0]!.cardId), new Date())).status).toBe("saved");
    const cards = await db.card.findMany({ where: { userId: me.id } });
    expect(cards.map((c) => c.id).sort()).toEqual(shown.items.map((i) => i.cardId).sort());
    expect(cards.every((c) => c.quizRequestedAt !== null)).toBe(true);
    expect(await db.questionResult.count({ where: { userId: me.id, reviewFedAt: { not: null } } })).toBe(1);
  });

  it("the first review of a shown new card writes its row, once per reviewId, on the single and the batch path", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 3, timeZone: "UTC" });
    signInAs(me);
    const [a, b] = (await getQueue()).items;
    const now = new Date();
    const single = good(a!.cardId);
    expect((await submitReview(me.id, single, now)).status).toBe("saved");
    expect((await submitReview(me.id, single, now)).status).toBe("replayed");
    const batch = { reviews: [{ reviewId: crypto.randomUUID(), cardId: b!.cardId, rating: 3, durationMs: 2000, reviewedAt: new Date(Date.now() - 60_000).toISOString() }] };
    for (let i = 0; i < 2; i++) expect((await batchRoute(jsonRequest("/api/v1/reviews/batch", "POST", batch))).status).toBe(200);
    const cards = await db.card.findMany({ where: { userId: me.id }, orderBy: { position: "asc" } });
    expect(cards.map((c) => c.id).sort()).toEqual([a!.cardId, b!.cardId].sort());
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(2);
    // The third new card is still offered, and the next read offers no fourth.
    expect((await loadReviewQueue(me.id, new Date(), { limit: 20 }))!.counts.new).toBe(1);
  });

  it("refuses a made-up card id, and another learner's shown card", async () => {
    const me = await makeLearner();
    const other = await makeLearner();
    signInAs(other);
    const [theirs] = (await getQueue()).items;
    expect((await submitReview(me.id, good(theirs!.cardId), new Date())).status).toBe("not-found");
    expect((await submitReview(me.id, good("nffffffffffffffff_ero-no-such-card"), new Date())).status).toBe("not-found");
    expect(await db.card.count({ where: { userId: { in: [me.id, other.id] } } })).toBe(0);
  });
});
