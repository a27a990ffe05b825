import crypto from "node:crypto";
import { createUsers, percentile, signInOverHttp, startServer } from "./lib/server";

// One learner, one request at a time: what each study request costs with no queueing, next to a
// trivial route handler. Read beside bench/load.ts, whose latencies at 50 and 200 learners are mostly
// waiting for the one saturated Node process.
//
//   NEXT_DIST_DIR=.next npx tsx bench/request-latency.ts [--rounds 60] [--port 3391]
//   BENCH_DATABASE_URL=postgresql://... to run against PostgreSQL instead of a fresh SQLite file.

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])));
const rounds = Number(args.get("rounds") ?? 60);
const warmUp = 10;
const password = "bench-password-123";

async function main() {
  const server = await startServer({ port: Number(args.get("port") ?? 3391), databaseUrl: process.env.BENCH_DATABASE_URL, distDir: process.env.NEXT_DIST_DIR });
  try {
    const [email] = await createUsers(server.databaseUrl, 1, "latency", password);
    const headers = { cookie: await signInOverHttp(server.baseUrl, email!, password), "content-type": "application/json", origin: server.baseUrl };
    const samples = new Map<string, number[]>();
    const timed = async (op: string, path: string, init?: RequestInit) => {
      const started = performance.now();
      const response = await fetch(server.baseUrl + path, { headers, ...init });
      const body = await response.text();
      if (!response.ok) throw new Error(`${op}: HTTP ${response.status} ${body.slice(0, 200)}`);
      samples.set(op, [...(samples.get(op) ?? []), performance.now() - started]);
      return JSON.parse(body) as Record<string, unknown>;
    };
    for (let round = 0; round < rounds; round++) {
      const { queue } = await timed("review queue", "/api/v1/review/queue?limit=5");
      const card = (queue as { items: { cardId: string; version: number }[] }).items[0];
      if (card) await timed("review", "/api/v1/reviews", { method: "POST", body: JSON.stringify({ reviewId: crypto.randomUUID(), cardId: card.cardId, rating: 3, durationMs: 2000, expectedVersion: card.version }) });
      const { attempt } = await timed("quiz create", "/api/v1/quiz-attempts", { method: "POST", body: JSON.stringify({ mode: "practice", sectionIds: [], count: 3, types: ["truefalse"] }) });
      const { id, items } = attempt as { id: string; items: { position: number }[] };
      for (const item of items) {
        await timed("quiz answer", `/api/v1/quiz-attempts/${id}/answers`, { method: "POST", body: JSON.stringify({ answerId: crypto.randomUUID(), position: item.position, answer: { type: "truefalse", value: Math.random() < 0.5 } }) });
      }
      await timed("quiz finish", `/api/v1/quiz-attempts/${id}/finish`, { method: "POST", body: "{}" });
      await timed("health (trivial)", "/api/v1/health");
    }
    const engine = server.databaseUrl.startsWith("postgres") ? "PostgreSQL" : "SQLite";
    console.log(`${engine}, one learner, ${rounds} rounds (first ${warmUp} not counted):`);
    for (const [op, ms] of samples) {
      const counted = ms.slice(warmUp);
      console.log(`  ${op.padEnd(17)} p50 ${percentile(counted, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(counted, 99).toFixed(1).padStart(6)} ms`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
