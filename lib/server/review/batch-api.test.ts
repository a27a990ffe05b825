import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { scheduleParamsOf } from "@/lib/domain/review/history";
import { replayCard } from "@/lib/domain/review/replay";
import { db } from "@/lib/server/db";
import { cardSelect, toSnapshot } from "@/lib/server/data/cards";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as batchRoute } from "@/app/api/v1/reviews/batch/route";
import { POST as undoRoute } from "@/app/api/v1/reviews/undo/route";
import { expectReplayable, makeLearner, setSettings, writeShownCards } from "@/tests/support/review";
import { gradeFirst, withMemory, type LocalItem } from "@/lib/domain/review/local-queue";
import { gradeLocally, type OutboxEntry } from "@/lib/domain/review/outbox";
import { formatInterval } from "@/lib/domain/review/schedule";
import { reviveItem, type QueueJson } from "@/components/review/types";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// POST /api/v1/reviews/batch: the offline outbox's reviews, saved once each, merged by review time.

type Result = { reviewId: string; cardId: string; status: string; review?: { version: number } };
type Memory = { cardId: string; version: number; reps: number; due: string };
const post = (body: unknown) => batchRoute(jsonRequest("/api/v1/reviews/batch", "POST", body));
const MIN = 60_000;
// Reviews made in the last hours, relative to the run (the server refuses nothing for its age).
const BASE = Date.now() - 5 * 60 * MIN;
const at = (minutes: number) => new Date(BASE + minutes * MIN).toISOString();
const review = (cardId: string, minutes: number, rating = 3) => ({ reviewId: crypto.randomUUID(), cardId, rating, durationMs: 3000, reviewedAt: at(minutes) });

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

async function learnerWithCards(n = 2) {
  const me = await makeLearner();
  signInAs(me);
  const response = await queueRoute(jsonRequest(`/api/v1/review/queue?limit=${n}`, "GET"));
  const items = ((await response.json()) as { queue: { items: { cardId: string }[] } }).queue.items.map((i) => i.cardId);
  await writeShownCards(me.id, items, new Date(BASE - MIN));
  return { me, cards: items };
}

async function sync(reviews: unknown[]) {
  const response = await post({ reviews });
  expect(response.status).toBe(200);
  return (await response.json()) as { results: Result[]; cards: Memory[] };
}

