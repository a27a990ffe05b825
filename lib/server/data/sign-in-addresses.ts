import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/server/db";

// Client addresses each user has signed in from with the right password, stored hashed: only
// "has this user been here before?" is ever asked.

// The stored form of an address.
export function hashAddress(address: string): string {
  return createHash("sha256").update(`retain-sign-in-address:${address}`).digest("hex").slice(0, 32);
}

// Whether the user signed in from this address (hash) before.
export async function isKnownAddress(userId: string, addressHash: string): Promise<boolean> {
  return (await db.signInAddress.count({ where: { userId, addressHash } })) > 0;
}

// Remembers a successful sign-in from this address (hash).
export async function rememberAddress(userId: string, addressHash: string, now: Date): Promise<void> {
  await db.signInAddress.upsert({
    where: { userId_addressHash: { userId, addressHash } },
    create: { userId, addressHash, lastSignInAt: now },
    update: { lastSignInAt: now },
  });
}
