import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migrationFolders, readMigrations } from "@/lib/db/migration-files";
import { postgresMigrationDriver, sqliteMigrationDriver } from "@/lib/db/migration-drivers";
import { deploy, resolveRolledBack, type MigrationDriver } from "@/lib/db/migrator";
import { databaseTarget } from "@/lib/db/target";

// `npm run db:deploy`: applies the committed migrations of the engine DATABASE_URL names (the
// SQLite file under ./data/ by default, created if missing). `-- --rolled-back NAME` marks a failed
// migration as rolled back so the next deploy retries it.
export async function deployMigrations(url: string | undefined, options: { rolledBack?: string; quiet?: boolean } = {}) {
  const target = databaseTarget(url);
  const migrations = readMigrations(path.join(process.cwd(), migrationFolders[target.provider]));
  let driver: MigrationDriver;
  let close: () => Promise<void>;
  if (target.provider === "sqlite") {
    // The database holds password hashes and every learner's answers: only its owner may read it.
    // SQLite gives the -wal and -shm files the database file's mode.
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true, mode: 0o700 });
    if (!fs.existsSync(target.filePath)) fs.closeSync(fs.openSync(target.filePath, "a", 0o600));
    const sqlite = new Database(target.filePath, { timeout: 5000 });
    sqlite.pragma("journal_mode = WAL");
    driver = sqliteMigrationDriver(sqlite);
    close = async () => void sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    driver = postgresMigrationDriver(client);
    close = () => client.end();
  }
  try {
    if (options.rolledBack) {
      await resolveRolledBack(driver, options.rolledBack);
      console.log(`Marked ${options.rolledBack} as rolled back.`);
      return;
    }
    const result = await deploy(driver, migrations);
    if (!options.quiet) {
      for (const name of result.applied) console.log(`applied ${name}`);
      console.log(`Database (${target.provider}) is up to date: ${result.applied.length} applied, ${result.alreadyApplied} already applied.`);
    }
    for (const name of result.changedSinceApplied) console.warn(`warning: ${name} changed after it was applied (checksum differs)`);
  } finally {
    await close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const i = process.argv.indexOf("--rolled-back");
  deployMigrations(process.env.DATABASE_URL, { rolledBack: i > 0 ? process.argv[i + 1] : undefined }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
