import crypto from "node:crypto";
import { createDb } from "@/lib/db/client";
import { autocannon, runPacedReviewBatches, runReviewBatches } from "./lib/review-batches";
import { createUsers, percentile, processCpuMs, signInOverHttp, startServer } from "./lib/server";

// POST /api/v1/reviews and POST /api/v1/reviews/batch (the offline outbox's batches of 50) under
// load, next to a trivial handler (GET /api/v1/health) on the same server, all driven by autocannon
// at 50 connections. Seeds learners (each with today's new cards),
// prints reviews/s, p50/p99 and the ratio to the trivial handler (batches: as fast as answered, then
// paced at a sustainable rate, a share of the capacity just measured, arriving one by one at random
// moments, then at the same rate in bursts at the start of each second), then checks that the number of
// review logs equals the number of acknowledged reviews: none lost, none doubled. Some requests
// repeat an acknowledged reviewId on purpose; they must be answered 200 and write nothing. Ends
// with the issue's ratios side by side. Beside each throughput it prints the server's CPU time per
// request (from /proc), which other jobs on a shared machine move much less than requests per second.
//
//   NEXT_DIST_DIR=.next-review npx next build   (once)
//   NEXT_DIST_DIR=.next-review npx tsx bench/review-throughput.ts [--learners 50] [--reviews 2000] [--batches 200] [--batch-size 50] [--seconds 10] [--paced-share 0.5] [--port 3253]
//
// The review run is a fixed number of requests, not a fixed time: autocannon drops the responses
// still in flight when a timed run ends, and those reviews would be written but never counted.

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])));
const learners = Number(args.get("learners") ?? 50);
const seconds = Number(args.get("seconds") ?? 10);
const reviewCount = Number(args.get("reviews") ?? 2000);
const port = Number(args.get("port") ?? 3253);
const batchCount = Number(args.get("batches") ?? 200);
const batchSize = Number(args.get("batch-size") ?? 50);
// The paced run's rate, as a share of the batches per second measured at saturation.
const pacedShare = Number(args.get("paced-share") ?? 0.5);
const connections = 50;
const replayShare = 0.05;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const password = "bench-password-123";


type Learner = { cookie: string; cardIds: string[]; firstReviews: number };
const RATINGS = [1, 2, 3, 3, 3, 3, 3, 3, 4, 4];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

