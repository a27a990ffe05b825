import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { hashPassword } from "@/lib/server/password";
import { signUp } from "@/lib/server/actions/sign-up";
import { resendVerificationAction, verifyEmailAction } from "@/lib/server/actions/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/server/password-reset";
import { resendVerification, verifyEmail, verifyTokenLifetimeMs } from "@/lib/server/email-verification";
import { hashResetToken } from "@/lib/server/password-reset";
import { registerAccount } from "@/lib/server/sign-up";
import { checkCredentials } from "@/lib/server/sign-in";
import { findOrCreateOAuthUser } from "@/lib/server/data/users";
import { captureMail } from "@/tests/mail-capture";

// Email confirmation at sign-up, with the mail going out over SMTP to a server in this process: a
// new account is confirmed by the mailed link and only then signs in; a taken address answers the
// same words and its owner is told instead.

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const inbox = captureMail();

const signUpForm = (email: string, name = "Vera") => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ name, email, password: "a long enough password", role: "student" })) data.set(k, v);
  return data;
};
const input = (email: string) => ({ name: "Vera", email, password: "a long enough password", role: "student" as const });
const mailsTo = (to: string) => inbox.filter((m) => m.to === to);
// The action answers before its mail is out; wait for the mail this long at most.
const mailWait = { timeout: 10_000 };

