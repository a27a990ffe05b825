import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

// The better-sqlite3 adapter runs every query of the process on one connection and only makes
// transactions wait for each other: a query of another request that lands while a transaction is
// open (between its awaits) runs inside it, reads its uncommitted rows, and is undone by its
// rollback. This wraps the adapter so that every statement outside a transaction also waits for
// the open one to end, as a SQLite connection per request would. Statements inside a transaction
// go through the transaction object and do not wait.

// Raised when the database could not be had within the wait allowed (lib/server/database-busy.ts
// answers such requests 503 with Retry-After). The message is Prisma's for the same condition.
export class DatabaseWaitTimeout extends Error {
  readonly code = "P2028";
  constructor(waitMs: number) {
    super(`Unable to start a transaction in the given time (waited ${waitMs} ms for the database).`);
  }
}

// A FIFO lock: acquire() resolves with the function that releases it, or rejects after `waitMs`
// (a waiter that gave up passes its turn on at once, so the order of the others is kept).
class Lock {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly waitMs: number) {}

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail;
    this.tail = this.tail.then(() => held);
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = Number.isFinite(this.waitMs)
        ? setTimeout(() => {
            gaveUp = true;
            reject(new DatabaseWaitTimeout(this.waitMs));
          }, this.waitMs)
        : null;
      void turn.then(() => {
        if (gaveUp) return release();
        if (timer) clearTimeout(timer);
        resolve(release);
      });
    });
  }
}

async function exclusively<T>(lock: Lock, run: () => Promise<T>): Promise<T> {
  const release = await lock.acquire();
  try {
    return await run();
  } finally {
    release();
  }
}

// The same adapter, with statements outside a transaction kept out of open transactions.
export function serialized(adapter: SqlDriverAdapter, waitMs = Number.POSITIVE_INFINITY): SqlDriverAdapter {
  const lock = new Lock(waitMs);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) => exclusively(lock, () => queryRaw(query));
  adapter.executeRaw = (query) => exclusively(lock, () => executeRaw(query));
  adapter.executeScript = (script) => exclusively(lock, () => executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    let open = true;
    const end = () => {
      if (open) {
        open = false;
        release();
      }
    };
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(end);
    transaction.rollback = () => rollback().finally(end);
    return transaction;
  };
  return adapter;
}

// Wraps a driver adapter factory so that each adapter it connects is serialized().
export function serializedFactory<F extends SqlDriverAdapterFactory>(factory: F, waitMs?: number): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => serialized(await connect(), waitMs);
  return factory;
}

// The better-sqlite3 adapter's connection, whose prepare() the two wrappers below change.
type SqliteClient = { prepare: (sql: string) => PreparedStatement };
type PreparedStatement = { reader: boolean; run: (args?: unknown[]) => unknown; columns: () => unknown[]; raw: (on?: boolean) => PreparedStatement; all: (args?: unknown[]) => unknown[] };
type Bound = Pick<PreparedStatement, "reader" | "columns"> & { run: () => unknown; raw: () => { all: () => unknown[] } };
type Bindable = Bound & { bind: (args: unknown[]) => Bound };

function connectionOf(adapter: SqlDriverAdapter, wrapper: string): SqliteClient {
  const client = (adapter as unknown as { client?: SqliteClient }).client;
  if (!client || typeof client.prepare !== "function") throw new Error(`the SQLite driver adapter no longer exposes its connection: check ${wrapper}`);
  return client;
}

// Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE), not at their first write.
// A deferred transaction reads from a snapshot; if another process (a script next to the server, a
// second instance during a deploy) commits a write before this one writes, its first write fails
// at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out, and the request fails.
// Beginning immediately makes it wait for the other writer instead (the busy timeout). Within the
// process transactions are already one at a time (serialized above), so nothing waits longer.
export function immediateTransactionsFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // The better-sqlite3 adapter begins its transactions with client.prepare("BEGIN").
    const client = connectionOf(adapter, "immediateTransactionsFactory");
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  };
  return factory;
}

// Each distinct SQL text is compiled once per connection. The adapter prepares every statement it
// runs, and compiling was 7% of a review request's CPU (a multi-row insert's long text costs more):
// Prisma sends the same few texts again and again. The adapter binds its arguments to what
// prepare() returns (bind(args), then run() or raw().all()); a compiled statement keeps bound
// arguments for good, so the cache hands out a view that passes them at each call instead. The
// least recently used texts are dropped past `size` (batches of every size make distinct texts).
export function cachedStatementsFactory<F extends SqlDriverAdapterFactory>(factory: F, size = 500): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = connectionOf(adapter, "cachedStatementsFactory");
    const prepare = client.prepare.bind(client);
    const compiled = new Map<string, PreparedStatement>();
    const statement = (sql: string): PreparedStatement => {
      let found = compiled.get(sql);
      if (found) {
        compiled.delete(sql); // most recently used last
      } else {
        found = prepare(sql);
        if (compiled.size >= size) compiled.delete(compiled.keys().next().value!);
      }
      compiled.set(sql, found);
      return found;
    };
    const bound = (stmt: PreparedStatement, args: unknown[]): Bound => ({
      reader: stmt.reader,
      run: () => stmt.run(args),
      columns: () => stmt.columns(),
      raw: () => ({ all: () => stmt.raw(true).all(args) }),
    });
    // prepare(sql).bind(args) for queries; prepare("BEGIN").run() for a transaction's start.
    (client as unknown as { prepare: (sql: string) => Bindable }).prepare = (sql) => {
      const stmt = statement(sql);
      return { ...bound(stmt, []), bind: (args) => bound(stmt, args) };
    };
    return adapter;
  };
  return factory;
}