async function seedLearners(baseUrl: string, databaseUrl: string): Promise<Learner[]> {
  const emails = await createUsers(databaseUrl, learners, `review-bench-${Date.now()}`, password);
  const cookies = await Promise.all(emails.map((email) => signInOverHttp(baseUrl, email, password)));
  // The queue shows each learner's 20 new cards for today; one batch with a first review of each
  // writes their rows, so the measured reviews are of cards the learner holds (a learner's day).
  return Promise.all(
    cookies.map(async (cookie) => {
      const response = await fetch(`${baseUrl}/api/v1/review/queue?limit=100`, { headers: { cookie } });
      const { queue } = (await response.json()) as { queue: { items: { cardId: string }[] } };
      if (queue.items.length === 0) throw new Error("a learner has no cards to review");
      const cardIds = queue.items.map((i) => i.cardId);
      const reviews = cardIds.map((cardId) => ({ reviewId: crypto.randomUUID(), cardId, rating: 3, durationMs: 3000, reviewedAt: new Date().toISOString() }));
      const first = await fetch(`${baseUrl}/api/v1/reviews/batch`, { method: "POST", headers: { cookie, "content-type": "application/json", origin: baseUrl }, body: JSON.stringify({ reviews }) });
      if (first.status !== 200) throw new Error(`first reviews: ${first.status}`);
      return { cookie, cardIds, firstReviews: reviews.length };
    }),
  );
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const server = await startServer({ port, distDir, ...(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : {}) });
  try {
    const seeded = await seedLearners(server.baseUrl, server.databaseUrl);
    console.log(`${learners} learners, ${seeded.reduce((n, l) => n + l.cardIds.length, 0)} cards; ${connections} connections; health ${seconds} s, reviews ${reviewCount} requests`);

    // Warm-up of both routes (first requests load code and caches), not measured.
    await autocannon({ url: `${server.baseUrl}/api/v1/health`, connections: 10, duration: 5 });

    // The server's CPU time over each run, per request: what a request costs the server, read apart
    // from what other jobs on the machine take (throughput is read beside it).
    const cpu = () => processCpuMs(server.process.pid);
    const cpuPer = (before: number | null, after: number | null, count: number) => (before === null || after === null || count === 0 ? null : (after - before) / count);
    // The trivial handler is measured just before each route it is compared with: the machine's
    // speed drifts over a run when other jobs share it, and a ratio of two figures taken minutes
    // apart would carry that drift.
    const measureHealth = async () => {
      const before = cpu();
      const result = await autocannon({ url: `${server.baseUrl}/api/v1/health`, connections, duration: seconds });
      return { result, cpu: cpuPer(before, cpu(), result.requests.total) };
    };
    const { result: health, cpu: healthCpu } = await measureHealth();
    let cpuBefore = cpu();

    const acknowledged = new Set<string>();
    // Sent reviews without an answer yet; any left at the end (time-outs) are retried like a client would.
    const pending = new Map<string, { cookie: string; body: string }>();
    const recent: { reviewId: string; learner: Learner; cardId: string }[] = [];
    const statuses = new Map<number, number>();
    let replayed = 0;
    let replaysSent = 0;
    // Counted to the last answer (see BatchRun): autocannon's own rate rounds a run of a fixed size up.
    const reviewsStarted = performance.now();
    let lastReviewAnswer = reviewsStarted;
    const reviews = await autocannon({
      url: server.baseUrl,
      connections,
      amount: reviewCount,
      timeout: 30,
      requests: [
        {
          method: "POST",
          path: "/api/v1/reviews",
          setupRequest: (req) => {
            const again = recent.length > 0 && Math.random() < replayShare ? pick(recent) : null;
            const learner = again?.learner ?? pick(seeded);
            const cardId = again?.cardId ?? pick(learner.cardIds);
            if (again) replaysSent += 1;
            const body = { reviewId: again?.reviewId ?? crypto.randomUUID(), cardId, rating: pick(RATINGS), durationMs: 3000 };
            // A replay may carry another rating than the original: the first result stands.
            const json = JSON.stringify(body);
            if (!again) pending.set(body.reviewId, { cookie: learner.cookie, body: json });
            return { ...req, headers: { cookie: learner.cookie, "content-type": "application/json", origin: server.baseUrl }, body: json };
          },
          onResponse: (status, body) => {
            lastReviewAnswer = performance.now();
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status !== 201 && status !== 200) return;
            const { review } = JSON.parse(body) as { review: { reviewId: string; cardId: string } };
            pending.delete(review.reviewId);
            if (status === 200) replayed += 1;
            else if (!acknowledged.has(review.reviewId)) {
              acknowledged.add(review.reviewId);
              const learner = seeded.find((l) => l.cardIds.includes(review.cardId));
              if (learner) recent.push({ reviewId: review.reviewId, learner, cardId: review.cardId });
              if (recent.length > 500) recent.shift();
            }
          },
        },
      ],
    });

    const reviewCpu = cpuPer(cpuBefore, cpu(), reviews.requests.total);
    const reviewRate = reviews.requests.total / ((lastReviewAnswer - reviewsStarted) / 1000);
    // Requests that timed out (or lost their connection) may or may not have been saved: retrying
    // with the same reviewId tells which, without saving twice (200: it had been saved).
    let retriedSaved = 0;
    let retriedNew = 0;
    for (const [reviewId, { cookie, body }] of pending) {
      const response = await fetch(`${server.baseUrl}/api/v1/reviews`, { method: "POST", headers: { cookie, "content-type": "application/json", origin: server.baseUrl }, body });
      if (response.status === 200) retriedSaved += 1;
      if (response.status === 201) retriedNew += 1;
      if (response.status === 200 || response.status === 201) acknowledged.add(reviewId);
    }

    const created = statuses.get(201) ?? 0;
    const reviewsPerSecond = created / reviews.duration;
    console.log(`\nGET /api/v1/health      ${health.requests.average.toFixed(0).padStart(6)} req/s  p50 ${ms(health.latency.p50)}  p99 ${ms(health.latency.p99)}  (${health.non2xx} non-2xx, ${health.errors} errors)`);
    console.log(`POST /api/v1/reviews    ${reviewRate.toFixed(0).padStart(6)} req/s  p50 ${ms(reviews.latency.p50)}  p99 ${ms(reviews.latency.p99)}  (${reviews.errors} errors, ${reviews.timeouts} timeouts)`);
    console.log(`  reviews written: ${created} = ${reviewsPerSecond.toFixed(0)} reviews/s; replays sent ${replaysSent}, answered 200: ${replayed}`);
    console.log(`  statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(", ")}   (409: a card suspended as a leech)`);
    if (pending.size > 0) console.log(`  unanswered during the run (time-outs): ${pending.size}; retried with the same reviewId: ${retriedSaved} had been saved (200), ${retriedNew} saved now (201)`);
    console.log(`  ratio to the trivial handler: ${(reviewRate / health.requests.average).toFixed(2)} (requests/s)`);
    // Server time per request at saturation (the same connections on the same cores): 1 / throughput.
    const healthMs = 1000 / health.requests.average;
    const reviewMs = 1000 / reviewRate;
    console.log(`  server time per request: review ${ms(reviewMs)} vs trivial ${ms(healthMs)} = ${(reviewMs / healthMs).toFixed(2)}x (goal <= 1.5x)`);

    if (healthCpu !== null && reviewCpu !== null) console.log(`  server CPU per request: review ${ms(reviewCpu)} vs trivial ${ms(healthCpu)} = ${(reviewCpu / healthCpu).toFixed(2)}x`);

    const { result: healthBeforeBatches, cpu: healthBeforeBatchesCpu } = await measureHealth();
    console.log(`GET /api/v1/health again, before the batches: ${healthBeforeBatches.requests.average.toFixed(0)} req/s`);
    cpuBefore = cpu();
    const batches = await runReviewBatches(server.baseUrl, seeded, { connections, batches: batchCount, size: batchSize });
    const batchCpu = cpuPer(cpuBefore, cpu(), batches.result.requests.total);
    const b = batches.result;
    console.log(`POST /api/v1/reviews/batch (${batchSize} reviews) ${batches.batchesPerSecond.toFixed(1).padStart(4)} batches/s  p50 ${ms(b.latency.p50)}  p99 ${ms(b.latency.p99)}  (${b.errors} errors, ${b.timeouts} timeouts)`);
    console.log(`  reviews ingested: ${batches.reviewsPerSecond.toFixed(0)} reviews/s = ${(batches.reviewsPerSecond / healthBeforeBatches.requests.average).toFixed(2)} x the trivial handler's requests/s`);
    if (batchCpu !== null && healthBeforeBatchesCpu !== null) console.log(`  server CPU per batch: ${ms(batchCpu)} = ${ms(batchCpu / batchSize)} per review; at that cost one core ingests ${((1000 * batchSize) / batchCpu).toFixed(0)} reviews/s = ${(healthBeforeBatchesCpu / (batchCpu / batchSize)).toFixed(2)}x the trivial handler's requests/s (${ms(healthBeforeBatchesCpu)})`);
    console.log(`  statuses: ${[...batches.statuses].sort(([x], [y]) => x - y).map(([st, n]) => `${st}: ${n}`).join(", ")}; batches sent again after the run: ${batches.resent}`);
    // With every connection always waiting on an answer, a batch waits for the ones ahead of it:
    // mean latency = connections / batches per second (Little's law), whatever the server does.
    console.log(`  at ${connections} busy connections the mean latency is ${connections} / ${batches.batchesPerSecond.toFixed(1)} batches/s = ${ms((1000 * connections) / batches.batchesPerSecond)} by Little's law (p99 <= 250 ms there needs >= ${(connections / 0.25).toFixed(0)} batches/s)`);

    // The same learners syncing at a pace the server sustains (a share of the capacity just
    // measured): the latency a batch sees when the server keeps up, not when a queue is always full.
    // Each learner syncs when they will, so batches arrive one by one at random moments (a Poisson
    // process at that rate). For scale, 50 learners grading a card every 8 s send 50 / 8 = 6 reviews/s.
    const rate = Math.max(1, Math.round(batches.batchesPerSecond * pacedShare));
    const paced = await runPacedReviewBatches(server.baseUrl, seeded, { batches: Math.max(20, rate * seconds), size: batchSize, rate });
    for (const id of paced.saved) batches.saved.add(id);
    const pacedP99 = percentile(paced.latencies, 99);
    console.log(`POST /api/v1/reviews/batch paced at ${rate} batches/s (${rate * batchSize} reviews/s, arriving as a Poisson process) p50 ${ms(percentile(paced.latencies, 50))}  p99 ${ms(pacedP99)}  (statuses: ${[...paced.statuses].map(([st, n]) => `${st}: ${n}`).join(", ")}; ${paced.reviewsPerSecond.toFixed(0)} reviews/s ingested)`);
    // The worst case for the same rate: every learner of a second syncing at the same instant
    // (autocannon's overallRate sends each second's share at once), so the last waits for all the others.
    const burst = await runReviewBatches(server.baseUrl, seeded, { connections, batches: Math.max(20, rate * seconds), size: batchSize, rate });
    const bb = burst.result;
    for (const id of burst.saved) batches.saved.add(id);
    console.log(`POST /api/v1/reviews/batch in bursts of ${rate} at the start of each second: p50 ${ms(bb.latency.p50)}  p99 ${ms(bb.latency.p99)}  (${bb.errors} errors, ${bb.timeouts} timeouts)`);

    // After the run: one log per acknowledged review, and every acknowledged reviewId stored.
    const db = createDb(server.databaseUrl);
    try {
      const logs = await db.reviewLog.count();
      const stored = new Set((await db.reviewLog.findMany({ select: { reviewId: true } })).map((r) => r.reviewId));
      const missing = [...acknowledged, ...batches.saved].filter((id) => !stored.has(id)).length;
      const firstReviews = seeded.reduce((n, l) => n + l.firstReviews, 0);
      const ok = logs === firstReviews + acknowledged.size + batches.saved.size && missing === 0;
      console.log(`\nreview logs in the database: ${logs}; acknowledged reviews: ${firstReviews} first reviews while seeding + ${acknowledged.size} single (201 during the run: ${created}, after retrying time-outs: ${retriedSaved + retriedNew}) + ${batches.saved.size} in batches; acknowledged but missing: ${missing}`);
      console.log(ok ? "OK: none lost, none doubled." : "MISMATCH: reviews were lost or doubled!");
      if (!ok) process.exitCode = 1;
      const ratio = (x: number, goal: string) => `${x.toFixed(2)}x (goal ${goal})`;
      console.log(`\nIssue 16's server goals, this run:`);
      console.log(`  trivial handler                 ${health.requests.average.toFixed(0)} req/s before the single reviews, ${healthBeforeBatches.requests.average.toFixed(0)} req/s before the batches`);
      console.log(`  batches of ${batchSize} at saturation     ${batches.reviewsPerSecond.toFixed(0)} reviews/s = ${ratio(batches.reviewsPerSecond / healthBeforeBatches.requests.average, ">= 4x")} the trivial req/s`);
      console.log(`  batch p99 at saturation         ${ms(b.latency.p99)} (goal <= 250 ms; Little's law floor for the mean: ${ms((1000 * connections) / batches.batchesPerSecond)})`);
      console.log(`  batch p99 paced at ${rate}/s (${Math.round(pacedShare * 100)}% of capacity, ${rate * batchSize} reviews/s, Poisson arrivals)  ${ms(pacedP99)} (goal <= 250 ms); all of each second's batches at once: ${ms(bb.latency.p99)}`);
      console.log(`  single review server time       ${ms(reviewMs)} vs ${ms(healthMs)} = ${ratio(reviewMs / healthMs, "<= 1.5x")}`);
      if (healthCpu !== null && healthBeforeBatchesCpu !== null && reviewCpu !== null && batchCpu !== null) {
        console.log(`  the same by server CPU time:    single review ${ms(reviewCpu)} vs ${ms(healthCpu)} = ${ratio(reviewCpu / healthCpu, "<= 1.5x")}; batches ${ratio(healthBeforeBatchesCpu / (batchCpu / batchSize), ">= 4x")}`);
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
