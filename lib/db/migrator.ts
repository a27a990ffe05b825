import crypto from "node:crypto";
import type { MigrationFile } from "@/lib/db/migration-files";

// Applies committed migrations and records them in Prisma's own `_prisma_migrations` table (same
// columns, sha256 checksum of migration.sql), so that `prisma migrate status` and `prisma migrate
// deploy`, run by someone with the native engine, agree with what we did. Rules, as Prisma's:
// - a migration is applied once, in name order, inside a transaction;
// - a migration that fails is recorded with finished_at NULL and its error in `logs`, and blocks
//   every later migration until it is marked rolled back (`npm run db:deploy -- --rolled-back NAME`);
// - an applied migration whose file changed since is reported, not re-run.

export type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: string | Date | null;
  rolled_back_at: string | Date | null;
  logs: string | null;
};

// The few operations the migrator needs from a database engine.
export interface MigrationDriver {
  ensureMigrationsTable(): Promise<void>;
  withLock<T>(work: () => Promise<T>): Promise<T>;
  listRows(): Promise<MigrationRow[]>;
  // Runs the script and inserts the finished row in one transaction.
  applyAndRecord(migration: MigrationFile, id: string): Promise<void>;
  recordFailure(migration: MigrationFile, id: string, error: string): Promise<void>;
  markRolledBack(name: string): Promise<number>;
}

export type DeployResult = { applied: string[]; alreadyApplied: number; changedSinceApplied: string[] };

export class MigrationError extends Error {}

// Applies every pending migration; throws MigrationError when one failed now or before.
export async function deploy(driver: MigrationDriver, migrations: MigrationFile[]): Promise<DeployResult> {
  await driver.ensureMigrationsTable();
  return driver.withLock(async () => {
    const rows = await driver.listRows();
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and blocks the others:\n${failed.logs ?? "(no log)"}\n` +
          `Fix the database or the migration, then run: npm run db:deploy -- --rolled-back ${failed.migration_name}`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    const result: DeployResult = { applied: [], alreadyApplied: 0, changedSinceApplied: [] };
    for (const migration of migrations) {
      const row = done.get(migration.name);
      if (row) {
        result.alreadyApplied += 1;
        if (row.checksum !== migration.checksum) result.changedSinceApplied.push(migration.name);
        continue;
      }
      const id = crypto.randomUUID();
      try {
        await driver.applyAndRecord(migration, id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await driver.recordFailure(migration, id, message);
        throw new MigrationError(`Migration ${migration.name} failed: ${message}`);
      }
      result.applied.push(migration.name);
    }
    return result;
  });
}

// Marks a failed migration as rolled back so that deploy may try it again.
export async function resolveRolledBack(driver: MigrationDriver, name: string): Promise<void> {
  await driver.ensureMigrationsTable();
  const count = await driver.markRolledBack(name);
  if (count === 0) throw new MigrationError(`No failed migration named ${name} to mark as rolled back.`);
}
