import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as reviewRoute } from "@/app/api/v1/reviews/route";
import { makeLearner, reviewBody, writeShownCards } from "@/tests/support/review";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// Reviews that must not be accepted: a reviewId already used for another card, and a card whose
// flashcard was retired from the banks.

type QueueItem = { cardId: string; flashcardId?: string };
const post = (body: unknown) => reviewRoute(jsonRequest("/api/v1/reviews", "POST", body));

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

async function learnerWithCards(limit: number) {
  const me = await makeLearner();
  signInAs(me);
  const response = await queueRoute(jsonRequest(`/api/v1/review/queue?limit=${limit}`, "GET"));
  const body = (await response.json()) as { queue: { items: QueueItem[] } };
  await writeShownCards(me.id, body.queue.items.map((i) => i.cardId));
  return { me, items: body.queue.items };
}

describe("POST /api/v1/reviews refusals", () => {
  it("answers 409 when a reviewId already used for one card is sent for another, and changes nothing", async () => {
    const { me, items } = await learnerWithCards(2);
    const [a, b] = items;
    const first = reviewBody(a!.cardId, 3);
    expect((await post(first)).status).toBe(201);
    const before = await db.card.findUniqueOrThrow({ where: { id: b!.cardId } });
    const reused = await post({ ...first, cardId: b!.cardId, rating: 1 });
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { error: string }).error).toMatch(/already used for another card/i);
    expect(await db.card.findUniqueOrThrow({ where: { id: b!.cardId } })).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
    // The same reviewId for the same card is still a harmless replay.
    expect((await post(first)).status).toBe(200);
  });

  it("refuses a review of a card whose flashcard was retired, like a suspended card", async () => {
    const { me, items } = await learnerWithCards(1);
    const card = await db.card.findUniqueOrThrow({ where: { id: items[0]!.cardId } });
    const flashcard = await db.flashcard.findUniqueOrThrow({ where: { id: card.flashcardId } });
    await db.flashcard.update({ where: { id: card.flashcardId }, data: { retiredAt: new Date() } });
    try {
      const response = await post(reviewBody(card.id, 3));
      expect(response.status).toBe(409);
      expect(((await response.json()) as { reason: string }).reason).toBe("retired");
      expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
    } finally {
      await db.flashcard.update({ where: { id: card.flashcardId }, data: { retiredAt: flashcard.retiredAt } });
    }
  });
});
