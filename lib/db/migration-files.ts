import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Where each engine's committed migrations live, and how they are read from disk.

export const migrationFolders = { sqlite: "prisma/migrations", postgresql: "prisma/postgres/migrations" } as const;
// The schema as of the newest migration: db:migrate diffs schema.prisma against it.
export const snapshotPath = "prisma/migrations/schema.snapshot.prisma";

export type MigrationFile = { name: string; sql: string; checksum: string };

// Lists a folder's migrations in order, each with the sha256 checksum Prisma records for it.
export function readMigrations(folder: string): MigrationFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}
