import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { deployMigrations } from "@/scripts/db-deploy";
import { percentile } from "./lib/server";

// The cost of synchronous = FULL (every commit synced, the app's setting) against NORMAL (the
// driver's default, which may lose the last commits to an OS crash or power loss), side by side in
// one run: sequential write transactions shaped like a review (two writes), then 50 at once. Each
// mode gets its own fresh, migrated database file in the same temporary folder (same disk).
//
//   npx tsx bench/sqlite-synchronous.ts [--transactions 400]

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])));
const transactions = Number(args.get("transactions") ?? 400);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-sync-bench-"));

async function run(mode: "FULL" | "NORMAL", round: number) {
  const file = path.join(dir, `${mode}-${round}.db`);
  await deployMigrations(`file:${file}`, { quiet: true });
  process.env.SQLITE_SYNCHRONOUS = mode;
  const db = createDb(`file:${file}`);
  const user = await db.user.create({ data: { email: `${mode}@example.com`, name: mode, role: "student" } });
  const write = (i: number) => db.$transaction([db.signInFailure.create({ data: { key: `bench:${i}` } }), db.user.update({ where: { id: user.id }, data: { name: `${mode} ${i}` } })]);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < transactions; i++) {
    const t = performance.now();
    await write(i);
    latencies.push(performance.now() - t);
  }
  const sequentialMs = performance.now() - started;
  const concurrentStart = performance.now();
  await Promise.all(Array.from({ length: transactions }, (_, i) => write(transactions + i)));
  const concurrentMs = performance.now() - concurrentStart;
  await db.$disconnect();
  latencies.sort((a, b) => a - b);
  return { mode, sequentialTps: transactions / (sequentialMs / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), concurrentTps: transactions / (concurrentMs / 1000) };
}

async function main() {
  try {
    const results = [];
    // Alternated twice, so a disk that warms up does not favour one mode.
    for (const [round, mode] of (["NORMAL", "FULL", "NORMAL", "FULL"] as const).entries()) results.push(await run(mode, round));
    console.log(`SQLite write transactions (${transactions} sequential, then ${transactions} issued at once)`);
    console.log("mode    sequential tx/s   p50 ms   p99 ms   concurrent tx/s");
    for (const r of results) console.log(`${r.mode.padEnd(7)} ${r.sequentialTps.toFixed(0).padStart(15)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.concurrentTps.toFixed(0).padStart(17)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
