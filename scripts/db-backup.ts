import "dotenv/config";
import { parseArgs } from "node:util";
import { backupDatabase, BackupError } from "@/lib/db/backup";

// `npm run db:backup [-- --out FILE]`: a consistent copy of the database DATABASE_URL names, taken
// while the app serves (SQLite's online backup API; pg_dump for PostgreSQL). Default file:
// backups/retain-<UTC time>.db (or .dump).
async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
  const result = await backupDatabase(process.env.DATABASE_URL, values.out);
  console.log(`Backed up the ${result.provider} database to ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB).`);
}

main().catch((error) => {
  console.error(error instanceof BackupError || error instanceof TypeError ? error.message : error);
  process.exit(1);
});
