import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationFolders, readMigrations } from "@/lib/db/migration-files";
import { diffSchemas } from "@/lib/db/schema-engine";
import { postgresSchemaFrom } from "@/lib/db/schema-variants";

// The committed migrations, replayed on an empty database, build exactly the database that
// prisma/schema.prisma describes (tables, columns with types, nullability and defaults, indexes,
// foreign keys). schema-drift.test.ts only compares schema.prisma with the snapshot db:migrate keeps;
// this catches a hand-edited snapshot or migration.sql that the app's client would not match.
// SQLite always; PostgreSQL too when TEST_DATABASE_URL names a server.

const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-schema-match-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const byName = <T extends Record<string, unknown>>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function sqliteStructure(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(
      tables.map((table) => [
        table,
        {
          // Sorted by name: a column added later sits at the end of a migrated table.
          columns: byName(sqlite.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(table) as Record<string, unknown>[]),
          indexes: byName(
            (sqlite.prepare(`SELECT name, "unique" FROM pragma_index_list(?) WHERE origin <> 'pk'`).all(table) as { name: string; unique: number }[]).map((index) => ({
              ...index,
              columns: (sqlite.prepare("SELECT name FROM pragma_index_info(?) ORDER BY seqno").all(index.name) as { name: string }[]).map((c) => c.name),
            })),
          ),
          foreignKeys: byName(sqlite.prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)`).all(table) as Record<string, unknown>[]),
        },
      ]),
    );
  } finally {
    sqlite.close();
  }
}

describe("committed migrations build the database schema.prisma describes", () => {
  it("SQLite", async () => {
    const migrated = path.join(dir, "migrated.db");
    const declared = path.join(dir, "declared.db");
    const m = new Database(migrated);
    for (const migration of readMigrations(migrationFolders.sqlite)) m.exec(migration.sql);
    m.close();
    const d = new Database(declared);
    d.exec(await diffSchemas("sqlite", null, schema));
    d.close();
    const expected = sqliteStructure(declared);
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(sqliteStructure(migrated)).toEqual(expected);
  });

  const pgBase = process.env.TEST_DATABASE_URL;
  it.runIf(pgBase?.startsWith("postgres"))("PostgreSQL", async () => {
    const client = new pg.Client({ connectionString: pgBase });
    await client.connect();
    const suffix = Math.random().toString(36).slice(2, 10);
    const structure = async (schemaName: string) => {
      const columns = await client.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default, character_maximum_length, numeric_precision, datetime_precision
         FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
        [schemaName],
      );
      // Index and constraint definitions name their schema; drop it so the two schemas compare.
      const indexes = await client.query(`SELECT tablename, indexname, replace(indexdef, $1 || '.', '') AS def FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY indexname`, [schemaName]);
      const constraints = await client.query(
        `SELECT c.conname, replace(pg_get_constraintdef(c.oid), $1 || '.', '') AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = $1 AND c.conrelid <> 0 AND c.conrelid::regclass::text NOT LIKE '%_prisma_migrations' ORDER BY c.conname`,
        [schemaName],
      );
      return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
    };
    const build = async (schemaName: string, sql: string[]) => {
      await client.query(`CREATE SCHEMA ${schemaName}`);
      await client.query(`SET search_path TO ${schemaName}`);
      for (const statement of sql) await client.query(statement);
    };
    try {
      await build(`migrated_${suffix}`, readMigrations(migrationFolders.postgresql).map((m) => m.sql));
      await build(`declared_${suffix}`, [await diffSchemas("postgresql", null, postgresSchemaFrom(schema))]);
      const expected = await structure(`declared_${suffix}`);
      expect(expected.columns.length).toBeGreaterThan(50);
      expect(await structure(`migrated_${suffix}`)).toEqual(expected);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS migrated_${suffix} CASCADE; DROP SCHEMA IF EXISTS declared_${suffix} CASCADE`);
      await client.end();
    }
  });
});
