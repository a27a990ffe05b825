import crypto from "node:crypto";
import { createRequire } from "node:module";

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
export type BatchRun = { result: Result; saved: Set<string>; statuses: Map<number, number>; resent: number; reviewsPerSecond: number };

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
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status !== 200) return;
          const first = acknowledge(body);
          if (first) pending.delete(first);
        },
      },
    ],
  });
  const reviewsPerSecond = created / result.duration;
  let resent = 0;
  for (const { cookie, body } of pending.values()) {
    const response = await fetch(`${baseUrl}/api/v1/reviews/batch`, { method: "POST", headers: headers(cookie), body });
    if (response.status === 200) acknowledge(await response.text());
    resent += 1;
  }
  return { result, saved, statuses, resent, reviewsPerSecond };
}
