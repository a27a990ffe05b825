import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { retryAfterSeconds, sendWithBusyRetry } from "../lib/domain/busy-retry";
import { createUsers, percentile, signInOverHttp, startServer } from "./lib/server";
import { findPostgresBin, startPrivatePostgres } from "../scripts/private-postgres";

// Load: N concurrent simulated learners, each signing in, then for a fixed time alternating a
// flashcard review (queue + grade) and a short true/false quiz (create, answer, finish). Runs with
// 50 and 200 learners on SQLite and, when PostgreSQL is installed, on a private PostgreSQL; prints
// requests/s, p50/p99 per operation and the errors. Needs a production build (NEXT_DIST_DIR).
// A "busy" answer (503 + Retry-After) is sent again with the same body, as the app's own clients
// do, and counted apart: a request counts as an error only if it still fails after that.
// `--cpu-hog` runs a busy process beside the server for the whole run (a machine doing other work).

const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const sizes = (process.env.LOAD_LEARNERS ?? "50,200").split(",").map(Number);
const password = "load-test-password";

type Sample = { op: string; ms: number; ok: boolean; busy: number };

async function timed(samples: Sample[], op: string, send: () => Promise<Response>, accept: (r: Response) => boolean = (r) => r.ok): Promise<Response | null> {
  const started = performance.now();
  let busy = 0;
  const run = () =>
    sendWithBusyRetry(send, (response) => {
      if (response.status !== 503) return null;
      busy += 1;
      void response.arrayBuffer();
      return { retryAfterSeconds: retryAfterSeconds(response.headers.get("retry-after")) };
    });
  try {
    const response = await run();
    // The whole body is read before the clock stops, and always: a body left unread holds its
    // connection (undici), which then delays the learner's next request.
    const body = await response.arrayBuffer();
    const res = new Response(body, { status: response.status, headers: response.headers });
    samples.push({ op, ms: performance.now() - started, ok: accept(res), busy });
    return res;
  } catch {
    samples.push({ op, ms: performance.now() - started, ok: false, busy });
    return null;
  }
}

async function signIn(baseUrl: string, email: string, samples: Sample[]): Promise<string | null> {
  const started = performance.now();
  try {
    const cookie = await signInOverHttp(baseUrl, email, password);
    samples.push({ op: "sign-in", ms: performance.now() - started, ok: true, busy: 0 });
    return cookie;
  } catch {
    samples.push({ op: "sign-in", ms: performance.now() - started, ok: false, busy: 0 });
    return null;
  }
}

async function learner(baseUrl: string, cookie: string, until: number, samples: Sample[]) {
  const headers = { cookie, "content-type": "application/json", origin: baseUrl };
  while (Date.now() < until) {
    const queueRes = await timed(samples, "review queue", () => fetch(`${baseUrl}/api/v1/review/queue?limit=5`, { headers }));
    const queue = queueRes?.ok ? ((await queueRes.json()) as { queue: { items: { cardId: string; version: number }[] } }).queue : null;
    const card = queue?.items[0];
    if (card) {
      const body = JSON.stringify({ reviewId: crypto.randomUUID(), cardId: card.cardId, rating: 3, durationMs: 2000, expectedVersion: card.version });
      // 409 is a correct answer under load only if the same learner raced itself, which it does not.
      await timed(samples, "review", () => fetch(`${baseUrl}/api/v1/reviews`, { method: "POST", headers, body }));
    }
    // One requestKey per quiz, so a create sent again after a busy answer makes one quiz.
    const createBody = JSON.stringify({ mode: "practice", sectionIds: [], count: 3, types: ["truefalse"], requestKey: crypto.randomUUID() });
    const createRes = await timed(samples, "quiz create", () => fetch(`${baseUrl}/api/v1/quiz-attempts`, { method: "POST", headers, body: createBody }));
    const attempt = createRes?.ok ? ((await createRes.json()) as { attempt: { id: string; items: { position: number }[] } }).attempt : null;
    if (!attempt) continue;
    for (const item of attempt.items) {
      const body = JSON.stringify({ answerId: crypto.randomUUID(), position: item.position, answer: { type: "truefalse", value: Math.random() < 0.5 } });
      await timed(samples, "quiz answer", () => fetch(`${baseUrl}/api/v1/quiz-attempts/${attempt.id}/answers`, { method: "POST", headers, body }));
    }
    await timed(samples, "quiz finish", () => fetch(`${baseUrl}/api/v1/quiz-attempts/${attempt.id}/finish`, { method: "POST", headers, body: "{}" }));
  }
}

function report(engine: string, n: number, samples: Sample[], elapsed: number) {
  const ops = [...new Set(samples.map((s) => s.op))];
  const ok = samples.filter((s) => s.ok).length;
  console.log(`\n${engine}, ${n} learners, ${elapsed.toFixed(1)} s: ${samples.length} requests, ${(samples.length / elapsed).toFixed(0)} req/s, ${samples.length - ok} errors`);
  for (const op of ops) {
    const mine = samples.filter((s) => s.op === op);
    const ms = mine.map((s) => s.ms);
    console.log(`  ${op.padEnd(13)} ${String(mine.length).padStart(6)}  p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(ms, 99).toFixed(1).padStart(7)} ms  errors ${mine.filter((s) => !s.ok).length}  busy retries ${mine.reduce((n, s) => n + s.busy, 0)}`);
  }
}

async function run(engine: string, databaseUrl: string | undefined, port: number) {
  for (const n of sizes) {
    const server = await startServer({ port, databaseUrl, distDir: process.env.NEXT_DIST_DIR });
    try {
      const emails = await createUsers(server.databaseUrl, n, `load${n}`, password);
      // Everyone signs in at once (argon2id verification is the cost), then studies for a fixed time.
      const signIns: Sample[] = [];
      const signInStarted = Date.now();
      const cookies = await Promise.all(emails.map((email) => signIn(server.baseUrl, email, signIns)));
      report(`${engine} sign-in burst`, n, signIns, (Date.now() - signInStarted) / 1000);
      const samples: Sample[] = [];
      const started = Date.now();
      await Promise.all(cookies.filter((c): c is string => c !== null).map((cookie) => learner(server.baseUrl, cookie, started + seconds * 1000, samples)));
      report(`${engine} studying`, n, samples, (Date.now() - started) / 1000);
    } finally {
      await server.stop();
    }
  }
}

// A process that keeps one core busy until stopped.
function startCpuHog(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

async function main() {
  const hog = process.argv.includes("--cpu-hog") ? startCpuHog() : null;
  if (hog) console.log("A busy process runs beside the server (--cpu-hog).");
  try {
    await runEngines();
  } finally {
    hog?.kill("SIGKILL");
  }
}

async function runEngines() {
  await run("SQLite", undefined, Number(process.env.BENCH_PORT ?? 3196));
  if (process.env.SKIP_POSTGRES || !findPostgresBin()) {
    console.log("\nPostgreSQL: skipped (not installed or SKIP_POSTGRES set)");
    return;
  }
  const pg = startPrivatePostgres(Number(process.env.LOAD_PG_PORT ?? 5434), ["retain_load"]);
  try {
    await run("PostgreSQL", pg.url("retain_load"), Number(process.env.BENCH_PORT ?? 3196) + 1);
  } finally {
    pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
