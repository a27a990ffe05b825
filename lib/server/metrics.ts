import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Prometheus metrics of this process (prom-client), served by GET /api/v1/metrics to a scraper that
// holds METRICS_TOKEN. Kept on globalThis so a module loaded twice (route bundles, dev reloads)
// still counts into one registry.

type Metrics = {
  registry: Registry;
  requests: Counter<"route" | "method" | "status">;
  duration: Histogram<"route" | "method">;
  reviews: Counter<"outcome">;
  quizAnswers: Counter<"outcome">;
  databaseBusy: Counter<"route">;
  pool: Gauge<"state">;
};

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "retain_process_" });
  return {
    registry,
    requests: new Counter({ name: "retain_http_requests_total", help: "API requests by route pattern, method and status", labelNames: ["route", "method", "status"], registers: [registry] }),
    duration: new Histogram({
      name: "retain_http_request_duration_seconds",
      help: "API request durations by route pattern and method",
      labelNames: ["route", "method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    reviews: new Counter({ name: "retain_reviews_total", help: "Flashcard reviews by outcome (saved, replayed, refused)", labelNames: ["outcome"], registers: [registry] }),
    quizAnswers: new Counter({ name: "retain_quiz_answers_total", help: "Quiz answers saved by outcome", labelNames: ["outcome"], registers: [registry] }),
    databaseBusy: new Counter({ name: "retain_database_busy_total", help: "Requests answered 503 because no database transaction could start in time", labelNames: ["route"], registers: [registry] }),
    pool: new Gauge({ name: "retain_db_pool_connections", help: "PostgreSQL pool connections by state (total, idle, waiting requests)", labelNames: ["state"], registers: [registry] }),
  };
}

const globalForMetrics = globalThis as unknown as { retainMetrics?: Metrics };
export const metrics: Metrics = globalForMetrics.retainMetrics ?? create();
globalForMetrics.retainMetrics = metrics;