describe("POST /api/v1/reviews/batch", () => {
  it("answers 401 when signed out", async () => {
    expect((await post({ reviews: [review("x", 0)] })).status).toBe(401);
  });

  it("saves each review once: the same batch sent twice is answered the same and changes nothing", async () => {
    const { me, cards } = await learnerWithCards();
    const reviews = [review(cards[0]!, 0), review(cards[1]!, 1, 4), review(cards[0]!, 12, 3)];
    const first = await sync(reviews);
    expect(first.results.map((r) => r.status)).toEqual(["saved", "saved", "saved"]);
    expect(first.cards.find((c) => c.cardId === cards[0])).toMatchObject({ reps: 2 });
    const before = await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } });
    const again = await sync(reviews);
    expect(again.results.map((r) => r.status)).toEqual(["replayed", "replayed", "replayed"]);
    expect(again.results.map((r) => r.review)).toEqual(first.results.map((r) => r.review));
    expect(again.cards).toEqual(first.cards);
    expect(await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(3);
  });

  it("merges two devices' offline reviews by review time: same cards whichever syncs first, every review kept", async () => {
    const states = [];
    for (const phoneFirst of [true, false]) {
      const { me, cards } = await learnerWithCards();
      const [c1, c2] = [cards[0]!, cards[1]!];
      // Load balancing reads the due counts when each batch arrives, which differ with the order the
      // devices sync in; this test is about the merge itself.
      await setSettings(me.id, { loadBalancing: false });
      const phone = [review(c1, 0, 3), review(c2, 2, 1), review(c1, 20, 3), review(c1, 60 * 3, 4)];
      const laptop = [review(c1, 10, 1), review(c2, 15, 3), review(c1, 60 * 2, 2)];
      const start = new Map(await Promise.all([c1, c2].map(async (id) => [id, toSnapshot(await db.card.findUniqueOrThrow({ where: { id }, select: cardSelect }))] as const)));
      const params = scheduleParamsOf((await getReviewSettings(me.id)).settings);
      const [first, second] = phoneFirst ? [phone, laptop] : [laptop, phone];
      await sync(first);
      const merged = await sync(second);
      expect(merged.results.every((r) => r.status === "saved")).toBe(true);
      expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(7);
      for (const id of [c1, c2]) {
        await expectReplayable(me.id, id);
        // Equal to grading all seven reviews in time order from the cards as they were.
        const all = [...phone, ...laptop].filter((r) => r.cardId === id).sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
        const expected = replayCard(start.get(id)!, all.map((r) => ({ kind: "learn", rating: r.rating, reviewedAt: new Date(r.reviewedAt), durationMs: r.durationMs, params, action: null })), id);
        const row = await db.card.findUniqueOrThrow({ where: { id }, select: cardSelect });
        expect(expected.ok && expected.card).toEqual(toSnapshot(row));
        // The answer carries the authoritative card.
        const memory = merged.cards.find((c) => c.cardId === id)!;
        expect(memory).toMatchObject({ version: row.version, reps: row.reps, due: row.due.toISOString() });
      }
      states.push((await db.card.findMany({ where: { userId: me.id }, orderBy: { position: "asc" } })).map((c) => c.reps));
    }
    expect(states[0]).toEqual(states[1]);
  });

  it("grades a batch across cards in review-time order with the due counts each review left, as the browser did", async () => {
    const me = await makeLearner();
    signInAs(me);
    const now = Date.now();
    const flashcards = await db.flashcard.findMany({ where: { retiredAt: null }, orderBy: [{ sectionId: "asc" }, { position: "asc" }], take: 40 });
    // Eight review cards due now with the same memory (their fuzz ranges overlap), and the rest due
    // over the next weeks, so the counts differ from day to day.
    await db.card.createMany({
      data: flashcards.map((f, i) => ({
        userId: me.id, flashcardId: f.id, sectionId: f.sectionId, position: f.position, state: "review", due: new Date(now - (i < 8 ? 60 * MIN : -(2 + (i % 20)) * 24 * 60 * MIN)),
        stability: 12, difficulty: 5, elapsedDays: 12, scheduledDays: 12, learningSteps: 0, reps: 4, lapses: 0, lastReview: new Date(now - 12 * 24 * 60 * MIN),
      })),
    });
    const response = await queueRoute(jsonRequest("/api/v1/review/queue?limit=8", "GET"));
    const queue = ((await response.json()) as { queue: QueueJson }).queue;
    expect(queue.workload.loadBalancing).toBe(true);
    let items: LocalItem[] = queue.items.map(reviveItem);
    expect(items).toHaveLength(8);
    let workload = queue.workload;
    const entries: OutboxEntry[] = [];
    const localDue = new Map<string, Date>();
    // Made over the last second, a millisecond apart: a review stamped after the server's clock at
    // sync counts as made then, and eight local grades can take less than the 7 ms the stamps span.
    const t0 = Date.now() - 1000;
    for (let i = 0; items.length > 0; i++) {
      const head = items[0]!;
      const now = new Date(t0 + i);
      // What the reviewer shows on Good, and the card the grade gives (the outbox keeps the grade).
      const shown = withMemory(head, head.memory, queue.params, now, workload).intervals["3"];
      const card = gradeLocally(queue.params, head.memory, 3, now, 3000, "x", head.targets, workload).card;
      expect(formatInterval(card.due.getTime() - now.getTime())).toBe(shown);
      localDue.set(head.cardId, card.due);
      const graded = gradeFirst({ items, counts: queue.counts, params: queue.params, learnAheadMinutes: 20, workload, rating: 3, now, durationMs: 3000, reviewId: crypto.randomUUID(), expectVersion: false })!;
      items = graded.items;
      workload = graded.workload!;
      entries.push(graded.entry);
    }
    const synced = await sync(entries.map((e) => ({ reviewId: e.reviewId, cardId: e.cardId, rating: e.rating, durationMs: e.durationMs, reviewedAt: e.reviewedAt.toISOString() })));
    expect(synced.results.every((r) => r.status === "saved")).toBe(true);
    // The server placed every card where the browser did, and its log replays to it.
    for (const entry of entries) {
      const row = await db.card.findUniqueOrThrow({ where: { id: entry.cardId }, select: cardSelect });
      expect(row.due).toEqual(localDue.get(entry.cardId));
      await expectReplayable(me.id, entry.cardId);
    }
    // Balancing spread them: the eight identical cards did not all land on one day.
    const days = new Set((await db.card.findMany({ where: { id: { in: entries.map((e) => e.cardId) } }, select: { scheduledDays: true } })).map((c) => c.scheduledDays));
    expect(days.size).toBeGreaterThan(1);
  });

  it("two devices syncing at the same moment: both batches saved, every review kept once", async () => {
    const { me, cards } = await learnerWithCards(2);
    const phone = [review(cards[0]!, 0), review(cards[1]!, 10), review(cards[0]!, 40)];
    const laptop = [review(cards[1]!, 5, 1), review(cards[0]!, 20, 2)];
    const [a, b, again] = await Promise.all([post({ reviews: phone }), post({ reviews: laptop }), post({ reviews: phone })]);
    expect([a.status, b.status, again.status]).toEqual([200, 200, 200]);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(5);
    for (const id of cards) await expectReplayable(me.id, id);
  });

  it("undo after a merge takes back the latest review by time", async () => {
    const { me, cards } = await learnerWithCards(1);
    const late = review(cards[0]!, 5, 1);
    await sync([review(cards[0]!, 0), review(cards[0]!, 30)]);
    await sync([late]);
    const latest = await db.reviewLog.findFirstOrThrow({ where: { userId: me.id }, orderBy: { reviewedAt: "desc" } });
    const response = await undoRoute(jsonRequest("/api/v1/reviews/undo", "POST", { reviewId: latest.reviewId }));
    expect(response.status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(2);
    await expectReplayable(me.id, cards[0]!, true);
  });

  it("refuses another learner's card (404, nothing saved, even beside the learner's own) and reports refusals per review", async () => {
    const { me, cards } = await learnerWithCards(2);
    const other = await learnerWithCards(1);
    signInAs(me);
    expect((await post({ reviews: [review(cards[0]!, 0), review(other.cards[0]!, 1)] })).status).toBe(404);
    expect((await post({ reviews: [review("no-such-card", 1)] })).status).toBe(404);
    expect(await db.reviewLog.count({ where: { userId: { in: [me.id, other.me.id] } } })).toBe(0);
    await db.card.update({ where: { id: cards[1]! }, data: { suspended: true } });
    const used = review(cards[0]!, 2);
    const result = await sync([used, review(cards[1]!, 3)]);
    expect(result.results.map((r) => r.status)).toEqual(["saved", "suspended"]);
    // A reviewId already used for another card is a client error, never a silent success.
    const reused = await sync([{ ...used, cardId: cards[1]! }]);
    expect(reused.results[0]!.status).toBe("reused-id");
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
  });

  it("refuses a review made online for a card version another tab already moved past (stale), saving the rest", async () => {
    const { me, cards } = await learnerWithCards(2);
    const first = await sync([{ ...review(cards[0]!, 0), expectedVersion: 0 }]);
    expect(first.results[0]!.status).toBe("saved");
    const second = await sync([{ ...review(cards[0]!, 1), expectedVersion: 0 }, { ...review(cards[1]!, 1), expectedVersion: 0 }]);
    expect(second.results.map((r) => r.status)).toEqual(["stale", "saved"]);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(2);
  });

  it("refuses bad input: 400 not JSON, 422 for 101 reviews, a repeated reviewId, a bad time or rating", async () => {
    const { me, cards } = await learnerWithCards(1);
    expect((await post("{not json")).status).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => review(cards[0]!, i));
    const tooMany = await post({ reviews: many });
    expect(tooMany.status).toBe(422);
    expect(JSON.stringify(await tooMany.json())).toMatch(/at most 100/);
    expect((await post({ reviews: many.slice(0, 100) })).status).toBe(200);
    const one = review(cards[0]!, 200);
    for (const bad of [{ reviews: [] }, { reviews: [one, one] }, { reviews: [{ ...one, reviewedAt: "yesterday" }] }, { reviews: [{ ...one, rating: 5 }] }, { reviews: [{ ...one, expectedVersion: -1 }] }, [one]]) {
      expect((await post(bad)).status).toBe(422);
    }
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(100);
  });
});
