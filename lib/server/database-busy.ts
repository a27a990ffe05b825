// Whether an error means the database was too busy to take the request (no connection free in
// time, no transaction started in time, SQLite's writer lock held past the busy timeout), as
// opposed to a bug: those requests are answered 503 with Retry-After, and the app's own clients
// send them again with the same idempotency id.

// Prisma's codes: P2024 no connection from the pool in time, P2028 a transaction could not start
// (its message: "Unable to start a transaction in the given time"), P1008 an operation timed out.
const BUSY_CODES = new Set(["P2024", "P2028", "P1008"]);
const BUSY_MESSAGES = [/unable to start a transaction in the given time/i, /timeout exceeded when trying to connect/i, /timed out fetching a new connection/i, /SQLITE_BUSY|database is locked/i, /too many clients already/i];

export function isDatabaseBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== "object") return false;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && BUSY_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && BUSY_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

// Seconds a client should wait before trying again.
export const busyRetryAfterSeconds = 2;
