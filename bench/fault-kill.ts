import crypto from "node:crypto";
import { createDb } from "@/lib/db/client";
import { createUsers, signInOverHttp, startServer } from "./lib/server";

// Fault test: kill the server with SIGKILL in the middle of a review load, restart it on the same
// database, and prove that every acknowledged review is stored exactly once and that every card's
// state agrees with its review logs. Exits 1 on any inconsistency. DATABASE_URL picks the engine
// (SQLite file by default); the production build must exist (NEXT_DIST_DIR to pick another).

const port = Number(process.env.BENCH_PORT ?? 3195);
const learners = Number(process.env.FAULT_LEARNERS ?? 20);
const killAfterMs = Number(process.env.FAULT_KILL_AFTER_MS ?? 2500);
const password = "fault-test-password";

type Ack = { reviewId: string; cardId: string };

async function main() {
  const databaseUrl = process.env.FAULT_DATABASE_URL ?? `file:./data/fault-${port}.db`;
  let server = await startServer({ port, databaseUrl, distDir: process.env.NEXT_DIST_DIR });
  const emails = await createUsers(databaseUrl, learners, `fault-${Date.now()}`, password);
  const cookies = await Promise.all(emails.map((e) => signInOverHttp(server.baseUrl, e, password)));

  // Each learner's first queue shows their new cards (the first review of each writes its row).
  const queues = await Promise.all(
    cookies.map(async (cookie) => {
      const res = await fetch(`${server.baseUrl}/api/v1/review/queue?limit=100`, { headers: { cookie } });
      const body = (await res.json()) as { queue: { items: { cardId: string; version: number }[] } };
      return body.queue.items.map((i) => ({ cardId: i.cardId, version: i.version }));
    }),
  );

  // Keyed by reviewId: a response can arrive just before the kill and still count as in flight.
  const acknowledged = new Map<string, Ack>();
  const inFlight = new Map<string, { cookie: string; body: string }>();
  let killed = false;
  const worker = async (cookie: string, cards: { cardId: string; version: number }[]) => {
    let i = 0;
    while (!killed && cards.length > 0) {
      const card = cards[i++ % cards.length]!;
      const reviewId = crypto.randomUUID();
      const body = JSON.stringify({ reviewId, cardId: card.cardId, rating: 1 + Math.floor(Math.random() * 4), durationMs: 1200, expectedVersion: card.version });
      inFlight.set(reviewId, { cookie, body });
      try {
        const res = await fetch(`${server.baseUrl}/api/v1/reviews`, { method: "POST", headers: { cookie, "content-type": "application/json", origin: server.baseUrl }, body });
        if (res.status === 201 || res.status === 200) {
          acknowledged.set(reviewId, { reviewId, cardId: card.cardId });
          card.version += 1;
        }
        await res.arrayBuffer();
        inFlight.delete(reviewId);
      } catch {
        // The server died under this request: it stays in flight, to be retried after restart.
        return;
      }
    }
  };
  const load = Promise.all(cookies.map((cookie, k) => worker(cookie, queues[k]!)));
  await new Promise((r) => setTimeout(r, killAfterMs));
  killed = true;
  server.process.kill("SIGKILL");
  await load;
  console.log(`killed the server with SIGKILL after ${killAfterMs} ms: ${acknowledged.size} reviews acknowledged, ${inFlight.size} in flight`);

  server = await startServer({ port, databaseUrl, distDir: process.env.NEXT_DIST_DIR, reset: false });
  // Clients retry what was in flight with the same reviewId: each is applied at most once.
  let retried = 0;
  let replayed = 0;
  for (const [reviewId, { body }] of inFlight) {
    // Session cookies are signed tokens: they outlive the server process.
    const original = inFlight.get(reviewId)!;
    const res = await fetch(`${server.baseUrl}/api/v1/reviews`, { method: "POST", headers: { cookie: original.cookie, "content-type": "application/json", origin: server.baseUrl }, body });
    if (res.status === 200 || res.status === 201) {
      acknowledged.set(reviewId, { reviewId, cardId: (JSON.parse(body) as { cardId: string }).cardId });
      retried += 1;
      // 200 "replayed": the server had committed it before it died; 201: it had not.
      if (((await res.json()) as { replayed?: boolean }).replayed) replayed += 1;
    }
  }
  await server.stop();

  const db = createDb(databaseUrl);
  const problems: string[] = [];
  const logs = await db.reviewLog.findMany({ select: { reviewId: true, cardId: true, stateAfter: true, stabilityAfter: true, reviewedAt: true } });
  const byReviewId = new Map(logs.map((l) => [l.reviewId, l]));
  for (const ack of acknowledged.values()) if (!byReviewId.has(ack.reviewId)) problems.push(`acknowledged review ${ack.reviewId} is missing`);
  if (logs.length !== new Set(logs.map((l) => l.reviewId)).size) problems.push("a reviewId is stored twice");
  const ackIds = new Set(acknowledged.keys());
  const unacknowledgedStored = logs.filter((l) => !ackIds.has(l.reviewId)).length;
  const cards = await db.card.findMany({ where: { reps: { gt: 0 } }, select: { id: true, reps: true, state: true, stability: true } });
  const logsByCard = new Map<string, typeof logs>();
  for (const l of logs) logsByCard.set(l.cardId, [...(logsByCard.get(l.cardId) ?? []), l]);
  for (const card of cards) {
    const cardLogs = (logsByCard.get(card.id) ?? []).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    if (cardLogs.length !== card.reps) problems.push(`card ${card.id}: reps ${card.reps} but ${cardLogs.length} logs`);
    const last = cardLogs.at(-1);
    if (last && (last.stateAfter !== card.state || Math.abs(last.stabilityAfter - card.stability) > 1e-9)) problems.push(`card ${card.id}: state differs from its last log`);
  }
  await db.$disconnect();

  console.log(`after restart: ${retried} in-flight reviews retried (${replayed} had been committed before the kill and were replayed, not applied twice); ${logs.length} logs for ${acknowledged.size} acknowledged reviews (${unacknowledgedStored} stored but never acknowledged); ${cards.length} cards checked against their logs`);
  if (problems.length > 0) {
    console.error(`FAULT TEST FAILED: ${problems.length} problem(s)\n${problems.slice(0, 20).join("\n")}`);
    process.exit(1);
  }
  console.log("fault test: every acknowledged review is stored once; card states agree with their logs");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
