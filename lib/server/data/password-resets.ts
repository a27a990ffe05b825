import "server-only";
import { db } from "@/lib/server/db";

// Tokens of links sent by email (password resets and email confirmations), stored by their hash
// only. A token is redeemed only for the purpose it was made for.

export type MailTokenPurpose = "reset" | "verify";

// Replaces the user's unused tokens of this purpose with this one.
export async function saveMailToken(userId: string, purpose: MailTokenPurpose, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId, purpose, OR: [{ usedAt: null }, { expiresAt: { lt: now } }] } }),
    db.passwordResetToken.create({ data: { tokenHash, userId, purpose, createdAt: now, expiresAt } }),
  ]);
}

// Uses a reset token once: sets the new password hash, ends every session of the user and clears
// the account's failed sign-ins, all together. Returns the user's email, or null when the token is
// unknown, used, expired or not a reset token (a second use of the same token finds it used).
// Following a reset link also proves the address, so an unconfirmed account counts as confirmed.
export async function redeemResetToken(tokenHash: string, passwordHash: string, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const token = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { userId: true, user: { select: { email: true } } } });
    if (!token) return null;
    const claimed = await tx.passwordResetToken.updateMany({ where: { tokenHash, purpose: "reset", usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash, emailVerified: true } });
    await tx.userSession.deleteMany({ where: { userId: token.userId } });
    await tx.signInFailure.deleteMany({ where: { key: { startsWith: `email:${token.user.email}` } } });
    return token.user.email;
  });
}

// Uses an email-confirmation token once and marks the address confirmed. Returns the user's
// email, or null when the token is unknown, used, expired or not a confirmation token.
export async function redeemVerifyToken(tokenHash: string, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { tokenHash, purpose: "verify", usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    const token = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({ where: { id: token.userId }, data: { emailVerified: true }, select: { email: true } });
    return user.email;
  });
}
