import crypto from "node:crypto";
import { createRequire } from "node:module";
import { mulberry32 } from "@/lib/domain/quiz/rng";

// POST /api/v1/reviews/batch under load, for bench/review-throughput.ts: each request is one
// learner's outbox of `size` reviews over their cards, in time order. Learners take turns, so the
// connections are that many learners syncing at once. Batches left unanswered (time-outs, 503) are sent again as they were: the server saves each
// reviewId once.

// The parts of autocannon 8 used by the review benches (it ships no types).
type Histogram = { average: number; p50: number; p99: number };
type Result = { requests: Histogram & { total: number }; latency: Histogram; "2xx": number; non2xx: number; errors: number; timeouts: number; duration: number };
type RequestSpec = { method: string; path: string; headers?: Record<string, string>; body?: string };
type Options = {
  url: string;
  timeout?: number;
  connections: number;
  duration?: number;
  amount?: number;
  // Requests per second across all connections (paced, not as fast as answers come back).
  overallRate?: number;
  requests?: (RequestSpec & { setupRequest?: (req: RequestSpec) => RequestSpec; onResponse?: (status: number, body: string) => void })[];
};
export const autocannon = createRequire(import.meta.url)("autocannon") as (options: Options) => Promise<Result>;

export type BatchLearner = { cookie: string; cardIds: string[] };
// The rates count from the start to the last answer: autocannon ends a run of a fixed number of
// requests on its next one-second tick, so its duration rounds up to a whole second (6.0 s for a
// run of 5.1 s), and its per-second average counts the last second's part as a whole one.
export type BatchRun = { result: Result; saved: Set<string>; statuses: Map<number, number>; resent: number; reviewsPerSecond: number; batchesPerSecond: number };

const RATINGS = [1, 2, 3, 3, 3, 3, 3, 3, 4, 4];

// Sends `batches` batches of `size` reviews over `connections` connections, as fast as the server
// answers or at `rate` batches per second; `saved` holds every reviewId the server acknowledged
// (saved or replayed).
export async function runReviewBatches(baseUrl: string, learners: BatchLearner[], options: { connections: number; batches: number; size: number; rate?: number }): Promise<BatchRun> {
  // Each learner's review clock starts now (after everything already stored, so the batches take the
  // append path, as an outbox synced soon after its reviews does) and moves a millisecond per review.
  const clocks = learners.map(() => Date.now());
  const saved = new Set<string>();
  const statuses = new Map<number, number>();
  const pending = new Map<string, { cookie: string; body: string; ids: string[] }>();
  let turn = 0;
  let created = 0;
  const headers = (cookie: string) => ({ cookie, "content-type": "application/json", origin: baseUrl });
  const acknowledge = (body: string) => {
    const { results } = JSON.parse(body) as { results: { reviewId: string; status: string }[] };
    for (const r of results) {
      if (r.status === "saved") created += 1;
      if (r.status === "saved" || r.status === "replayed") saved.add(r.reviewId);
    }
    return results[0]?.reviewId;
  };
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    amount: options.batches,
    ...(options.rate ? { overallRate: options.rate } : {}),
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/api/v1/reviews/batch",
        setupRequest: (req) => {
          const i = turn++ % learners.length;
          const learner = learners[i]!;
          const reviews = Array.from({ length: options.size }, (_, k) => {
            clocks[i]! += 1;
            return { reviewId: crypto.randomUUID(), cardId: learner.cardIds[k % learner.cardIds.length]!, rating: RATINGS[k % RATINGS.length]!, durationMs: 3000, reviewedAt: new Date(clocks[i]!).toISOString() };
          });
          const body = JSON.stringify({ reviews });
          pending.set(reviews[0]!.reviewId, { cookie: learner.cookie, body, ids: reviews.map((r) => r.reviewId) });
          return { ...req, headers: headers(learner.cookie), body };
        },
        onResponse: (status, body) => {
          lastAnswer = performance.now();
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status !== 200) return;
          const first = acknowledge(body);
          if (first) pending.delete(first);
        },
      },
    ],
  });
  const seconds = (lastAnswer - started) / 1000;
  const reviewsPerSecond = created / seconds;
  const batchesPerSecond = result.requests.total / seconds;
  let resent = 0;
  for (const { cookie, body } of pending.values()) {
    const response = await fetch(`${baseUrl}/api/v1/reviews/batch`, { method: "POST", headers: headers(cookie), body });
    if (response.status === 200) acknowledge(await response.text());
    resent += 1;
  }
  return { result, saved, statuses, resent, reviewsPerSecond, batchesPerSecond };
}

export type PacedRun = { latencies: number[]; saved: Set<string>; statuses: Map<number, number>; seconds: number; reviewsPerSecond: number };

// Sends `batches` batches at `rate` per second on average, each at its own moment: the gaps between
// arrivals are drawn from an exponential distribution (a Poisson process, as learners syncing
// independently of one another arrive), from a seeded generator so a run can be repeated. The
// sending does not wait for answers (an open loop), so a slow answer delays no later arrival and
// each latency counts the queue the batch met. autocannon's `overallRate` does not pace this way: it
// lets each connection send its share at the start of every second, so a second's batches all
// arrive at once and the last waits for all the others.
export async function runPacedReviewBatches(baseUrl: string, learners: BatchLearner[], options: { batches: number; size: number; rate: number; seed?: number }): Promise<PacedRun> {
  const clocks = learners.map(() => Date.now());
  const saved = new Set<string>();
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const random = mulberry32(options.seed ?? 16);
  const send = async (turn: number) => {
    const i = turn % learners.length;
    const learner = learners[i]!;
    const reviews = Array.from({ length: options.size }, (_, k) => {
      clocks[i]! += 1;
      return { reviewId: crypto.randomUUID(), cardId: learner.cardIds[k % learner.cardIds.length]!, rating: RATINGS[k % RATINGS.length]!, durationMs: 3000, reviewedAt: new Date(clocks[i]!).toISOString() };
    });
    const body = JSON.stringify({ reviews });
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${baseUrl}/api/v1/reviews/batch`, { method: "POST", headers: { cookie: learner.cookie, "content-type": "application/json", origin: baseUrl }, body });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 200) {
        if (attempt === 0) latencies.push(performance.now() - started);
        for (const r of (JSON.parse(text) as { results: { reviewId: string; status: string }[] }).results) if (r.status === "saved" || r.status === "replayed") saved.add(r.reviewId);
        return;
      }
      // Sent again as it was (the server saves each reviewId once); its latency is not counted.
      if (attempt >= 3) return;
    }
  };
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let at = 0;
  for (let turn = 0; turn < options.batches; turn++) {
    at += (-Math.log(1 - random()) / options.rate) * 1000;
    const wait = start + at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(turn));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  return { latencies, saved, statuses, seconds, reviewsPerSecond: (saved.size) / seconds };
}
