import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { isThrottled, type ThrottleRule } from "@/lib/domain/throttle";
import { findUserByEmail } from "@/lib/server/data/users";
import { reserveAttempt } from "@/lib/server/data/sign-in-failures";
import { saveMailToken, redeemResetToken } from "@/lib/server/data/password-resets";
import { sendMail } from "@/lib/server/mail";
import { hashPassword } from "@/lib/server/password";

// Password reset by email: a single-use link that expires, stored hashed. Asking answers the same
// whether or not the address has an account, and the mail goes out after the answer, so neither the
// words nor the timing tell.

export const resetTokenLifetimeMs = 30 * 60 * 1000;
// Reset mails per address: enough for a lost mail or two, not enough to flood an inbox.
export const resetMailThrottle: ThrottleRule = { limit: 3, windowMs: 15 * 60 * 1000 };

// The stored form of a token.
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// Where links in mail point: NEXTAUTH_URL, never the request's Host header (which a caller chooses,
// and would then receive someone else's reset link); http://localhost:PORT in development.
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
}

// Sends a reset link to the address when it has an account with a password. Resolves once the
// request is recorded; `sent` resolves when the mail is out (tests wait for it, the form does not).
export async function requestPasswordReset(email: string, now = new Date()): Promise<{ sent: Promise<void> }> {
  const attempt = await reserveAttempt([`reset:${email}`], now, resetMailThrottle);
  if (isThrottled(attempt.earlier, resetMailThrottle)) return { sent: Promise.resolve() };
  const user = await findUserByEmail(email);
  if (!user?.passwordHash) return { sent: Promise.resolve() };
  const token = randomBytes(32).toString("base64url");
  await saveMailToken(user.id, "reset", hashResetToken(token), now, new Date(now.getTime() + resetTokenLifetimeMs));
  const link = `${publicBaseUrl()}/reset-password?token=${token}`;
  const sent = sendMail({
    to: user.email,
    subject: "Reset your Retain password",
    text: `Someone (we hope you) asked to reset the password of your Retain account.\n\nChoose a new password here within 30 minutes:\n${link}\n\nThe link works once. If you did not ask, ignore this mail: your password stays as it is.\n`,
  }).catch((error: unknown) => console.error(`[mail] the reset mail could not be sent: ${error instanceof Error ? error.message : String(error)}`));
  return { sent };
}

// Sets a new password with a token from a reset mail; every session of the user ends. False when
// the token is unknown, already used or expired.
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(newPassword);
  return (await redeemResetToken(hashResetToken(token), passwordHash, now)) !== null;
}
