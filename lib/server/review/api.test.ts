import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as reviewRoute } from "@/app/api/v1/reviews/route";
import { GET as healthRoute } from "@/app/api/v1/health/route";
import { writeShownCards, makeLearner, reviewBody, setSettings } from "@/tests/support/review";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

type QueueItem = { cardId: string; version: number; kind: string; sectionId: string; intervals: Record<string, string>; faces: { kind: string } };

async function getQueue(query = "") {
  const response = await queueRoute(jsonRequest(`/api/v1/review/queue${query}`, "GET"));
  return { response, body: (await response.json()) as { queue: { items: QueueItem[]; counts: { new: number; learning: number; review: number }; learningLater: number }; error?: string } };
}
const post = (body: unknown) => reviewRoute(jsonRequest("/api/v1/reviews", "POST", body));

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

describe("GET /api/v1/review/queue", () => {
  it("answers 401 when signed out", async () => {
    expect((await getQueue()).response.status).toBe(401);
  });

  it("introduces today's 20 new cards in article order, each with its grade intervals", async () => {
    const me = await makeLearner();
    signInAs(me);
    const { response, body } = await getQueue("?limit=50");
    expect(response.status).toBe(200);
    expect(body.queue.counts).toEqual({ new: 20, learning: 0, review: 0 });
    expect(body.queue.items).toHaveLength(20);
    const first = await db.flashcard.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { position: "asc" } });
    expect(body.queue.items[0]?.sectionId).toBe(first.sectionId);
    expect(body.queue.items[0]?.intervals).toMatchObject({ "1": "1m", "3": "10m" });
    // Shown, not written: a card's row comes with its first review, and loading again shows the same cards.
    expect(await db.card.count({ where: { userId: me.id } })).toBe(0);
    expect((await getQueue("?limit=50")).body.queue.items.map((i) => i.cardId)).toEqual(body.queue.items.map((i) => i.cardId));
  });

  it("cuts the list to limit but still counts what is left today", async () => {
    signInAs(await makeLearner());
    const { body } = await getQueue("?limit=3");
    expect(body.queue.items).toHaveLength(3);
    expect(body.queue.counts.new).toBe(20);
  });

  it("refuses a bad limit with 422 and an unknown section with 404", async () => {
    const me = await makeLearner();
    signInAs(me);
    for (const q of ["?limit=0", "?limit=101", "?limit=abc", "?section=NOT%20AN%20ID"]) expect((await getQueue(q)).response.status).toBe(422);
    expect((await getQueue("?section=no-such-section")).response.status).toBe(404);
    expect(await db.card.count({ where: { userId: me.id } })).toBe(0);
  });

  it("with ?section= shows and introduces only that section's cards", async () => {
    const me = await makeLearner();
    signInAs(me);
    const { body } = await getQueue("?section=ero&limit=100");
    expect(body.queue.items.length).toBeGreaterThan(0);
    expect(new Set(body.queue.items.map((i) => i.sectionId))).toEqual(new Set(["ero"]));
    expect(await db.card.count({ where: { userId: me.id, NOT: { sectionId: "ero" } } })).toBe(0);
  });
});

