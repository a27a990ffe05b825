import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { longestThrottleWindowMs, windowStart } from "@/lib/domain/throttle";

// Failed attempts (sign-ins, sign-ups, wrong class codes), kept in the database so every app
// instance throttles alike. Keys carry their kind: "email:", "ip:", "join:", "signup:".

// Failures per key inside the window.
export async function listRecentFailures(keys: string[], now: Date, rule: { windowMs: number }): Promise<Map<string, Date[]>> {
  const rows = await db.signInFailure.findMany({
    where: { key: { in: keys }, createdAt: { gte: windowStart(now, rule) } },
    select: { key: true, createdAt: true },
  });
  const byKey = new Map<string, Date[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(row.key)?.push(row.createdAt);
  return byKey;
}

// An attempt counted before it is judged, so that parallel attempts see each other: its rows are
// written first, then the other rows of its keys are read. Each attempt therefore sees at least
// every attempt that started before it, and a burst cannot slip past the limit between a read and
// a write. `release` takes the rows back (an attempt refused or succeeded); kept, they are failures.
export type ReservedAttempt = { earlier: Map<string, Date[]>; release: () => Promise<void> };

// Writes one row per key for this attempt and returns the other rows of those keys inside the window.
export async function reserveAttempt(keys: string[], now: Date, rule: { windowMs: number }): Promise<ReservedAttempt> {
  const ids = keys.map(() => randomUUID());
  await db.signInFailure.createMany({ data: keys.map((key, i) => ({ id: ids[i]!, key, createdAt: now })) });
  const rows = await db.signInFailure.findMany({
    where: { key: { in: keys }, createdAt: { gte: windowStart(now, rule) }, id: { notIn: ids } },
    select: { key: true, createdAt: true },
  });
  const earlier = new Map<string, Date[]>(keys.map((k) => [k, []]));
  for (const row of rows) earlier.get(row.key)?.push(row.createdAt);
  return { earlier, release: async () => void (await db.signInFailure.deleteMany({ where: { id: { in: ids } } })) };
}

// Records one failure under each key, and prunes failures that have aged out of every window.
export async function saveFailure(keys: string[], now: Date): Promise<void> {
  await db.$transaction([
    db.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) }),
    pruneFailures(now),
  ]);
}

// Deletes failures that no longer count in any window.
export function pruneFailures(now: Date) {
  return db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 2 * longestThrottleWindowMs) } } });
}

// A successful sign-in clears the account's failures under the given keys (addresses keep theirs).
export async function clearFailures(keys: string[]): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: { in: keys } } });
}
