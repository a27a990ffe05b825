import "server-only";
import { db } from "@/lib/server/db";

// Password-reset tokens, stored by their hash only.

// Replaces the user's unused tokens with this one.
export async function saveResetToken(userId: string, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId, OR: [{ usedAt: null }, { expiresAt: { lt: now } }] } }),
    db.passwordResetToken.create({ data: { tokenHash, userId, createdAt: now, expiresAt } }),
  ]);
}

// Uses a token once: sets the new password hash, ends every session of the user and clears the
// account's failed sign-ins, all together. Returns the user's email, or null when the token is
// unknown, used or expired (a second use of the same token finds it used).
export async function redeemResetToken(tokenHash: string, passwordHash: string, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const token = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { userId: true, user: { select: { email: true } } } });
    if (!token) return null;
    const claimed = await tx.passwordResetToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    await tx.userSession.deleteMany({ where: { userId: token.userId } });
    await tx.signInFailure.deleteMany({ where: { key: { startsWith: `email:${token.user.email}` } } });
    return token.user.email;
  });
}
