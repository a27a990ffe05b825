import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions, signInErrors } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { signInAddressDelays } from "@/lib/domain/throttle";

// The credentials sign-in against a real database: right and wrong passwords, normalized emails,
// and the delays shared through the database (per account, per known address, per client address).

// Counts the password checks actually run.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/password", async (original) => {
  const real = await original<typeof import("@/lib/server/password")>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      checks.count++;
      return real.verifyPassword(hash, password);
    },
  };
});

const credentials = authOptions.providers[0] as unknown as { options: CredentialsConfig };
const authorize = async (email: string, password: string, ip = "198.51.100.7") =>
  credentials.options.authorize({ email, password }, { headers: { "x-forwarded-for": ip } } as never);

beforeAll(async () => {
  const passwordHash = await hashPassword("the right password");
  await db.user.createMany({
    data: ["ann", "bob", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo"].map((n) => ({ email: `${n}@example.com`, name: n, role: n === "bob" ? "instructor" : "student", passwordHash })),
  });
});

beforeEach(() => {
  // One proxy of ours in front, so that X-Forwarded-For names the client (the default is none).
  vi.stubEnv("TRUSTED_PROXIES", "1");
});

afterEach(() => {
  vi.unstubAllEnvs();
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

  it("slows an account down after 5 failures, even with the right password, from any new address", async () => {
    for (let i = 0; i < 5; i++) expect(await authorize("cy@example.com", `wrong ${i}`, `203.0.113.${i}`)).toBeNull();
    await expect(authorize("cy@example.com", "the right password", "203.0.113.200")).rejects.toThrow(signInErrors.throttled);
    // The refused attempt is not a failure: the count stays at 5.
    expect(await db.signInFailure.count({ where: { key: "email:cy@example.com" } })).toBe(5);
  });

  it("does not lock the owner out: from an address they signed in from before, strangers' failures do not count", async () => {
    expect(await authorize("dee@example.com", "the right password", "192.0.2.77")).toMatchObject({ email: "dee@example.com" });
    // A student tries 10 passwords from 10 addresses, before an exam.
    for (let i = 0; i < 10; i++) await authorize("dee@example.com", `guess ${i}`, `203.0.113.${100 + i}`).catch(() => null);
    await expect(authorize("dee@example.com", "the right password", "203.0.113.250")).rejects.toThrow(signInErrors.throttled);
    // The owner, at their usual address, signs in at once.
    expect(await authorize("dee@example.com", "the right password", "192.0.2.77")).toMatchObject({ email: "dee@example.com" });
  });

  it("slows an address down after 60 failures across accounts (a school behind one address has room)", async () => {
    for (let i = 0; i < signInAddressDelays.freeAttempts; i++) await authorize(`ghost${i}@example.com`, "nope", "192.0.2.50").catch(() => undefined);
    await expect(authorize("bob@example.com", "the right password", "192.0.2.50")).rejects.toThrow(signInErrors.throttled);
    // The same account from another address is fine.
    expect(await authorize("bob@example.com", "the right password", "192.0.2.51")).toMatchObject({ email: "bob@example.com" });
  });

  it("runs at most 5 password checks for 40 wrong sign-ins sent at once", async () => {
    checks.count = 0;
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => authorize("eli@example.com", `parallel ${i}`, `198.18.0.${i}`)));
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === "rejected").length).toBeGreaterThanOrEqual(35);
    expect(await db.signInFailure.count({ where: { key: "email:eli@example.com" } })).toBeLessThanOrEqual(5);
  });

  it("with no trusted proxy (the default), a rotating X-Forwarded-For neither escapes the account's delays nor is recorded", async () => {
    vi.unstubAllEnvs();
    delete process.env.TRUSTED_PROXIES;
    for (let i = 0; i < 5; i++) expect(await authorize("fay@example.com", `wrong ${i}`, `10.9.8.${i}`)).toBeNull();
    await expect(authorize("fay@example.com", "wrong again", "10.9.8.99")).rejects.toThrow(signInErrors.throttled);
    expect(await db.signInFailure.count({ where: { key: { startsWith: "ip:10.9.8." } } })).toBe(0);
  });

  it("records the browser's time zone for a learner without settings, and never replaces one already chosen", async () => {
    const zoneOf = async (email: string) => (await db.reviewSettings.findFirst({ where: { user: { email } }, select: { timeZone: true } }))?.timeZone;
    const signIn = (email: string, timeZone: unknown) => credentials.options.authorize({ email, password: "the right password", timeZone } as never, { headers: {} } as never);

    expect(await signIn("hal@example.com", "Asia/Tokyo")).toMatchObject({ email: "hal@example.com" });
    expect(await zoneOf("hal@example.com")).toBe("Asia/Tokyo");
    // Signing in again from a browser elsewhere keeps the learner's zone.
    await signIn("hal@example.com", "America/Chicago");
    expect(await zoneOf("hal@example.com")).toBe("Asia/Tokyo");

    // A zone that is not a real one, or none at all, still signs in and records nothing.
    expect(await signIn("ivy@example.com", "Mars/Olympus_Mons")).toMatchObject({ email: "ivy@example.com" });
    expect(await signIn("ivy@example.com", 42)).toMatchObject({ email: "ivy@example.com" });
    expect(await zoneOf("ivy@example.com")).toBeUndefined();
    expect(await signIn("jo@example.com", undefined)).toMatchObject({ email: "jo@example.com" });
    expect(await zoneOf("jo@example.com")).toBeUndefined();

    // A wrong password records nothing either.
    expect(await credentials.options.authorize({ email: "jo@example.com", password: "wrong", timeZone: "Europe/Berlin" } as never, { headers: {} } as never)).toBeNull();
    expect(await zoneOf("jo@example.com")).toBeUndefined();
  });
});
