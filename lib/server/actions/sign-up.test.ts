import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { checkInboxMessage } from "@/lib/server/sign-up";
import { signUp } from "./sign-up";

// The sign-up form's action against a real database, from a client address set per test: accounts
// are created unconfirmed, a taken email answers like a new one, and sign-ups are limited per
// address. (The mails are tested in lib/server/email-verification.test.ts.)

vi.mock("@/lib/server/mail", () => ({ sendMail: async () => {} }));

let forwardedFor = "198.51.100.20";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": forwardedFor }) }));

const form = (email: string, extra: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ name: "Dana", email, password: "a long enough password", role: "student", ...extra })) data.set(k, v);
  return data;
};

beforeEach(() => {
  forwardedFor = "198.51.100.20";
  // One proxy of ours in front, so that X-Forwarded-For names the client (the default is none).
  vi.stubEnv("TRUSTED_PROXIES", "1");
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("sign-up", () => {
  it("creates an unconfirmed student account with a normalized email and a hashed password", async () => {
    const state = await signUp(initialFormState, form("  Dana@Example.org "));
    expect(state).toEqual({ ok: true, message: checkInboxMessage, errors: {} });
    const user = await db.user.findUniqueOrThrow({ where: { email: "dana@example.org" } });
    expect(user).toMatchObject({ name: "Dana", role: "student", emailVerified: false });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("answers a taken email exactly as a new one, and keeps the first account as it was", async () => {
    const fresh = await signUp(initialFormState, form("eve@example.org"));
    const before = await db.user.findUniqueOrThrow({ where: { email: "eve@example.org" } });
    const taken = await signUp(initialFormState, form("EVE@example.org", { name: "Mallory", role: "instructor" }));
    expect(taken).toEqual(fresh);
    expect(await db.user.findUniqueOrThrow({ where: { email: "eve@example.org" } })).toEqual(before);
  });

  it("answers every taken email like a new one, however many are tried from one address", async () => {
    forwardedFor = "203.0.113.50";
    for (let i = 0; i < 12; i++) expect((await signUp(initialFormState, form(`pupil${i}@school.example`))).ok).toBe(true);
    for (let i = 0; i < 12; i++) expect(await signUp(initialFormState, form(`pupil${i}@school.example`))).toEqual({ ok: true, message: checkInboxMessage, errors: {} });
    expect((await signUp(initialFormState, form("brand-new@school.example"))).ok).toBe(true);
  });

  it("creates at most 40 accounts per address in 10 minutes, even sent all at once", async () => {
    forwardedFor = "203.0.113.60";
    const results = await Promise.all(Array.from({ length: 45 }, (_, i) => signUp(initialFormState, form(`burst${i}@bot.example`))));
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(40);
    expect(results.filter((r) => !r.ok).every((r) => /^Too many accounts were created from your network\. Try again in \d+ minutes?\.$/.test(r.message))).toBe(true);
    expect(await db.user.count({ where: { email: { endsWith: "@bot.example" } } })).toBeLessThanOrEqual(40);
    forwardedFor = "203.0.113.61";
    expect((await signUp(initialFormState, form("human@bot.example"))).ok).toBe(true);
  });
});
