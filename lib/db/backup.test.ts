import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { backupDatabase, BackupError, databaseInUse, restoreDatabase } from "@/lib/db/backup";
import { createDb } from "@/lib/db/client";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { findPostgresBin } from "@/scripts/private-postgres";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as queueRoute } from "@/app/api/v1/review/queue/route";
import { POST as reviewRoute } from "@/app/api/v1/reviews/route";
import { makeLearner, reviewBody } from "@/tests/support/review";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// db:backup while reviews are being written, then db:restore into a new database: the copy is
// whole, and every review acknowledged before the backup began is in it. On the engine the test
// run uses (SQLite, or PostgreSQL with TEST_DATABASE_URL).

const url = process.env.DATABASE_URL!;
const isSqlite = url.startsWith("file:");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-backup-"));
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const postgresTools = isSqlite || findPostgresBin() !== null;

// A second, empty database on the same engine to restore into.
const restoredDatabases: string[] = [];
async function emptyDatabase(name: string): Promise<string> {
  if (isSqlite) return `file:${path.join(dir, `${name}.db`)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const database = `${new URL(url).pathname.slice(1)}_${name}`;
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  restoredDatabases.push(database);
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (restoredDatabases.length === 0) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const database of restoredDatabases) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe.runIf(postgresTools)("db:backup and db:restore", () => {
  it("backs up during a review load and restores every review acknowledged before the backup began", { timeout: 20_000 }, async () => {
    const me = await makeLearner("backup");
    signInAs(me);
    const queue = (await (await queueRoute(jsonRequest("/api/v1/review/queue?limit=20", "GET"))).json()) as { queue: { items: { cardId: string }[] } };
    const cards = queue.queue.items.map((item) => item.cardId);
    expect(cards.length).toBeGreaterThan(5);

    const acknowledged: string[] = [];
    let stop = false;
    const load = (async () => {
      for (let i = 0; !stop; i++) {
        const body = reviewBody(cards[i % cards.length]!, 1 + (i % 4));
        const response = await reviewRoute(jsonRequest("/api/v1/reviews", "POST", body));
        if (response.status === 201) acknowledged.push(body.reviewId);
        // Yield to timers as a server's I/O would: better-sqlite3 answers synchronously.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 5));
    const acknowledgedBefore = [...acknowledged];
    const file = path.join(dir, "out", isSqlite ? "during-load.db" : "during-load.dump");
    const result = await backupDatabase(url, file);
    const afterBackup = acknowledged.length;
    while (acknowledged.length < afterBackup + 10) await new Promise((resolve) => setTimeout(resolve, 5));
    stop = true;
    await load;

    expect(result.file).toBe(file);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);

    const restoredUrl = await emptyDatabase("restored");
    await restoreDatabase(restoredUrl, file);
    if (isSqlite) {
      const sqlite = new Database(restoredUrl.slice("file:".length), { readonly: true });
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      sqlite.close();
    }
    const restored = createDb(restoredUrl);
    try {
      const logs = await restored.reviewLog.findMany({ where: { userId: me.id }, select: { reviewId: true } });
      const kept = new Set(logs.map((log) => log.reviewId));
      expect(acknowledgedBefore.filter((id) => !kept.has(id))).toEqual([]);
      // Nothing is in the copy twice, and the app's data came along (content, the learner's cards).
      expect(kept.size).toBe(logs.length);
      expect(await restored.card.count({ where: { userId: me.id } })).toBe(cards.length);
      expect(await restored.flashcard.count()).toBe(await db.flashcard.count());
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses to replace a database in use unless forced, and keeps the SQLite file it replaces", async () => {
    const file = path.join(dir, "out", isSqlite ? "refuse.db" : "refuse.dump");
    await backupDatabase(url, file);
    // The app's own connection is open: the database is in use.
    await db.user.count();
    expect(await databaseInUse(url)).toBe(true);
    await expect(restoreDatabase(url, file)).rejects.toThrow(/in use/);

    const restoredUrl = await emptyDatabase("forced");
    await restoreDatabase(restoredUrl, file);
    const other = createDb(restoredUrl);
    const userCount = await other.user.count();
    // Held open, like a running app; --force replaces the data under it.
    expect(await databaseInUse(restoredUrl)).toBe(true);
    await expect(restoreDatabase(restoredUrl, file)).rejects.toBeInstanceOf(BackupError);
    const result = await restoreDatabase(restoredUrl, file, { force: true });
    expect(await other.user.count()).toBe(userCount);
    await other.$disconnect();
    if (isSqlite) {
      expect(result.replacedKeptAt).toMatch(/forced\.db\.before-restore-/);
      expect(fs.existsSync(result.replacedKeptAt!)).toBe(true);
      expect(mode(result.replacedKeptAt!)).toBe(0o600);
    }
  });

  it("refuses a file that is not a backup, a missing file and an existing output file, changing nothing", async () => {
    const restoredUrl = await emptyDatabase("refusals");
    await expect(restoreDatabase(restoredUrl, path.join(dir, "missing.db"))).rejects.toThrow(/no backup at/);
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "not a database at all");
    await expect(restoreDatabase(restoredUrl, junk)).rejects.toBeInstanceOf(BackupError);
    const existing = path.join(dir, "exists.db");
    fs.writeFileSync(existing, "keep me");
    await expect(backupDatabase(url, existing)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });
});
