import "dotenv/config";
import fs from "node:fs";
import pg from "pg";
import { databaseTarget } from "@/lib/db/target";
import { deployMigrations } from "@/scripts/db-deploy";
import { createDb } from "@/lib/db/client";
import { seed } from "@/lib/db/seed";

// `npm run db:reset`: drops everything in the database DATABASE_URL names, migrates and seeds.
async function main() {
  const target = databaseTarget(process.env.DATABASE_URL);
  if (target.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(target.filePath + suffix, { force: true });
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  }
  await deployMigrations(target.url);
  const db = createDb(target.url);
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
  console.log("Database reset, migrated and seeded.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
