import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { percentile } from "./lib/server";

// The next-due query (a learner's cards that can be studied before the study day ends, on the index
// Card(userId, suspended, due)) and the whole queue load behind GET /api/v1/review/queue, with the
// Card table at 10k and at 1M rows. Each learner holds every flashcard of the article as a card
// (194 today, the most one learner can hold), in a realistic mix of states. Seeds a temporary
// SQLite database directly, then runs the app's own data functions against it.
//
//   npx tsx --conditions=react-server bench/due-query.ts [--sizes 10000,1000000] [--runs 300]
//   (react-server: lets the server-only modules of lib/server load outside Next.js)

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])));
const sizes = (args.get("sizes") ?? "10000,1000000").split(",").map(Number);
const runs = Number(args.get("runs") ?? 300);
const DAY = 86_400_000;

// Prisma's SQLite DateTime text format, so the seeded rows compare like the app's own.
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

function seedCards(file: string, cards: number, flashcards: { id: string; sectionId: string; position: number }[], now: number): string[] {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const perUser = flashcards.length;
  const users = Math.ceil(cards / perUser);
  const insertUser = sqlite.prepare(`INSERT INTO "User" (id, email, name, role, createdAt, updatedAt) VALUES (?, ?, ?, 'student', ?, ?)`);
  const insertCard = sqlite.prepare(
    `INSERT INTO "Card" (id, userId, flashcardId, sectionId, position, state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview, suspended, buriedUntil, leech, version, introducedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?, NULL, 0, ?, ?)`,
  );
  const ids: string[] = [];
  let left = cards;
  sqlite.transaction(() => {
    for (let u = 0; u < users; u++) {
      const userId = `bench-user-${u}`;
      ids.push(userId);
      insertUser.run(userId, `${userId}@bench.example.com`, userId, iso(now), iso(now));
      for (const f of flashcards) {
        if (left-- <= 0) break;
        // 10% waiting new, 5% in learning steps, 85% reviews due from 30 days ago to 60 days ahead; 2% suspended.
        const r = Math.random();
        const state = r < 0.1 ? "new" : r < 0.15 ? "learning" : "review";
        const due = state === "new" ? now - DAY : state === "learning" ? now + (Math.random() - 0.5) * 3_600_000 : now + (Math.random() * 90 - 30) * DAY;
        const lastReview = state === "new" ? null : iso(now - Math.random() * 20 * DAY);
        insertCard.run(crypto.randomUUID(), userId, f.id, f.sectionId, f.position, state, iso(due), state === "new" ? 0 : 1 + Math.random() * 60, state === "new" ? 0 : 1 + Math.random() * 9, state === "review" ? Math.floor(1 + Math.random() * 60) : 0, state === "new" ? 0 : 3, Math.random() < 0.05 ? 1 : 0, lastReview, Math.random() < 0.02 ? 1 : 0, 3, iso(now - 40 * DAY));
      }
    }
  })();
  sqlite.pragma("optimize");
  sqlite.close();
  return ids;
}

function stats(label: string, samples: number[]) {
  console.log(`  ${label.padEnd(44)} p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(samples, 99).toFixed(2).padStart(7)} ms`);
}

async function measure(size: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-due-"));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  try {
    const { deployMigrations } = await import("@/scripts/db-deploy");
    await deployMigrations(url, { quiet: true });
    const { createDb } = await import("@/lib/db/client");
    const { seed } = await import("@/lib/db/seed");
    const setup = createDb(url);
    await seed(setup, { demoAccounts: false });
    const flashcards = await setup.flashcard.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, sectionId: true, position: true } });
    await setup.$disconnect();

    const now = Date.now();
    const seedStarted = performance.now();
    const users = seedCards(file, size, flashcards, now);
    console.log(`\n${size.toLocaleString("en-US")} cards (${users.length} learners × up to ${flashcards.length}), seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    // The app's own modules, pointed at this database (lib/server/db reads DATABASE_URL once).
    process.env.DATABASE_URL = url;
    const { db } = await import("@/lib/server/db");
    const { listQueueCards } = await import("@/lib/server/data/cards");
    const { loadReviewQueue } = await import("@/lib/server/review/queue");
    const { nextStudyDayStart } = await import("@/lib/domain/review/study-day");
    const dayEnd = nextStudyDayStart(new Date(now), "UTC", 4);
    const someone = () => users[Math.floor(Math.random() * users.length)]!;

    const plan = (await db.$queryRawUnsafe(
      `EXPLAIN QUERY PLAN SELECT id FROM "Card" WHERE userId = ? AND suspended = 0 AND due < ?`,
      users[0],
      iso(dayEnd.getTime()),
    )) as { detail: string }[];
    console.log(`  plan: ${plan.map((p) => p.detail).join("; ")}`);

    for (let i = 0; i < 20; i++) await listQueueCards(someone(), dayEnd);
    const query: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      rows += (await listQueueCards(someone(), dayEnd)).length;
      query.push(performance.now() - started);
    }
    stats(`next-due query (${(rows / runs).toFixed(0)} rows per learner)`, query);

    const queue: number[] = [];
    for (let i = 0; i < Math.min(runs, 200); i++) {
      const started = performance.now();
      await loadReviewQueue(someone(), new Date(now), { limit: 20 });
      queue.push(performance.now() - started);
    }
    stats("whole queue load (GET /api/v1/review/queue)", queue);
    await db.$disconnect();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  for (const size of sizes) {
    // A fresh process state per size: lib/server/db keeps one client for the first DATABASE_URL.
    if (size !== sizes[0]) {
      const { spawnSync } = await import("node:child_process");
      const result = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--sizes", String(size), "--runs", String(runs)], { stdio: "inherit" });
      if (result.status !== 0) process.exitCode = result.status ?? 1;
      continue;
    }
    await measure(size);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
