import "server-only";
import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/domain/access";
import { db } from "@/lib/server/db";

// Signed-in sessions kept on the server, so that a session token stops working when it is signed
// out, even though the token itself (a JWT) would still verify. One row per session; the token
// carries the row's id.

// Starts a session for the user and returns its id; prunes the user's sessions older than `maxAgeMs`.
export async function startSession(userId: string, now: Date, maxAgeMs: number): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, createdAt: { lt: new Date(now.getTime() - maxAgeMs) } } }),
    db.userSession.create({ data: { id, userId, createdAt: now } }),
  ]);
  return id;
}

// The user of this session while it is still open for them, else null: one statement (the account
// by primary key, with the session as a condition), so a request that checks its session needs no
// second read for who is asking.
export async function openSessionUser(sessionId: string, userId: string, now: Date, maxAgeMs: number): Promise<SessionUser | null> {
  const since = new Date(now.getTime() - maxAgeMs);
  const user = await db.user.findFirst({ where: { id: userId, sessions: { some: { id: sessionId, createdAt: { gt: since } } } }, select: { id: true, email: true, name: true, role: true } });
  return user as SessionUser | null;
}

// Whether this session is still open for this user.
export async function isSessionOpen(sessionId: string, userId: string, now: Date, maxAgeMs: number): Promise<boolean> {
  return (await openSessionUser(sessionId, userId, now, maxAgeMs)) !== null;
}

// Ends one session (sign-out).
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

// Ends every session of the user but `keep` (sign out everywhere, a password change); returns how many.
export async function endUserSessions(userId: string, keep?: string): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}
