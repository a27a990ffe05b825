import "dotenv/config";
import { createDb } from "@/lib/db/client";
import { demoAccounts, demoPassword, seed } from "@/lib/db/seed";
import { deployMigrations } from "@/scripts/db-deploy";

// Before the app serves: apply migrations and sync content (both idempotent), print demo accounts.
export async function prepareDatabase(options: { quiet?: boolean } = {}) {
  await deployMigrations(process.env.DATABASE_URL, { quiet: true });
  const db = createDb();
  try {
    const summary = await seed(db);
    if (!options.quiet) {
      console.log(`Content: ${summary.sections} sections (${summary.created} new, ${summary.updated} updated, ${summary.retired} retired).`);
      console.log(`Demo accounts, password "${demoPassword}": ${demoAccounts.map((a) => `${a.email} (${a.role})`).join(", ")}`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("prepare-db.ts")) {
  prepareDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
