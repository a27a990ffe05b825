import { beforeAll, describe, expect, it, vi } from "vitest";

// Before the app's db is created: transactions may wait 300 ms to start, and PostgreSQL gets one
// pooled connection, so one long transaction is enough to make the next request wait too long.
vi.hoisted(() => {
  process.env.DATABASE_TX_WAIT_MS = "300";
  process.env.DATABASE_POOL_SIZE = "1";
});
vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as reviewRoute } from "@/app/api/v1/reviews/route";
import { makeLearner, reviewBody } from "@/tests/support/review";

// Overload slows the app down instead of failing it: a request whose transaction cannot start in
// time is answered 503 with Retry-After and saves nothing, and the same request sent again (same
// reviewId) is saved once.

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

// Holds the database (SQLite's one writer, or PostgreSQL's one pooled connection) for `ms`.
function holdDatabase(ms: number): Promise<void> {
  return db.$transaction(async (tx) => {
    await tx.user.count();
    await new Promise((resolve) => setTimeout(resolve, ms));
  }, { timeout: ms + 5000 });
}

describe("a database too busy to start a transaction", () => {
  it("answers 503 with Retry-After, saves nothing, and the retry with the same reviewId is saved once", async () => {
    const me = await makeLearner("busy");
    signInAs(me);
    const queue = (await (await queueRoute(jsonRequest("/api/v1/review/queue?limit=1", "GET"))).json()) as { queue: { items: { cardId: string }[] } };
    const body = reviewBody(queue.queue.items[0]!.cardId, 3);

    const held = holdDatabase(1500);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const busy = await reviewRoute(jsonRequest("/api/v1/reviews", "POST", body));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(((await busy.json()) as { error: string }).error).toMatch(/busy/i);
    await held;
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);

    const retried = await reviewRoute(jsonRequest("/api/v1/reviews", "POST", body));
    expect(retried.status).toBe(201);
    expect((await reviewRoute(jsonRequest("/api/v1/reviews", "POST", body))).status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
  });
});
