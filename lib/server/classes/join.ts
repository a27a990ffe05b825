import "server-only";
import { isThrottled, joinCodeKey, joinCodeThrottle, retryAt, waitInWords } from "@/lib/domain/throttle";
import { joinByCode } from "@/lib/server/data/classes";
import { pruneFailures, reserveAttempt } from "@/lib/server/data/sign-in-failures";
import type { Refusal } from "@/lib/server/refusal";

export type JoinOutcome = { status: "joined"; class: { id: string; name: string } } | { status: "unknown-code" } | { status: "removed" } | { status: "throttled"; retryAt: Date };

const REMOVED_MESSAGE = "Your instructor removed you from this class. Ask them to restore you.";

// A student joins a class by its code. Wrong codes are counted per student in the database (so all
// app instances agree); after too many, every code is refused until the window passes, the right
// one included, or guessing would simply carry on. The attempt is counted before it is judged (see
// reserveAttempt), so codes sent at once cannot all slip under the limit.
export async function joinClassWithCode(userId: string, code: string, now = new Date()): Promise<JoinOutcome> {
  const attempt = await reserveAttempt([joinCodeKey(userId)], now, joinCodeThrottle);
  if (isThrottled(attempt.earlier, joinCodeThrottle)) {
    await attempt.release();
    return { status: "throttled", retryAt: retryAt(attempt.earlier, joinCodeThrottle) ?? now };
  }
  const joined = await joinByCode(userId, code);
  if (joined) {
    await attempt.release();
    return joined.removed ? { status: "removed" } : { status: "joined", class: { id: joined.id, name: joined.name } };
  }
  await pruneFailures(now);
  return { status: "unknown-code" };
}

// Why joining did not happen, for the form and the API alike.
export function joinRefusal(outcome: Exclude<JoinOutcome, { status: "joined" }>, now = new Date()): Refusal {
  switch (outcome.status) {
    case "throttled":
      return { status: 429, message: `Too many wrong class codes. Try again in ${waitInWords(outcome.retryAt, now)}.`, retryAt: outcome.retryAt };
    // The same words for a code that never existed and one turned off: codes are not enumerable.
    case "unknown-code":
      return { status: 404, message: "No class takes this code. Check it with your instructor.", field: { name: "code", message: "No class takes this code." } };
    case "removed":
      return { status: 403, message: REMOVED_MESSAGE };
  }
}