describe("POST /api/v1/reviews", () => {
  async function learnerWithCard() {
    const me = await makeLearner();
    signInAs(me);
    const { body } = await getQueue("?limit=1");
    const item = body.queue.items[0]!;
    await writeShownCards(me.id, [item.cardId]);
    return { me, item };
  }

  it("answers 401 when signed out", async () => {
    expect((await post(reviewBody("x", 3))).status).toBe(401);
  });

  it("grades the card: 201, the card advances one version and one log is written", async () => {
    const { me, item } = await learnerWithCard();
    const body = reviewBody(item.cardId, 3, { expectedVersion: item.version });
    const response = await post(body);
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json.review).toMatchObject({ reviewId: body.reviewId, cardId: item.cardId, rating: 3, state: "learning", version: item.version + 1, leech: false });
    const card = await db.card.findUniqueOrThrow({ where: { id: item.cardId } });
    expect(card).toMatchObject({ state: "learning", reps: 1, version: item.version + 1 });
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: me.id } });
    expect(log).toMatchObject({ rating: 3, stateBefore: "new", stateAfter: "learning", durationMs: 4000, versionAfter: item.version + 1 });
  });

  it("repeating a reviewId returns the first result (200) and changes nothing", async () => {
    const { me, item } = await learnerWithCard();
    const body = reviewBody(item.cardId, 4);
    const first = await (await post(body)).json();
    const before = await db.card.findUniqueOrThrow({ where: { id: item.cardId } });
    // A retry, even one claiming another grade, is recognised by its id.
    const again = await post({ ...body, rating: 1 });
    expect(again.status).toBe(200);
    const json = await again.json();
    expect(json.replayed).toBe(true);
    expect(json.review).toEqual(first.review);
    expect(await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
  });

  it("two racing requests with one reviewId write one review", async () => {
    const { me, item } = await learnerWithCard();
    const body = reviewBody(item.cardId, 3);
    const statuses = (await Promise.all([post(body), post(body), post(body)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 201]);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).reps).toBe(1);
  });

  it("refuses a grade for a card that changed since it was shown (two tabs): 409, never applied twice", async () => {
    const { me, item } = await learnerWithCard();
    const [a, b] = await Promise.all([
      post(reviewBody(item.cardId, 3, { expectedVersion: item.version })),
      post(reviewBody(item.cardId, 3, { expectedVersion: item.version })),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const refused = a.status === 409 ? a : b;
    expect((await refused.json()).error).toMatch(/already reviewed in another tab/);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).reps).toBe(1);
  });

  it("answers 404 for another learner's card and leaves it alone", async () => {
    const { item } = await learnerWithCard();
    const before = await db.card.findUniqueOrThrow({ where: { id: item.cardId } });
    const intruder = await makeLearner("intruder");
    signInAs(intruder);
    expect((await post(reviewBody(item.cardId, 1))).status).toBe(404);
    expect((await post(reviewBody("no-such-card", 1))).status).toBe(404);
    expect(await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: intruder.id } })).toBe(0);
  });

  it("refuses bad input (400 not JSON, 422 invalid) and saves nothing", async () => {
    const { me, item } = await learnerWithCard();
    expect((await post("{not json")).status).toBe(400);
    const bad = [
      { ...reviewBody(item.cardId, 5) },
      { ...reviewBody(item.cardId, 0) },
      { ...reviewBody(item.cardId, 3), reviewId: "not-a-uuid" },
      { ...reviewBody(item.cardId, 3), durationMs: -1 },
      { ...reviewBody(item.cardId, 3), extra: true },
      { cardId: item.cardId, rating: 3 },
    ];
    for (const body of bad) {
      const response = await post(body);
      expect(response.status).toBe(422);
      expect((await response.json()).issues.length).toBeGreaterThan(0);
    }
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
  });

  it("tags a card at its 8th lapse and says so, leaving it in review (Anki's default leech action)", async () => {
    const { item } = await learnerWithCard();
    const lastReview = new Date(Date.now() - 5 * 86_400_000);
    await db.card.update({
      where: { id: item.cardId },
      data: { state: "review", stability: 3, difficulty: 8, scheduledDays: 5, reps: 20, lapses: 7, lastReview, due: new Date(Date.now() - 1000) },
    });
    const response = await post(reviewBody(item.cardId, 1));
    expect(response.status).toBe(201);
    expect((await response.json()).review.leech).toBe(true);
    expect(await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).toMatchObject({ lapses: 8, leech: true, suspended: false });
    // Tagged only: the card can still be graded.
    expect((await post(reviewBody(item.cardId, 3))).status).toBe(201);
  });

  it("with the action 'suspend', suspends a leech at its threshold and again every half threshold (here 5, then 8)", async () => {
    const { me, item } = await learnerWithCard();
    await setSettings(me.id, { leechThreshold: 5, leechAction: "suspend" });
    const lastReview = new Date(Date.now() - 5 * 86_400_000);
    await db.card.update({
      where: { id: item.cardId },
      data: { state: "review", stability: 3, difficulty: 8, scheduledDays: 5, reps: 20, lapses: 7, lastReview, due: new Date(Date.now() - 1000) },
    });
    const response = await post(reviewBody(item.cardId, 1));
    expect((await response.json()).review.leech).toBe(true);
    expect(await db.card.findUniqueOrThrow({ where: { id: item.cardId } })).toMatchObject({ lapses: 8, leech: true, suspended: true });
    // Suspended now: a further grade is refused and the card leaves the queue.
    expect((await post(reviewBody(item.cardId, 3))).status).toBe(409);
    const { body } = await getQueue("?limit=100");
    expect(body.queue.items.map((i) => i.cardId)).not.toContain(item.cardId);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
  });
});

describe("queue after grading", () => {
  // The routes read the wall clock; these tests set it, since a learning step that ends after the
  // study day's 4 a.m. rollover belongs to the next day's counts.
  afterEach(() => vi.useRealTimers());
  const setClock = (iso: string) => vi.useFakeTimers({ toFake: ["Date"], now: new Date(iso) });
  // A learner in UTC who studies one new card a day grades it Good (a 10-minute learning step).
  async function gradeOneNewCardGoodAt(iso: string, learnAheadMinutes = 20) {
    setClock(iso);
    const me = await makeLearner();
    signInAs(me);
    await setSettings(me.id, { newPerDay: 1, timeZone: "UTC", learnAheadMinutes });
    const item = (await getQueue()).body.queue.items[0]!;
    await post(reviewBody(item.cardId, 3));
    return item;
  }

  it("learns ahead: with nothing else left, a card in a 10-minute step comes back at once and counts as learning (Anki's 20 minutes)", async () => {
    const item = await gradeOneNewCardGoodAt("2026-06-15T12:00:00Z");
    const { body } = await getQueue();
    expect(body.queue.items.map((i) => i.cardId)).toEqual([item.cardId]);
    expect(body.queue.counts).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it("with a learn-ahead limit shorter than the step, keeps the card out until due and does not count it yet", async () => {
    const item = await gradeOneNewCardGoodAt("2026-06-15T12:00:00Z", 5);
    const { body } = await getQueue();
    expect(body.queue.items).toEqual([]);
    expect(body.queue.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(body.queue.learningLater).toBe(1);
    setClock("2026-06-15T12:06:00Z");
    expect((await getQueue()).body.queue.items.map((i) => i.cardId)).toEqual([item.cardId]);
  });

  it("leaves a learning step that ends after the 4 a.m. rollover to the next study day", async () => {
    const item = await gradeOneNewCardGoodAt("2026-06-15T03:55:00Z");
    expect((await getQueue()).body.queue.counts).toEqual({ new: 0, learning: 0, review: 0 });
    // The new day brings the card back as learning, beside that day's one new card.
    setClock("2026-06-15T04:06:00Z");
    const { body } = await getQueue();
    expect(body.queue.items.map((i) => i.cardId)).toContain(item.cardId);
    expect(body.queue.counts).toEqual({ new: 1, learning: 1, review: 0 });
  });
});

describe("GET /api/v1/health", () => {
  it("answers { ok: true } to anyone", async () => {
    const response = await healthRoute();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
