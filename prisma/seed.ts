import "dotenv/config";
import { createDb } from "@/lib/db/client";
import { demoAccounts, demoPassword, seed } from "@/lib/db/seed";

// `npm run db:seed`: loads content and demo accounts into the database DATABASE_URL names.
async function main() {
  const db = createDb();
  try {
    const s = await seed(db);
    console.log(`Content synced: ${s.sections} sections; ${s.created} created, ${s.updated} updated, ${s.retired} retired, ${s.unchanged} unchanged.`);
    console.log(`Demo accounts (password "${demoPassword}"): ${demoAccounts.map((a) => `${a.email} (${a.role})`).join(", ")}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
