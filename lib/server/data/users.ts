import "server-only";
import { db } from "@/lib/server/db";
import type { Role } from "@/lib/schemas/user";
import { isUniqueViolation } from "./unique-violation";

// All queries on users and their linked OAuth identities.

export type UserRecord = { id: string; email: string; name: string; role: Role; passwordHash: string | null; emailVerified: boolean };

// The account with this (already normalized) email, if any.
export async function findUserByEmail(email: string): Promise<UserRecord | null> {
  return (await db.user.findUnique({ where: { email } })) as UserRecord | null;
}

// The account behind a session, or null when it has been deleted since the token was issued.
export async function findUserById(id: string): Promise<Omit<UserRecord, "passwordHash" | "emailVerified"> | null> {
  return (await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } })) as Omit<UserRecord, "passwordHash" | "emailVerified"> | null;
}

export class EmailTakenError extends Error {}

// Creates an account (unconfirmed when `emailVerified` is false); throws EmailTakenError when the
// email is already registered.
export async function saveNewUser(input: { email: string; name: string; role: Role; passwordHash: string; emailVerified?: boolean }): Promise<{ id: string }> {
  try {
    return await db.user.create({ data: input, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

// Changes a user's email; throws EmailTakenError when another account has it.
export async function saveEmail(userId: string, email: string): Promise<void> {
  try {
    await db.user.update({ where: { id: userId }, data: { email } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

// Finds the account linked to an OAuth identity, linking or creating one on first sign-in.
export async function findOrCreateOAuthUser(identity: { provider: string; providerAccountId: string; email: string | null; name: string | null }) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { user: { select: { id: true, role: true } } },
  });
  if (linked) return linked.user as { id: string; role: Role };
  if (!identity.email) return null;
  const email = identity.email.trim().toLowerCase();
  // An unconfirmed account with this address may have been made by someone else before its owner
  // came (account pre-hijacking): the provider vouches for the address, so the account is confirmed
  // and the password set at that sign-up stops working.
  await db.user.updateMany({ where: { email, emailVerified: false }, data: { emailVerified: true, passwordHash: null } });
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: identity.name ?? email, role: "student" },
    select: { id: true, role: true },
  });
  await db.account.create({ data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId } });
  return user as { id: string; role: Role };
}
