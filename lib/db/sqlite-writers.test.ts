import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";

// The app's SQLite connection next to another process writing to the same file (a script, a
// second instance during a deploy): a request's transaction that reads, then writes, must not fail
// because the other process committed in between. The other connection here stands for that process.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-writers-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SQLite with a second writer", () => {
  it("a transaction that reads then writes holds the write lock from its start: the other process waits, the request succeeds", async () => {
    const file = path.join(dir, "two-writers.db");
    const other = new Database(file, { timeout: 50 });
    other.pragma("journal_mode = WAL");
    other.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    const db = createDb(`file:${file}`);
    let otherWrite = "not tried";
    try {
      await db.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT COUNT(*) FROM note");
        // The other process writes while the request's transaction is open.
        try {
          other.prepare("INSERT INTO note (text) VALUES ('from the other process')").run();
          otherWrite = "committed";
        } catch (error) {
          otherWrite = (error as { code?: string }).code ?? String(error);
        }
        await tx.$executeRawUnsafe("INSERT INTO note (text) VALUES ('from the request')");
      });
      // The other process waited its busy timeout for the request's transaction, then gave up:
      // a script retries; a request that had failed here would have lost the learner's write.
      expect(otherWrite).toBe("SQLITE_BUSY");
      expect(other.prepare("SELECT text FROM note ORDER BY id").all()).toEqual([{ text: "from the request" }]);
    } finally {
      await db.$disconnect();
      other.close();
    }
  });
});