// The token in the link of the last confirmation mail to this address.
function linkToken(to: string): string {
  const mail = mailsTo(to).reverse().find((m) => m.text.includes("/verify-email?token="));
  const match = mail?.text.match(/https:\/\/retain\.test\/verify-email\?token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no confirmation link mailed to ${to}`);
  return match[1]!;
}

describe("email confirmation at sign-up", () => {
  it("mails a link over SMTP; the account signs in only once the link is followed, and the link works once", async () => {
    const state = await signUp(initialFormState, signUpForm("vera@example.org"));
    expect(state.ok).toBe(true);
    await vi.waitFor(() => expect(mailsTo("vera@example.org")).toHaveLength(1), mailWait);
    expect(inbox[0]!.text).toContain("Subject: Confirm your email for Retain");
    const token = linkToken("vera@example.org");
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashResetToken(token) } })).toMatchObject({ purpose: "verify" });

    // Unconfirmed: the right password is refused with its own outcome, a wrong one as ever.
    expect(await checkCredentials({ email: "vera@example.org", password: "a long enough password" }, null)).toEqual({ status: "unverified" });
    expect(await checkCredentials({ email: "vera@example.org", password: "not the password" }, null)).toEqual({ status: "invalid" });

    const form = new FormData();
    form.set("token", token);
    await expect(verifyEmailAction(initialFormState, form)).rejects.toMatchObject({ digest: expect.stringContaining("/sign-in?verified=1") });
    expect((await checkCredentials({ email: "vera@example.org", password: "a long enough password" }, null)).status).toBe("ok");
    expect(await verifyEmailAction(initialFormState, form)).toMatchObject({ ok: false, message: "This link is invalid, already used or expired. Ask for a new one below." });
  });

  it("answers a taken address with the same words and tells its owner, who keeps their account", async () => {
    const owner = await db.user.create({ data: { email: "owner@example.org", name: "Owner", role: "instructor", passwordHash: await hashPassword("the owner's password") } });
    const fresh = await signUp(initialFormState, signUpForm("newcomer@example.org"));
    const taken = await signUp(initialFormState, signUpForm("Owner@Example.org", "Mallory"));
    expect(taken).toEqual(fresh);
    await vi.waitFor(() => expect(mailsTo("owner@example.org")).toHaveLength(1), mailWait);
    const note = mailsTo("owner@example.org")[0]!.text;
    expect(note).toContain("Subject: Someone tried to sign up to Retain with your email");
    expect(note).toContain("https://retain.test/sign-in");
    expect(note).toContain("https://retain.test/forgot-password");
    expect(note).not.toContain("verify-email");
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(owner);
    expect(await db.passwordResetToken.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("the answer does not wait for the mail, for a new address or a taken one", async () => {
    await db.user.create({ data: { email: "taken@example.org", name: "T", role: "student" } });
    for (const email of ["untaken@example.org", "taken@example.org"]) {
      const outcome = await registerAccount(input(email), null);
      let sent = false;
      if (outcome.status === "too-many") throw new Error("not expected");
      void outcome.sent.then(() => (sent = true));
      expect(sent).toBe(false);
      await outcome.sent;
    }
    await vi.waitFor(() => expect(inbox.map((m) => m.to).sort()).toEqual(["taken@example.org", "untaken@example.org"]), mailWait);
  });

  it("signing up again with an unconfirmed address sends a new link, and only the newest works", async () => {
    const first = await registerAccount(input("again@example.org"), null);
    if (first.status === "too-many") throw new Error("not expected");
    await first.sent;
    const old = linkToken("again@example.org");
    const second = await registerAccount(input("again@example.org"), null);
    if (second.status === "too-many") throw new Error("not expected");
    expect(second.status).toBe("email-taken");
    await second.sent;
    const newer = linkToken("again@example.org");
    expect(newer).not.toBe(old);
    expect(await verifyEmail(old)).toBeNull();
    expect(await verifyEmail(newer)).toBe("again@example.org");
  });

  it("refuses an expired link, and a reset link as a confirmation link (and the other way round)", async () => {
    const at = new Date("2026-12-01T10:00:00Z");
    const outcome = await registerAccount(input("late@example.org"), null, at);
    if (outcome.status === "too-many") throw new Error("not expected");
    await outcome.sent;
    const token = linkToken("late@example.org");
    expect(await verifyEmail(token, new Date(at.getTime() + verifyTokenLifetimeMs + 1000))).toBeNull();
    expect(await resetPassword(token, "a brand new password")).toBe(false);

    const user = await db.user.create({ data: { email: "mixed@example.org", name: "M", role: "student", emailVerified: false, passwordHash: await hashPassword("the old password") } });
    await (await requestPasswordReset(user.email)).sent;
    const reset = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mailsTo(user.email).at(-1)!.text)![1]!;
    expect(await verifyEmail(reset)).toBeNull();
    // A reset proves the address too: the account can sign in afterwards.
    expect(await resetPassword(reset, "a brand new password")).toBe(true);
    expect((await checkCredentials({ email: user.email, password: "a brand new password" }, null)).status).toBe("ok");
  });

  it("resends a link to an unconfirmed address only, answering alike for any address, at most 3 mails per address in 15 minutes", async () => {
    await db.user.create({ data: { email: "confirmed@example.org", name: "C", role: "student" } });
    await db.user.create({ data: { email: "waiting@example.org", name: "W", role: "student", emailVerified: false } });
    const form = (email: string) => {
      const data = new FormData();
      data.set("email", email);
      return data;
    };
    const answers = await Promise.all(["confirmed@example.org", "waiting@example.org", "nobody@example.org"].map((e) => resendVerificationAction(initialFormState, form(e))));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    await vi.waitFor(() => expect(inbox.map((m) => m.to)).toEqual(["waiting@example.org"]), mailWait);

    await db.user.create({ data: { email: "flooded@example.org", name: "F", role: "student", emailVerified: false } });
    const at = new Date("2026-12-02T10:00:00Z");
    for (let i = 0; i < 5; i++) await (await resendVerification("flooded@example.org", new Date(at.getTime() + i * 1000))).sent;
    expect(mailsTo("flooded@example.org")).toHaveLength(3);
  });

  it("an account from before confirmation existed (or seeded) counts as confirmed", async () => {
    const user = await db.user.create({ data: { email: "old@example.org", name: "Old", role: "student", passwordHash: await hashPassword("the old password") } });
    expect(user.emailVerified).toBe(true);
    expect((await checkCredentials({ email: user.email, password: "the old password" }, null)).status).toBe("ok");
  });

  it("a GitHub sign-in with the address of an unconfirmed account confirms it and voids the password set at that sign-up", async () => {
    const outcome = await registerAccount(input("prehijack@example.org"), null);
    if (outcome.status === "too-many") throw new Error("not expected");
    await outcome.sent;
    const linked = await findOrCreateOAuthUser({ provider: "github", providerAccountId: "4242", email: "PreHijack@example.org", name: "Owner" });
    expect(await db.user.findUniqueOrThrow({ where: { email: "prehijack@example.org" } })).toMatchObject({ id: linked!.id, emailVerified: true, passwordHash: null });
    expect(await checkCredentials({ email: "prehijack@example.org", password: "a long enough password" }, null)).toEqual({ status: "invalid" });
  });
});
