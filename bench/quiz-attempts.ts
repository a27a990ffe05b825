import crypto from "node:crypto";
import { createUsers, percentile, signInOverHttp, startServer } from "./lib/server";

// Creates and completes self-study quiz attempts over HTTP against a production build, the way the
// JSON API's clients do: create (POST), read (GET), answer every question (POST answers), finish.
// Prints attempts/s and p50/p99 latency per request kind and per whole attempt.
//
//   NEXT_DIST_DIR=.next-quiz npx next build   (once)
//   npx tsx bench/quiz-attempts.ts [--users 8] [--attempts 10] [--questions 10] [--port 3291]
//   BENCH_DATABASE_URL=postgresql://... to run against PostgreSQL instead of a fresh SQLite file.

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])));
const users = Number(args.get("users") ?? 8);
const attemptsPerUser = Number(args.get("attempts") ?? 10);
const questions = Number(args.get("questions") ?? 10);
const port = Number(args.get("port") ?? 3291);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-quiz";
const password = "bench-password-123";

type View = { type: string; options?: unknown[]; items?: unknown[]; left?: unknown[] };
type Attempt = { id: string; items: { position: number; question: View }[] };
const timings = new Map<string, number[]>();

// Some well-formed answer in display positions (right or wrong does not matter for load).
function anyAnswer(q: View) {
  switch (q.type) {
    case "single":
      return { type: "single", choice: 0 };
    case "multiple":
      return { type: "multiple", choices: [0, 1] };
    case "truefalse":
      return { type: "truefalse", value: true };
    case "typed":
      return { type: "typed", text: "Homeland Security Investigations" };
    case "ordering":
      return { type: "ordering", order: (q.items ?? []).map((_, i) => i).reverse() };
    default:
      return { type: "matching", matches: (q.left ?? []).map((_, i) => i) };
  }
}

async function timed<T>(kind: string, expected: number, run: () => Promise<Response>): Promise<T> {
  const started = performance.now();
  const response = await run();
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== expected) throw new Error(`${kind}: HTTP ${response.status} ${body.slice(0, 200)}`);
  (timings.get(kind) ?? timings.set(kind, []).get(kind)!).push(ms);
  return JSON.parse(body) as T;
}

async function completeOne(base: string, cookie: string): Promise<void> {
  const headers = { cookie, "content-type": "application/json", origin: base };
  const started = performance.now();
  const { attempt } = await timed<{ attempt: Attempt }>("create", 201, () =>
    fetch(`${base}/api/v1/quiz-attempts`, { method: "POST", headers, body: JSON.stringify({ mode: "practice", sectionIds: [], count: questions, requestKey: crypto.randomUUID() }) }),
  );
  await timed("get", 200, () => fetch(`${base}/api/v1/quiz-attempts/${attempt.id}`, { headers }));
  for (const item of attempt.items) {
    const body = JSON.stringify({ answerId: crypto.randomUUID(), position: item.position, answer: anyAnswer(item.question) });
    await timed("answer", 201, () => fetch(`${base}/api/v1/quiz-attempts/${attempt.id}/answers`, { method: "POST", headers, body }));
  }
  await timed("finish", 200, () => fetch(`${base}/api/v1/quiz-attempts/${attempt.id}/finish`, { method: "POST", headers }));
  (timings.get("attempt") ?? timings.set("attempt", []).get("attempt")!).push(performance.now() - started);
}

async function main() {
  const server = await startServer({ port, distDir, ...(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : {}) });
  try {
    const emails = await createUsers(server.databaseUrl, users, `quiz-bench-${Date.now()}`, password);
    const cookies = await Promise.all(emails.map((email) => signInOverHttp(server.baseUrl, email, password)));
    // Warm-up: one attempt per user, not measured (first requests compile routes and fill caches).
    await Promise.all(cookies.map((cookie) => completeOne(server.baseUrl, cookie)));
    timings.clear();

    const started = performance.now();
    await Promise.all(cookies.map(async (cookie) => {
      for (let i = 0; i < attemptsPerUser; i++) await completeOne(server.baseUrl, cookie);
    }));
    const seconds = (performance.now() - started) / 1000;
    const total = users * attemptsPerUser;
    const engine = server.databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL";
    console.log(`quiz attempts over HTTP (${engine}): ${users} concurrent learners × ${attemptsPerUser} attempts × ${questions} questions`);
    console.log(`  ${total} attempts in ${seconds.toFixed(1)} s → ${(total / seconds).toFixed(1)} attempts/s, ${((total * (questions + 3)) / seconds).toFixed(0)} requests/s`);
    for (const kind of ["create", "get", "answer", "finish", "attempt"]) {
      const values = timings.get(kind) ?? [];
      console.log(`  ${kind.padEnd(8)} n=${String(values.length).padEnd(5)} p50 ${percentile(values, 50).toFixed(1)} ms   p99 ${percentile(values, 99).toFixed(1)} ms`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
