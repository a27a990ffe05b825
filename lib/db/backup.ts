import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseTarget, type DatabaseTarget } from "@/lib/db/target";
import { findPostgresBin } from "@/scripts/private-postgres";

// Backups and restores of the database DATABASE_URL names, safe while the app serves.
// SQLite: SQLite's online backup API (a consistent copy taken page by page beside the app's own
// connection, which keeps writing). PostgreSQL: pg_dump/pg_restore (custom format) when installed.
// Files are their owner's alone (0600 in a 0700 folder): a backup holds password hashes.

export class BackupError extends Error {}

export type BackupResult = { file: string; bytes: number; provider: DatabaseTarget["provider"] };

// `backups/retain-2026-12-06T21-40-48Z.db` (or `.dump` for PostgreSQL).
export function defaultBackupFile(target: DatabaseTarget, now = new Date(), folder = "backups"): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
  return path.join(folder, `retain-${stamp}.${target.provider === "sqlite" ? "db" : "dump"}`);
}

// Copy every remaining page in one step. In small steps (better-sqlite3's default, 100 pages), a
// write by the app between two steps restarts the copy, so under a steady review load it never
// ends; one step reads a single consistent snapshot while the app keeps writing (WAL).
const allAtOnce = () => 0x7fffffff;

function prepareOutput(file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose another file.`);
}

// A PostgreSQL client tool (pg_dump, pg_restore) from PATH or Debian's versioned folder.
function postgresTool(name: string): string {
  const onPath = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (onPath.status === 0) return name;
  const bin = findPostgresBin();
  if (bin && fs.existsSync(path.join(bin, name))) return path.join(bin, name);
  throw new BackupError(`${name} was not found. Install PostgreSQL's client tools (Debian: apt-get install -y postgresql-client) to back up or restore a PostgreSQL database.`);
}

function run(tool: string, args: string[]) {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.status !== 0) throw new BackupError(`${path.basename(tool)} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`);
}

export async function backupDatabase(url: string | undefined, file?: string, now = new Date()): Promise<BackupResult> {
  const target = databaseTarget(url);
  const out = file ?? defaultBackupFile(target, now);
  prepareOutput(out);
  if (target.provider === "sqlite") {
    if (!fs.existsSync(target.filePath)) throw new BackupError(`There is no database at ${target.filePath}.`);
    const source = new Database(target.filePath, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      // Created first with the owner-only mode: the backup API keeps an existing file's mode.
      fs.closeSync(fs.openSync(out, "w", 0o600));
      await source.backup(out, { progress: allAtOnce });
    } catch (error) {
      fs.rmSync(out, { force: true });
      throw error;
    } finally {
      source.close();
    }
  } else {
    fs.closeSync(fs.openSync(out, "w", 0o600));
    try {
      run(postgresTool("pg_dump"), ["--format=custom", "--no-owner", "--file", out, target.url]);
    } catch (error) {
      fs.rmSync(out, { force: true });
      throw error;
    }
  }
  fs.chmodSync(out, 0o600);
  return { file: out, bytes: fs.statSync(out).size, provider: target.provider };
}

// Whether another process has the database open: the running app keeps a connection, which holds
// a shared lock on a SQLite file in WAL mode (so an exclusive lock cannot be had), and shows in
// PostgreSQL's pg_stat_activity.
export async function databaseInUse(url: string | undefined): Promise<boolean> {
  const target = databaseTarget(url);
  if (target.provider === "sqlite") {
    if (!fs.existsSync(target.filePath)) return false;
    const probe = new Database(target.filePath, { fileMustExist: true, timeout: 0 });
    try {
      probe.pragma("locking_mode = EXCLUSIVE");
      probe.exec("BEGIN EXCLUSIVE");
      probe.exec("COMMIT");
      return false;
    } catch {
      return true;
    } finally {
      probe.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return Number(result.rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

// Checks that a SQLite backup file is whole and is one of ours before anything is replaced.
function checkSqliteBackup(file: string) {
  let backup: Database.Database;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file} fails SQLite's integrity check: ${String(check)}`);
    const migrations = backup.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!migrations) throw new BackupError(`${file} is not a Retain database (it has no migration history).`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    backup.close();
  }
}

export type RestoreResult = { replacedKeptAt: string | null };

// Replaces the database with a backup. Refuses while the database is in use unless `force`; a
// replaced SQLite file is kept beside it (`…before-restore-<time>`), so a wrong restore can be undone.
export async function restoreDatabase(url: string | undefined, file: string, options: { force?: boolean; now?: Date } = {}): Promise<RestoreResult> {
  const target = databaseTarget(url);
  if (!fs.existsSync(file)) throw new BackupError(`There is no backup at ${file}.`);
  if (!options.force && (await databaseInUse(url))) {
    throw new BackupError("The database is in use (is the app running?). Stop the app first, or pass --force to replace the data under it.");
  }
  if (target.provider === "postgresql") {
    run(postgresTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", target.url, file]);
    return { replacedKeptAt: null };
  }
  checkSqliteBackup(file);
  fs.mkdirSync(path.dirname(target.filePath), { recursive: true, mode: 0o700 });
  let replacedKeptAt: string | null = null;
  if (fs.existsSync(target.filePath)) {
    const stamp = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
    replacedKeptAt = `${target.filePath}.before-restore-${stamp}`;
    const current = new Database(target.filePath, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      fs.closeSync(fs.openSync(replacedKeptAt, "w", 0o600));
      await current.backup(replacedKeptAt, { progress: allAtOnce });
    } finally {
      current.close();
    }
  } else {
    fs.closeSync(fs.openSync(target.filePath, "a", 0o600));
  }
  // The backup API writes into the live file under SQLite's locks, so a connection left open (with
  // --force) sees the restored data rather than a file swapped under it.
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target.filePath, { progress: allAtOnce });
  } finally {
    backup.close();
  }
  return { replacedKeptAt };
}
