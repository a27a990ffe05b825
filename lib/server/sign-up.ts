import "server-only";
import { isThrottled, retryAt, signUpKey, signUpRateKey, signUpThrottle, waitInWords } from "@/lib/domain/throttle";
import type { SignUpInput } from "@/lib/schemas/user";
import { listRecentFailures, reserveAttempt, saveFailure } from "@/lib/server/data/sign-in-failures";
import { EmailTakenError, saveNewUser } from "@/lib/server/data/users";
import { hashPassword } from "@/lib/server/password";

export type SignUpOutcome = { status: "created"; userId: string } | { status: "email-taken" } | { status: "throttled"; retryAt: Date } | { status: "too-many"; retryAt: Date };

// Creates an account. A sign-up refused because the email is registered counts against the client
// address (in the database, so every instance agrees); past the limit every sign-up from that
// address waits, so refusals cannot be used to sort a list of addresses into known and unknown.
// Every sign-up also counts against the address's sign-up rate (counted before it is judged, so a
// parallel burst cannot slip through).
export async function registerAccount(input: SignUpInput, clientAddress: string | null, now = new Date()): Promise<SignUpOutcome> {
  const rate = signUpRateKey(clientAddress);
  const attempt = await reserveAttempt([rate.key], now, rate.rule);
  if (isThrottled(attempt.earlier, rate.rule)) {
    await attempt.release();
    return { status: "too-many", retryAt: retryAt(attempt.earlier, rate.rule) ?? now };
  }
  const keys = clientAddress ? [signUpKey(clientAddress)] : [];
  const failures = await listRecentFailures(keys, now, signUpThrottle);
  if (isThrottled(failures, signUpThrottle)) return { status: "throttled", retryAt: retryAt(failures, signUpThrottle) ?? now };
  // Hashed before the email is checked, so a taken address answers no faster than a new one.
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await saveNewUser({ name: input.name, email: input.email, role: input.role, passwordHash });
    return { status: "created", userId: user.id };
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    if (keys.length > 0) await saveFailure(keys, now);
    return { status: "email-taken" };
  }
}

// The words for a refused sign-up: too many refusals, or too many sign-ups at all, from one network.
export function throttledSignUpMessage(until: Date, now = new Date(), reason: "throttled" | "too-many" = "throttled"): string {
  const what = reason === "too-many" ? "Too many accounts were created from your network" : "Too many sign-ups were refused from your network";
  return `${what}. Try again in ${waitInWords(until, now)}.`;
}
