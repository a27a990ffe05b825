import "server-only";
import { randomBytes } from "node:crypto";
import { isThrottled, type ThrottleRule } from "@/lib/domain/throttle";
import { findUserByEmail } from "@/lib/server/data/users";
import { reserveAttempt } from "@/lib/server/data/sign-in-failures";
import { redeemVerifyToken, saveMailToken } from "@/lib/server/data/password-resets";
import { sendMail } from "@/lib/server/mail";
import { hashResetToken, publicBaseUrl } from "@/lib/server/password-reset";

// Email confirmation at sign-up. A sign-up answers "check your inbox" whether or not the address
// already has an account, and the mail goes out after the answer, so neither the words nor the
// timing tell: a new account gets a confirmation link, an existing one's owner a note that someone
// tried to sign up with their address. An unconfirmed account cannot sign in.

export const verifyTokenLifetimeMs = 24 * 60 * 60 * 1000;
// Mails about sign-up per address (confirmations, resends, "someone tried"): enough for a lost mail
// or two, not enough to flood an inbox by signing up with someone else's address.
export const verifyMailThrottle: ThrottleRule = { limit: 3, windowMs: 15 * 60 * 1000 };

// The mail a sign-up leads to, sent in the background; resolves when it is out (or was not sent).
export function mailAfterSignUp(email: string, now = new Date()): Promise<void> {
  return mailAbout(email, now, true);
}

// Sends a new confirmation link when the address has an unconfirmed account (throttled per
// address). Resolves once the request is recorded; `sent` when the mail is out.
export async function resendVerification(email: string, now = new Date()): Promise<{ sent: Promise<void> }> {
  return { sent: mailAbout(email, now, false) };
}

// Confirms the address of the account a confirmation link was made for. Returns its email, or
// null when the token is unknown, already used or expired.
export async function verifyEmail(token: string, now = new Date()): Promise<string | null> {
  return redeemVerifyToken(hashResetToken(token), now);
}

// A confirmation link for an unconfirmed account; for a confirmed one, when `tellOwner`, a note
// that someone tried to sign up with the address.
async function mailAbout(email: string, now: Date, tellOwner: boolean): Promise<void> {
  try {
    const attempt = await reserveAttempt([`verify:${email}`], now, verifyMailThrottle);
    if (isThrottled(attempt.earlier, verifyMailThrottle)) return;
    const user = await findUserByEmail(email);
    if (!user) return;
    const base = publicBaseUrl();
    if (!user.emailVerified) {
      const token = randomBytes(32).toString("base64url");
      await saveMailToken(user.id, "verify", hashResetToken(token), now, new Date(now.getTime() + verifyTokenLifetimeMs));
      await sendMail({
        to: user.email,
        subject: "Confirm your email for Retain",
        text: `Welcome to Retain. To finish creating your account, confirm this address within 24 hours:\n${base}/verify-email?token=${token}\n\nThe link works once. If you did not sign up, ignore this mail: the account stays unconfirmed and cannot be used.\n`,
      });
    } else if (tellOwner) {
      await sendMail({
        to: user.email,
        subject: "Someone tried to sign up to Retain with your email",
        text: `Someone (perhaps you) tried to create a Retain account with this address, which already has one. No new account was made and yours is unchanged.\n\nSign in: ${base}/sign-in\nForgot your password? Choose a new one: ${base}/forgot-password\n\nIf it was not you, there is nothing to do.\n`,
      });
    }
  } catch (error) {
    console.error(`[mail] the sign-up mail could not be sent: ${error instanceof Error ? error.message : String(error)}`);
  }
}
