import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/server/password";

describe("password hashing", () => {
  it("hashes with argon2id and a fresh salt, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a.startsWith("$argon2id$")).toBe(true);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "correct horse battery")).toBe(true);
    expect(await verifyPassword(a, "correct horse batterY")).toBe(false);
  });
  it("treats a malformed stored hash as a mismatch rather than an error", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
