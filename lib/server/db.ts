import "server-only";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { databaseTarget } from "@/lib/db/target";

// The one Prisma client. Both generated clients come from the same schema, so the PostgreSQL one is
// typed as the SQLite one: their model APIs are identical.

export type Db = SqliteClient;

function createClient(): Db {
  const target = databaseTarget(process.env.DATABASE_URL);
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // WAL is set once by db:deploy and persists in the file; the busy timeout lets concurrent
  // requests wait for the single writer instead of failing with SQLITE_BUSY.
  const adapter = new PrismaLibSql({ url: `file:${target.filePath}`, timeout: 5000 });
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { retainDb?: Db };

export const db: Db = globalForDb.retainDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.retainDb = db;
