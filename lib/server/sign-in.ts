import "server-only";
import { signInDelays, signInKeys, signInWaitUntil } from "@/lib/domain/throttle";
import { signInSchema } from "@/lib/schemas/user";
import { clearFailures, pruneFailures, reserveAttempt } from "@/lib/server/data/sign-in-failures";
import { hashAddress, isKnownAddress, rememberAddress } from "@/lib/server/data/sign-in-addresses";
import { adoptTimeZone } from "@/lib/server/data/review-settings";
import { findUserByEmail, type UserRecord } from "@/lib/server/data/users";
import { decoyPasswordHash, verifyPassword } from "@/lib/server/password";

export type SignInOutcome = { status: "ok"; user: Omit<UserRecord, "passwordHash" | "emailVerified"> } | { status: "invalid" } | { status: "unverified" } | { status: "throttled"; until: Date };

// Checks an email and password. The attempt is counted before the password is checked (see
// reserveAttempt), so parallel guesses wait their turn like sequential ones. Wrong passwords slow
// further attempts on the account (growing delays), except from addresses where the owner signed
// in before, which count apart; a successful sign-in clears the account's count. The right password
// for an account whose address is not confirmed yet is "unverified": not a failure, not a sign-in.
export async function checkCredentials(credentials: unknown, clientAddress: string | null, now = new Date()): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return { status: "invalid" };
  const { email, password, timeZone } = parsed.data;
  const user = await findUserByEmail(email);
  const addressHash = clientAddress ? hashAddress(clientAddress) : null;
  const known = user && addressHash && (await isKnownAddress(user.id, addressHash)) ? addressHash : null;
  const keys = signInKeys(email, clientAddress, known);

  const attempt = await reserveAttempt(keys, now, signInDelays);
  const until = signInWaitUntil(attempt.earlier, now);
  if (until) {
    await attempt.release();
    return { status: "throttled", until };
  }
  // Verify against a decoy when there is no such account, so timing does not reveal accounts.
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok) {
    await pruneFailures(now);
    return { status: "invalid" };
  }
  await attempt.release();
  if (!user.emailVerified) return { status: "unverified" };
  // Only write when there is something to clear: most sign-ins follow no failure.
  if ((attempt.earlier.get(keys[0]!)?.length ?? 0) > 0) await clearFailures(signInKeys(email, null, known));
  if (addressHash) await rememberAddress(user.id, addressHash, now);
  // A learner without settings gets the browser's zone now, not on a first visit to /review (which
  // then waited for it); a zone already chosen is never replaced.
  if (timeZone) await adoptTimeZone(user.id, timeZone);
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
