import "server-only";
import { db } from "@/lib/server/db";
import type { ChangeEmailInput, ChangePasswordInput } from "@/lib/schemas/account";
import { isThrottled, retryAt, signUpThrottle } from "@/lib/domain/throttle";
import { reserveAttempt } from "@/lib/server/data/sign-in-failures";
import { EmailTakenError, saveEmail } from "@/lib/server/data/users";
import { endUserSessions } from "@/lib/server/data/sessions";
import { hashPassword } from "@/lib/server/password";
import { checkCredentials } from "@/lib/server/sign-in";

// Changes that prove the user knows the password: a password change, and confirming before a
// change that cannot be undone. The password is checked as sign-in checks it, with the same
// delays, so a session left open cannot be used to guess it.

export type PasswordCheck = "ok" | "wrong" | "throttled" | "no-password";

// Checks the signed-in user's password (accounts that sign in only through OAuth have none).
export async function confirmPassword(userId: string, password: string, clientAddress: string | null): Promise<PasswordCheck> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user?.passwordHash) return "no-password";
  const outcome = await checkCredentials({ email: user.email, password }, clientAddress);
  if (outcome.status === "throttled") return "throttled";
  return outcome.status === "ok" && outcome.user.id === userId ? "ok" : "wrong";
}

// Sets a new password after checking the current one, and ends every other session of the user.
export async function changePassword(userId: string, keepSessionId: string | undefined, input: ChangePasswordInput, clientAddress: string | null): Promise<PasswordCheck> {
  const check = await confirmPassword(userId, input.currentPassword, clientAddress);
  if (check !== "ok") return check;
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash } });
  await endUserSessions(userId, keepSessionId);
  return "ok";
}

export type EmailChange = PasswordCheck | "taken" | "too-many";

// Changes the user's email after checking the password, and ends every other session. Attempts
// are limited like refused sign-ups (10 in 15 minutes per user), so the "taken" answer cannot be
// used to test lists of addresses.
export async function changeEmail(userId: string, keepSessionId: string | undefined, input: ChangeEmailInput, clientAddress: string | null, now = new Date()): Promise<{ status: EmailChange; retryAt?: Date }> {
  const attempt = await reserveAttempt([`email-change:${userId}`], now, signUpThrottle);
  if (isThrottled(attempt.earlier, signUpThrottle)) {
    await attempt.release();
    return { status: "too-many", retryAt: retryAt(attempt.earlier, signUpThrottle) ?? now };
  }
  const check = await confirmPassword(userId, input.password, clientAddress);
  if (check !== "ok") return { status: check };
  try {
    await saveEmail(userId, input.newEmail);
  } catch (error) {
    if (error instanceof EmailTakenError) return { status: "taken" };
    throw error;
  }
  await endUserSessions(userId, keepSessionId);
  return { status: "ok" };
}

// The words for a failed password check, for forms and the API alike.
export const passwordCheckMessages: Record<Exclude<PasswordCheck, "ok">, string> = {
  wrong: "That is not your current password.",
  throttled: "Too many wrong passwords. Wait a few minutes and try again.",
  "no-password": "Your account signs in through another service and has no password here.",
};
