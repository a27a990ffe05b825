import "server-only";
import { db } from "@/lib/server/db";
import { longestThrottleWindowMs, signInThrottle, windowStart, type ThrottleRule } from "@/lib/domain/throttle";

// Failed attempts (sign-ins, wrong class codes), kept in the database so every app instance
// throttles alike. Keys carry their kind: "email:", "ip:", "join:".

// Failures per key inside the throttle window.
export async function listRecentFailures(keys: string[], now: Date, rule: ThrottleRule = signInThrottle): Promise<Map<string, Date[]>> {
  const rows = await db.signInFailure.findMany({
    where: { key: { in: keys }, createdAt: { gte: windowStart(now, rule) } },
    select: { key: true, createdAt: true },
  });
  const byKey = new Map<string, Date[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(row.key)?.push(row.createdAt);
  return byKey;
}

// Records one failure under each key, and prunes failures that have aged out of every window.
export async function saveFailure(keys: string[], now: Date): Promise<void> {
  await db.$transaction([
    db.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) }),
    db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 2 * longestThrottleWindowMs) } } }),
  ]);
}

// A successful sign-in clears the account's failures (the address keeps its own).
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: `email:${email}` } });
}
