import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationFolders, readMigrations, type MigrationFile } from "@/lib/db/migration-files";
import { postgresMigrationDriver, sqliteMigrationDriver } from "@/lib/db/migration-drivers";
import { deploy, MigrationError, resolveRolledBack, type MigrationDriver } from "@/lib/db/migrator";

// The migrator against real engines: SQLite always; PostgreSQL when TEST_DATABASE_URL names one.

const good: MigrationFile[] = [
  { name: "20260101000000_a", sql: 'CREATE TABLE "A" ("id" TEXT NOT NULL PRIMARY KEY);', checksum: "a".repeat(64) },
  { name: "20260102000000_b", sql: 'CREATE TABLE "B" ("id" TEXT NOT NULL PRIMARY KEY);', checksum: "b".repeat(64) },
];
const broken: MigrationFile = { name: "20260103000000_broken", sql: 'CREATE TABLE "C" ("id" TEXT NOT NULL PRIMARY KEY);\nCREATE TABLE "A" ("id" TEXT);', checksum: "c".repeat(64) };
const after: MigrationFile = { name: "20260104000000_after", sql: 'CREATE TABLE "D" ("id" TEXT NOT NULL PRIMARY KEY);', checksum: "d".repeat(64) };

type Engine = { name: string; make: () => Promise<{ driver: MigrationDriver; tables: () => Promise<string[]>; rows: () => Promise<Record<string, unknown>[]>; close: () => Promise<void> }> };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-migrator-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const engines: Engine[] = [
  {
    name: "SQLite",
    make: async () => {
      const sqlite = new Database(path.join(dir, `${Math.random()}.db`));
      return {
        driver: sqliteMigrationDriver(sqlite),
        tables: async () => (sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name),
        rows: async () => sqlite.prepare('SELECT migration_name, checksum, finished_at, logs, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name').all() as Record<string, unknown>[],
        close: async () => void sqlite.close(),
      };
    },
  },
];
const pgBase = process.env.TEST_DATABASE_URL;
if (pgBase?.startsWith("postgres")) {
  engines.push({
    name: "PostgreSQL",
    make: async () => {
      const schema = `migrator_${Math.random().toString(36).slice(2, 10)}`;
      const client = new pg.Client({ connectionString: pgBase });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      return {
        driver: postgresMigrationDriver(client),
        tables: async () => (await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`, [schema])).rows.map((r) => String(r.table_name)),
        rows: async () => (await client.query('SELECT migration_name, checksum, finished_at, logs, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name')).rows,
        close: async () => {
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  });
}

describe.each(engines)("migrator on $name", (engine) => {
  it("applies every migration to a fresh database and records Prisma's rows", async () => {
    const e = await engine.make();
    const result = await deploy(e.driver, good);
    expect(result.applied).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(await e.tables()).toEqual(expect.arrayContaining(["A", "B", "_prisma_migrations"]));
    const rows = await e.rows();
    expect(rows.map((r) => [r.migration_name, r.checksum, Number(r.applied_steps_count)])).toEqual([
      ["20260101000000_a", "a".repeat(64), 1],
      ["20260102000000_b", "b".repeat(64), 1],
    ]);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    await e.close();
  });

  it("does nothing when already up to date, and reports a changed file", async () => {
    const e = await engine.make();
    await deploy(e.driver, good);
    const again = await deploy(e.driver, [good[0]!, { ...good[1]!, checksum: "e".repeat(64) }]);
    expect(again).toEqual({ applied: [], alreadyApplied: 2, changedSinceApplied: ["20260102000000_b"] });
    expect(await e.rows()).toHaveLength(2);
    await e.close();
  });

  it("records a failed migration, rolls its changes back, and blocks later ones until resolved", async () => {
    const e = await engine.make();
    await expect(deploy(e.driver, [...good, broken, after])).rejects.toThrow(MigrationError);
    expect(await e.tables()).not.toContain("C");
    expect(await e.tables()).not.toContain("D");
    const failed = (await e.rows()).find((r) => r.migration_name === broken.name);
    expect(failed?.finished_at).toBeNull();
    expect(String(failed?.logs)).toMatch(/A/);

    await expect(deploy(e.driver, [...good, { ...broken, sql: 'CREATE TABLE "C" ("id" TEXT);' }, after])).rejects.toThrow(/failed earlier and blocks/);
    await resolveRolledBack(e.driver, broken.name);
    const fixed = await deploy(e.driver, [...good, { ...broken, sql: 'CREATE TABLE "C" ("id" TEXT);' }, after]);
    expect(fixed.applied).toEqual([broken.name, after.name]);
    expect(await e.tables()).toEqual(expect.arrayContaining(["C", "D"]));
    await e.close();
  });
});

describe("the committed migrations", () => {
  it("exist for both engines with the same names", () => {
    const sqlite = readMigrations(migrationFolders.sqlite).map((m) => m.name);
    const postgres = readMigrations(migrationFolders.postgresql).map((m) => m.name);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });
});
