import "server-only";
import { isThrottled, retryAt, signUpRateKey, waitInWords } from "@/lib/domain/throttle";
import type { SignUpInput } from "@/lib/schemas/user";
import { reserveAttempt } from "@/lib/server/data/sign-in-failures";
import { EmailTakenError, saveNewUser } from "@/lib/server/data/users";
import { mailAfterSignUp } from "@/lib/server/email-verification";
import { hashPassword } from "@/lib/server/password";

// "created" and "email-taken" are told apart here for tests only: the caller answers both with the
// same words, and `sent` (the confirmation link, or the note to the owner) resolves after the answer.
export type SignUpOutcome = { status: "created" | "email-taken"; sent: Promise<void> } | { status: "too-many"; retryAt: Date };

// Creates an unconfirmed account, or does nothing visible when the email is registered: either way
// a mail goes to the address (see lib/server/email-verification.ts), so a sign-up no longer tells
// whether an address has an account. Every sign-up counts against the client address's sign-up
// rate (counted before it is judged, so a parallel burst cannot slip through).
export async function registerAccount(input: SignUpInput, clientAddress: string | null, now = new Date()): Promise<SignUpOutcome> {
  const rate = signUpRateKey(clientAddress);
  const attempt = await reserveAttempt([rate.key], now, rate.rule);
  if (isThrottled(attempt.earlier, rate.rule)) {
    await attempt.release();
    return { status: "too-many", retryAt: retryAt(attempt.earlier, rate.rule) ?? now };
  }
  // Hashed before the email is checked, so a taken address answers no faster than a new one.
  const passwordHash = await hashPassword(input.password);
  let status: "created" | "email-taken" = "created";
  try {
    await saveNewUser({ name: input.name, email: input.email, role: input.role, passwordHash, emailVerified: false });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    status = "email-taken";
  }
  return { status, sent: mailAfterSignUp(input.email, now) };
}

// The words for every sign-up that was not refused, whether or not the address had an account.
export const checkInboxMessage = "Check your inbox: we sent a mail to that address. Follow its link to confirm the address, then sign in.";

// The words for a refused sign-up: too many sign-ups from one network.
export function throttledSignUpMessage(until: Date, now = new Date()): string {
  return `Too many accounts were created from your network. Try again in ${waitInWords(until, now)}.`;
}
