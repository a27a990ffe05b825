import "server-only";
import path from "node:path";
import { migrationFolders, readMigrations } from "@/lib/db/migration-files";
import { databaseTarget } from "@/lib/db/target";
import { db } from "@/lib/server/db";

// Whether this instance can serve: its database answers and holds every migration the code was
// shipped with (a load balancer keeps traffic away until then, e.g. while db:deploy runs).

export type Readiness = { ready: true } | { ready: false; reason: string };

// The committed migrations the database has not finished (or that were rolled back).
export function pendingMigrations(committed: readonly string[], finished: readonly string[]): string[] {
  const done = new Set(finished);
  return committed.filter((name) => !done.has(name));
}

export async function checkReadiness(): Promise<Readiness> {
  const provider = databaseTarget(process.env.DATABASE_URL).provider;
  let finished: string[];
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    finished = rows.map((r) => r.migration_name);
  } catch {
    return { ready: false, reason: "The database cannot be reached, or has no migrations table." };
  }
  const committed = readMigrations(path.join(process.cwd(), migrationFolders[provider])).map((m) => m.name);
  const pending = pendingMigrations(committed, finished);
  return pending.length === 0 ? { ready: true } : { ready: false, reason: `Migrations not applied: ${pending.join(", ")}. Run npm run db:deploy.` };
}
