import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as reviewRoute } from "@/app/api/v1/reviews/route";
import { POST as undoRoute } from "@/app/api/v1/reviews/undo/route";
import { cardColumns, makeLearner, reviewBody, setSettings, writeShownCards } from "@/tests/support/review";

// POST /api/v1/reviews/undo through the route handler, with a mocked session and a real database.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

type QueueItem = { cardId: string; version: number; kind: string };
type QueueCounts = { new: number; learning: number; review: number };

async function getQueue(query = "") {
  const response = await queueRoute(jsonRequest(`/api/v1/review/queue${query}`, "GET"));
  return { response, body: (await response.json()) as { queue: { items: QueueItem[]; counts: QueueCounts } } };
}
const post = (body: unknown) => reviewRoute(jsonRequest("/api/v1/reviews", "POST", body));
const undo = (body?: unknown) => undoRoute(jsonRequest("/api/v1/reviews/undo", "POST", body));

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

describe("POST /api/v1/reviews/undo", () => {
  it("answers 401 signed out, 404 with nothing to undo, 422 for a malformed reviewId", async () => {
    expect((await undo({})).status).toBe(401);
    signInAs(await makeLearner());
    expect((await undo({})).status).toBe(404);
    expect((await undo()).status).toBe(404);
    expect((await undo({ reviewId: "nope" })).status).toBe(422);
    expect((await undo("{oops")).status).toBe(400);
  });

  it("restores the card exactly, deletes the log and returns the card to show again", async () => {
    const me = await makeLearner();
    signInAs(me);
    const item = (await getQueue("?limit=1")).body.queue.items[0]!;
    await writeShownCards(me.id, [item.cardId]);
    const before = await cardColumns(item.cardId);
    const versionBefore = (await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).version;
    const body = reviewBody(item.cardId, 4);
    expect((await post(body)).status).toBe(201);
    const response = await undo({ reviewId: body.reviewId });
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json.undone).toEqual({ reviewId: body.reviewId, cardId: item.cardId });
    expect(json.item).toMatchObject({ cardId: item.cardId, kind: "new", version: versionBefore + 2 });
    expect(await cardColumns(item.cardId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
    // Undoing the same review again finds nothing.
    expect((await undo({ reviewId: body.reviewId })).status).toBe(404);
  });

  it("gives an undone first answer back to today's new cards: the card is offered again, and counted", async () => {
    const me = await makeLearner();
    signInAs(me);
    await setSettings(me.id, { newPerDay: 3 });
    const shown = (await getQueue("?limit=10")).body.queue;
    expect(shown.counts.new).toBe(3);
    const bodies = shown.items.map((item) => reviewBody(item.cardId, 4));
    for (const body of bodies) expect((await post(body)).status).toBe(201);
    expect((await getQueue("?limit=10")).body.queue.counts.new).toBe(0);
    expect((await undo({ reviewId: bodies.at(-1)!.reviewId })).status).toBe(200);
    const after = (await getQueue("?limit=10")).body.queue;
    expect(after.counts.new).toBe(1);
    expect(after.items.map((i) => i.cardId)).toEqual([bodies.at(-1)!.cardId]);
  });

  it("undoes only the most recent review, and lifts a leech's suspension with it", async () => {
    const me = await makeLearner();
    signInAs(me);
    const [a, b] = (await getQueue("?limit=2")).body.queue.items;
    await writeShownCards(me.id, [a!.cardId, b!.cardId]);
    const first = reviewBody(a!.cardId, 3);
    await post(first);
    await db.card.update({ where: { id: b!.cardId }, data: { state: "review", stability: 3, difficulty: 8, scheduledDays: 4, reps: 9, lapses: 15, lastReview: new Date(Date.now() - 4 * 86_400_000) } });
    const leechBefore = await cardColumns(b!.cardId);
    const second = reviewBody(b!.cardId, 1);
    expect((await (await post(second)).json()).review.leech).toBe(true);
    expect((await undo({ reviewId: first.reviewId })).status).toBe(409);
    expect((await undo({ reviewId: second.reviewId })).status).toBe(200);
    expect(await cardColumns(b!.cardId)).toEqual(leechBefore);
    expect(await db.card.findUniqueOrThrow({ where: { id: b!.cardId } })).toMatchObject({ suspended: false, leech: false, lapses: 15 });
    // Now the first review is the latest and can go too.
    expect((await undo({ reviewId: first.reviewId })).status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
  });

  it("refuses (409) when the card changed after the review, and never touches another learner's reviews", async () => {
    const me = await makeLearner();
    signInAs(me);
    const item = (await getQueue("?limit=1")).body.queue.items[0]!;
    const body = reviewBody(item.cardId, 3);
    await post(body);
    await db.card.update({ where: { id: item.cardId }, data: { suspended: true, version: { increment: 1 } } });
    expect((await undo({})).status).toBe(409);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
    signInAs(await makeLearner("other"));
    expect((await undo({ reviewId: body.reviewId })).status).toBe(404);
    expect((await undo({})).status).toBe(404);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
  });
});

