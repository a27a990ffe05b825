import "server-only";
import { createDb, type Db } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";

// The one Prisma client of the app process.

export type { Db };

const globalForDb = globalThis as unknown as { retainDb?: Db };

export const db: Db = globalForDb.retainDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.retainDb = db;

// Which engine the process talks to, for the few queries whose options differ between them.
export function dbProvider(): "sqlite" | "postgresql" {
  return databaseTarget(process.env.DATABASE_URL).provider;
}
