import { beforeAll, describe, expect, it } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions, signInErrors } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";

// The credentials sign-in against a real database: right and wrong passwords, normalized emails,
// and the throttle shared through the database (per account and per client address).

const credentials = authOptions.providers[0] as unknown as { options: CredentialsConfig };
const authorize = (email: string, password: string, ip = "198.51.100.7") =>
  credentials.options.authorize({ email, password }, { headers: { "x-forwarded-for": ip } } as never);

beforeAll(async () => {
  const passwordHash = await hashPassword("the right password");
  await db.user.createMany({
    data: [
      { email: "ann@example.com", name: "Ann", role: "student", passwordHash },
      { email: "bob@example.com", name: "Bob", role: "instructor", passwordHash },
      { email: "cy@example.com", name: "Cy", role: "student", passwordHash },
    ],
  });
});

describe("credentials sign-in", () => {
  it("accepts the right password with the email in any case, and carries the role", async () => {
    expect(await authorize("  ANN@Example.com ", "the right password")).toMatchObject({ email: "ann@example.com", role: "student" });
    expect(await authorize("bob@example.com", "the right password", "198.51.100.8")).toMatchObject({ role: "instructor" });
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await authorize("ann@example.com", "wrong password", "198.51.100.9")).toBeNull();
    expect(await authorize("nobody@example.com", "wrong password", "198.51.100.9")).toBeNull();
  });

  it("throttles an account after 10 failures in 15 minutes, even with the right password, from any address", async () => {
    for (let i = 0; i < 10; i++) expect(await authorize("cy@example.com", `wrong ${i}`, `203.0.113.${i}`)).toBeNull();
    await expect(authorize("cy@example.com", "the right password", "203.0.113.200")).rejects.toThrow(signInErrors.throttled);
    expect(await db.signInFailure.count({ where: { key: "email:cy@example.com" } })).toBe(10);
  });

  it("throttles an address after 10 failures across accounts", async () => {
    for (let i = 0; i < 10; i++) await authorize(`ghost${i}@example.com`, "nope", "192.0.2.50");
    await expect(authorize("bob@example.com", "the right password", "192.0.2.50")).rejects.toThrow(signInErrors.throttled);
    // The same account from another address is fine.
    expect(await authorize("bob@example.com", "the right password", "192.0.2.51")).toMatchObject({ email: "bob@example.com" });
  });
});
