import "server-only";
import { createDb, type Db } from "@/lib/db/client";

// The one Prisma client of the app process.

export type { Db };

const globalForDb = globalThis as unknown as { retainDb?: Db };

export const db: Db = globalForDb.retainDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.retainDb = db;
