import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { cachedStatementsFactory, immediateTransactionsFactory, serializedFactory } from "@/lib/db/sqlite-serialized";
import { databaseTarget } from "@/lib/db/target";

// Builds a Prisma client for a DATABASE_URL. Both generated clients come from the same schema, so
// the PostgreSQL one is typed as the SQLite one: their model APIs are identical.

export type Db = SqliteClient;

// A new client for the engine the URL names (the app keeps one; scripts and tests make their own).
export function createDb(url: string | undefined = process.env.DATABASE_URL): Db {
  const target = databaseTarget(url);
  const transactionOptions = transactionLimits();
  if (target.provider === "postgresql") {
    // A request waits at most maxWait for a pooled connection (pg's default is forever).
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: transactionOptions.maxWait });
    // An idle connection the server closed (a restart, a failover) is dropped and replaced; unheard,
    // the pool's error event would end the process.
    pool.on("error", (error) => console.warn(`[db] an idle PostgreSQL connection was closed: ${error.message}`));
    const client = new PostgresClient({ adapter: new PrismaPg(pool), transactionOptions }) as unknown as Db;
    pools.set(client, pool);
    return client;
  }
  // better-sqlite3, not libSQL: @libsql/client leaks a connection (2 file descriptors) per
  // transaction, so a busy server runs out of descriptors (measured: 6,000 open after 3,000
  // transactions). WAL is set by db:deploy and persists in the file; the busy timeout lets a
  // second process (a script next to the server) wait for the single writer, and transactions take
  // the write lock as they begin (immediateTransactionsFactory) so that the wait applies to them. One connection serves
  // the whole process, so statements are kept out of other requests' open transactions; each SQL
  // text is compiled once (cachedStatementsFactory).
  const adapter = cachedStatementsFactory(immediateTransactionsFactory(new PrismaBetterSqlite3({ url: target.filePath, timeout: 5000 })));
  return new SqliteClient({ adapter: withPragmas(serializedFactory(adapter, transactionOptions.maxWait), sqlitePragmas()), transactionOptions });
}

// How long a transaction may wait to start (for a pool connection, or for SQLite's one writer)
// and run. Prisma's defaults (2 s, 5 s) turned a burst into errors: on PostgreSQL at 200 learners
// on a busy machine, 103 of 600 quiz answers failed to start a transaction within 2 s. Waiting
// longer lets a burst queue instead; a request still waiting after DATABASE_TX_WAIT_MS is answered
// 503 with Retry-After (lib/server/endpoint.ts), never 500.
export function transactionLimits(env: NodeJS.ProcessEnv = process.env): { maxWait: number; timeout: number } {
  const maxWait = Number(env.DATABASE_TX_WAIT_MS ?? 10_000);
  const timeout = Number(env.DATABASE_TX_TIMEOUT_MS ?? 15_000);
  if (!(maxWait > 0) || !(timeout > 0)) throw new Error("DATABASE_TX_WAIT_MS and DATABASE_TX_TIMEOUT_MS must be positive numbers of milliseconds");
  return { maxWait, timeout };
}

// The PostgreSQL pool behind a client, for the pool-usage metrics.
const pools = new WeakMap<Db, pg.Pool>();
export function postgresPool(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

// `synchronous = FULL`: in WAL mode, NORMAL (better-sqlite3's default) may lose the last commits
// to an OS crash or power loss; FULL syncs the WAL at every commit, so an acknowledged review
// stays written. SQLITE_SYNCHRONOUS=NORMAL trades that for speed (the benches compare the two).
export function sqlitePragmas(synchronous: string | undefined = process.env.SQLITE_SYNCHRONOUS): string {
  const level = (synchronous ?? "FULL").toUpperCase();
  if (level !== "FULL" && level !== "NORMAL") throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, not ${synchronous}`);
  return `PRAGMA synchronous = ${level};`;
}

// Runs the pragmas on each connection the factory opens (they are per connection, not per file).
function withPragmas<F extends SqlDriverAdapterFactory>(factory: F, pragmas: string): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(pragmas);
    return adapter;
  };
  return factory;
}
