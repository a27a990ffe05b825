import { hash, verify } from "@node-rs/argon2";

// Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes, 1 lane).
// The library's default algorithm is Argon2id.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Hashes a password for storage; the result embeds its salt and parameters.
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Checks a password against a stored hash; a malformed hash counts as a mismatch.
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// A fixed hash verified when the account does not exist, so both paths take the same time.
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-that-never-matches");
  return decoyHash;
}
