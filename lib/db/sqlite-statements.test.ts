import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { cachedStatementsFactory, immediateTransactionsFactory } from "@/lib/db/sqlite-serialized";

// The app's SQLite connection compiles each SQL text once (cachedStatementsFactory). What must hold:
// every call runs with its own arguments, results and errors are as without the cache, and the
// compiled statements are reused (counted at the driver), up to the cache's size.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-statements-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Counts the texts the driver compiles, under the cache.
function countingCompiles<F extends SqlDriverAdapterFactory>(factory: F, compiled: string[]): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: { prepare: (sql: string) => unknown } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => {
      compiled.push(sql);
      return prepare(sql);
    };
    return adapter;
  };
  return factory;
}

async function withClient(name: string, size: number | undefined, run: (db: PrismaClient, compiled: string[]) => Promise<void>) {
  const compiled: string[] = [];
  const factory = cachedStatementsFactory(countingCompiles(immediateTransactionsFactory(new PrismaBetterSqlite3({ url: path.join(dir, `${name}.db`) })), compiled), size);
  const db = new PrismaClient({ adapter: factory });
  try {
    await db.$executeRawUnsafe("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE, big INTEGER)");
    await run(db, compiled);
  } finally {
    await db.$disconnect();
  }
}

const insert = "INSERT INTO note (text, big) VALUES (?, ?)";
const select = "SELECT text, big FROM note WHERE text = ?";

describe("SQLite statements compiled once", () => {
  it("runs a text again with each call's own arguments, compiling it once", async () => {
    await withClient("reuse", undefined, async (db, compiled) => {
      for (const text of ["a", "b", "c"]) await db.$executeRawUnsafe(insert, text, 7);
      const rows = [];
      for (const text of ["c", "a", "b", "missing"]) rows.push(await db.$queryRawUnsafe<{ text: string }[]>(select, text));
      expect(rows.map((r) => r.map((row) => row.text))).toEqual([["c"], ["a"], ["b"], []]);
      expect(compiled.filter((sql) => sql === insert)).toHaveLength(1);
      expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
    });
  });

  it("keeps 64-bit integers exact, and a failed run does not spoil the next one", async () => {
    await withClient("values", undefined, async (db) => {
      const big = 2n ** 40n + 1n;
      await db.$executeRawUnsafe(insert, "big", big);
      const [row] = await db.$queryRawUnsafe<{ big: bigint }[]>(select, "big");
      expect(BigInt(row!.big)).toBe(big);
      await expect(db.$executeRawUnsafe(insert, "big", 1)).rejects.toThrow(/UNIQUE/);
      await db.$executeRawUnsafe(insert, "after", 2);
      expect(await db.$queryRawUnsafe<{ text: string }[]>(select, "after")).toEqual([{ text: "after", big: 2 }]);
    });
  });

  it("transactions begin, commit and roll back through the cached texts", async () => {
    await withClient("transactions", undefined, async (db, compiled) => {
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(insert, "kept", 1);
      });
      await expect(
        db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(insert, "undone", 1);
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(insert, "kept too", 1);
      });
      const texts = await db.$queryRawUnsafe<{ text: string }[]>("SELECT text FROM note ORDER BY id");
      expect(texts.map((t) => t.text)).toEqual(["kept", "kept too"]);
      expect(compiled.filter((sql) => sql === "BEGIN")).toHaveLength(1);
    });
  });

  it("drops the least recently used text past its size", async () => {
    await withClient("evict", 2, async (db, compiled) => {
      const one = "SELECT 1 AS n";
      const two = "SELECT 2 AS n";
      const three = "SELECT 3 AS n";
      for (const sql of [one, two, one, three, one, two]) await db.$queryRawUnsafe(sql);
      // one and two fill it; one is used again; three pushes out two; one is still there; two is compiled again.
      expect(compiled.filter((sql) => sql.startsWith("SELECT") && sql.endsWith("AS n"))).toEqual([one, two, three, two]);
    });
  });
});
