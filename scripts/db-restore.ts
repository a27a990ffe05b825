import "dotenv/config";
import { parseArgs } from "node:util";
import { BackupError, restoreDatabase } from "@/lib/db/backup";
import { deployMigrations } from "@/scripts/db-deploy";

// `npm run db:restore -- FILE [--force]`: replaces the database DATABASE_URL names with a backup
// made by db:backup, then applies any migration newer than the backup. Refuses while the database
// is in use (the app running) unless --force.
async function main() {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new BackupError("Usage: npm run db:restore -- FILE [--force]");
  const file = positionals[0]!;
  const result = await restoreDatabase(process.env.DATABASE_URL, file, { force: values.force });
  await deployMigrations(process.env.DATABASE_URL, { quiet: true });
  console.log(`Restored ${file}.${result.replacedKeptAt ? ` The database it replaced is kept at ${result.replacedKeptAt}.` : ""}`);
}

main().catch((error) => {
  console.error(error instanceof BackupError || error instanceof TypeError ? error.message : error);
  process.exit(1);
});
