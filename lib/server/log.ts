import "server-only";
import pino from "pino";

// The app's structured log: one JSON object per line on stdout (pino), for a log shipper to read.
// LOG_LEVEL picks the level (info by default; silent under the unit tests, which assert on
// behaviour, not on log lines).
const globalForLog = globalThis as unknown as { retainLog?: pino.Logger };

export const log: pino.Logger =
  globalForLog.retainLog ??
  pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "retain" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
globalForLog.retainLog = log;
