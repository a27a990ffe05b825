import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db, dbProvider } from "@/lib/server/db";
import { getLatestEntryTimes } from "@/lib/server/data/card-history";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as batchRoute } from "@/app/api/v1/reviews/batch/route";
import { expectReplayable, makeLearner, writeShownCards } from "@/tests/support/review";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// A batch's writes are set-based: the statements a batch sends do not grow with its reviews
// (one read of the cards and reviewIds, one write of the cards, one of the new log entries).

const MIN = 60_000;

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
afterEach(() => vi.restoreAllMocks());

// better-sqlite3's compiled statements share one prototype; its run() and all() execute them.
const sqliteStatement = Object.getPrototypeOf(new Database(":memory:").prepare("SELECT 1")) as { run: () => unknown; all: () => unknown };

// Counts the statements the database drivers run while `run` runs (SQLite: each run() or all() of
// a compiled statement, which the app compiles once per text; PostgreSQL: each query on a pooled client).
async function countStatements(run: () => Promise<void>): Promise<number> {
  const sqliteRuns = vi.spyOn(sqliteStatement, "run");
  const sqliteReads = vi.spyOn(sqliteStatement, "all");
  const postgres = vi.spyOn(pg.Client.prototype, "query");
  await run();
  const count = sqliteRuns.mock.calls.length + sqliteReads.mock.calls.length + postgres.mock.calls.length;
  for (const spy of [sqliteRuns, sqliteReads, postgres]) spy.mockRestore();
  return count;
}

async function learnerWithCards(n: number) {
  const me = await makeLearner();
  signInAs(me);
  const response = await queueRoute(jsonRequest(`/api/v1/review/queue?limit=${n}`, "GET"));
  const cards = ((await response.json()) as { queue: { items: { cardId: string }[] } }).queue.items.map((i) => i.cardId);
  await writeShownCards(me.id, cards, new Date(Date.now() - 10 * 60 * MIN));
  return { me, cards };
}

// `size` reviews over the cards in turn, a minute apart from `start` (in the past, so each is
// checked against the card's later entries, as a synced outbox is).
function outbox(cards: readonly string[], size: number, start: number) {
  return Array.from({ length: size }, (_, k) => ({ reviewId: crypto.randomUUID(), cardId: cards[k % cards.length]!, rating: [1, 3, 3, 4][k % 4]!, durationMs: 3000, reviewedAt: new Date(start + k * MIN).toISOString() }));
}

async function sync(reviews: unknown[]) {
  const response = await batchRoute(jsonRequest("/api/v1/reviews/batch", "POST", { reviews }));
  expect(response.status).toBe(200);
  return (await response.json()) as { results: { status: string }[] };
}

describe("POST /api/v1/reviews/batch statements", () => {
  it("sends as many statements for 50 reviews over 20 cards as for 10, and a small number", async () => {
    const { me, cards } = await learnerWithCards(20);
    const start = Date.now() - 9 * 60 * MIN;
    let result = await sync(outbox(cards, 10, start)); // the learner's first sync, left out of the count
    const counts: number[] = [];
    for (const batch of [outbox(cards, 10, start + 100 * MIN), outbox(cards, 50, start + 200 * MIN)]) {
      counts.push(await countStatements(async () => void (result = await sync(batch))));
      expect(result.results.every((r) => r.status === "saved")).toBe(true);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(20);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(70);
    // The set-based writes leave each card equal to the replay of its log.
    for (const id of cards) await expectReplayable(me.id, id);
  });

  it("merges a late batch into the cards' histories with as many statements for 40 late reviews as for 8", async () => {
    const { me, cards } = await learnerWithCards(8);
    const start = Date.now() - 9 * 60 * MIN;
    // Stored reviews every hour; the late ones fall between them, so each card's history is rewritten.
    await sync(outbox(cards, 16, start).map((r, k) => ({ ...r, reviewedAt: new Date(start + k * 30 * MIN).toISOString() })));
    const late = (size: number, offset: number) => outbox(cards, size, start).map((r, k) => ({ ...r, reviewedAt: new Date(start + offset + k * 5 * MIN).toISOString() }));
    const counts = [await countStatements(async () => void (await sync(late(8, MIN)))), await countStatements(async () => void (await sync(late(40, 2 * MIN))))];
    expect(counts[1]).toBe(counts[0]);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(64);
    for (const id of cards) await expectReplayable(me.id, id);
  });

  it("stores dates, numbers and flags as the model API does (the queries compare them as stored)", async () => {
    const { me, cards } = await learnerWithCards(2);
    await sync(outbox(cards, 4, Date.now() - 60 * MIN));
    if (dbProvider() === "sqlite") {
      // introducedAt was written by the model API, due and lastReview by the set-based update.
      const rows = await db.$queryRaw<{ due: string; lastReview: string; introducedAt: string; suspended: number; t: string }[]>`SELECT CAST(due AS TEXT) AS due, CAST("lastReview" AS TEXT) AS "lastReview", CAST("introducedAt" AS TEXT) AS "introducedAt", suspended, typeof(reps) AS t FROM "Card" WHERE "userId" = ${me.id}`;
      const shape = (text: string) => text.replace(/\d/g, "0");
      for (const row of rows) {
        expect(shape(row.due)).toBe(shape(row.introducedAt));
        expect(shape(row.lastReview)).toBe(shape(row.introducedAt));
        expect(row.t).toBe("integer");
        expect(Number(row.suspended)).toBe(0);
      }
      const logs = await db.$queryRaw<{ reviewedAt: string; dueAfter: string; t: string }[]>`SELECT CAST("reviewedAt" AS TEXT) AS "reviewedAt", CAST("dueAfter" AS TEXT) AS "dueAfter", typeof("repsAfter") AS t FROM "ReviewLog" WHERE "userId" = ${me.id}`;
      for (const log of logs) expect([shape(log.reviewedAt), shape(log.dueAfter), log.t]).toEqual([shape(rows[0]!.introducedAt), shape(rows[0]!.introducedAt), "integer"]);
    }
    // Read back through the model API, with a date filter on a column written by the update.
    const due = await db.card.findMany({ where: { userId: me.id, due: { gt: new Date(Date.now() - 2 * 60 * MIN) } }, select: { id: true } });
    expect(due).toHaveLength(2);
  });
});

describe("getLatestEntryTimes", () => {
  it("answers each of the learner's named cards' latest entry time, whatever its kind, and nothing for others' cards", async () => {
    const { me, cards } = await learnerWithCards(3);
    const start = Date.now() - 5 * 60 * MIN;
    const other = await learnerWithCards(1);
    await sync(outbox(other.cards, 1, start)); // signed in as the other learner
    signInAs(me);
    await sync(outbox(cards.slice(0, 2), 4, start));
    // A manual entry (a later operation) counts as the card's latest.
    const manualAt = new Date(start + 90 * MIN);
    const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: cards[0]! }, orderBy: { reviewedAt: "desc" } });
    await db.reviewLog.create({ data: { ...log, id: crypto.randomUUID(), reviewId: crypto.randomUUID(), kind: "manual", rating: 0, reviewedAt: manualAt } });
    const latest = await db.$transaction((tx) => getLatestEntryTimes(tx, me.id, [...cards, other.cards[0]!]));
    expect([...latest.keys()].sort()).toEqual(cards.slice(0, 2).sort());
    expect(latest.get(cards[0]!)).toEqual(manualAt);
    expect(latest.get(cards[1]!)).toEqual(new Date(start + 3 * MIN));
  });
});
