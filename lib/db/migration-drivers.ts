import type { Database as SqliteDatabase } from "better-sqlite3";
import type { Client as PgClient } from "pg";
import type { MigrationDriver, MigrationRow } from "@/lib/db/migrator";

// The two engines' halves of the migrator. The DDL of `_prisma_migrations` is Prisma's own.

const sqliteTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

// Migrates an SQLite database (better-sqlite3); SQLite allows one writer, so no lock is needed.
export function sqliteMigrationDriver(db: SqliteDatabase): MigrationDriver {
  return {
    async ensureMigrationsTable() {
      db.exec(sqliteTable);
    },
    withLock: (work) => work(),
    async listRows() {
      return db.prepare('SELECT id, checksum, migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at').all() as MigrationRow[];
    },
    async applyAndRecord(migration, id) {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, current_timestamp, current_timestamp, 1)`,
        ).run(id, migration.checksum, migration.name);
      })();
    },
    async recordFailure(migration, id, error) {
      db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, logs, applied_steps_count) VALUES (?, ?, ?, current_timestamp, ?, 0)`).run(
        id,
        migration.checksum,
        migration.name,
        error,
      );
    },
    async markRolledBack(name) {
      return db
        .prepare(`UPDATE "_prisma_migrations" SET rolled_back_at = current_timestamp WHERE migration_name = ? AND finished_at IS NULL AND rolled_back_at IS NULL`)
        .run(name).changes;
    },
  };
}

const postgresTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
// Prisma's advisory lock key, so our deploy and Prisma's never run at once.
const advisoryLockKey = 72707369;

// Migrates PostgreSQL; an advisory lock keeps app instances starting together from racing.
export function postgresMigrationDriver(client: PgClient): MigrationDriver {
  return {
    async ensureMigrationsTable() {
      await client.query(postgresTable);
    },
    async withLock(work) {
      await client.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
      }
    },
    async listRows() {
      const rs = await client.query<MigrationRow>('SELECT id, checksum, migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at');
      return rs.rows;
    },
    async applyAndRecord(migration, id) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    async recordFailure(migration, id, error) {
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, logs, applied_steps_count) VALUES ($1, $2, $3, now(), $4, 0)`,
        [id, migration.checksum, migration.name, error],
      );
    },
    async markRolledBack(name) {
      const rs = await client.query(
        `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
        [name],
      );
      return rs.rowCount ?? 0;
    },
  };
}
