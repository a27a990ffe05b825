import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { startSession, isSessionOpen } from "@/lib/server/data/sessions";
import { initialFormState } from "@/lib/view/form-state";
import { hashPassword, verifyPassword } from "@/lib/server/password";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/server/actions/password-reset";
import { hashResetToken, requestPasswordReset, resetPassword, resetTokenLifetimeMs } from "@/lib/server/password-reset";
import { checkCredentials } from "@/lib/server/sign-in";
import { captureMail } from "@/tests/mail-capture";

// Password reset by email, with the mail going out over SMTP to a server running in this process:
// the mail is captured, its link followed, and the old sessions are refused afterwards.

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const inbox = captureMail();

let n = 0;
async function makeUser() {
  n += 1;
  return db.user.create({ data: { email: `reset${n}@example.com`, name: `R${n}`, role: "student", passwordHash: await hashPassword("the old password") } });
}

// The token in the link of the last mail to this address.
function linkToken(to: string): string {
  const mail = [...inbox].reverse().find((m) => m.to === to);
  const match = mail?.text.match(/https:\/\/retain\.test\/reset-password\?token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no reset link mailed to ${to}`);
  return match[1]!;
}

describe("password reset by email", () => {
  it("mails a link over SMTP; following it sets the password once, ends every session, and the token is stored hashed", async () => {
    const user = await makeUser();
    const sessionA = await startSession(user.id, new Date(), 1e12);
    const sessionB = await startSession(user.id, new Date(), 1e12);
    const { sent } = await requestPasswordReset(user.email);
    await sent;
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.text).toContain("From: Retain <no-reply@retain.test>");
    expect(inbox[0]!.text).toContain("Subject: Reset your Retain password");
    const token = linkToken(user.email);
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.passwordResetToken.count({ where: { tokenHash: hashResetToken(token) } })).toBe(1);

    const form = new FormData();
    form.set("token", token);
    form.set("newPassword", "a brand new password");
    expect(await resetPasswordAction(initialFormState, form)).toMatchObject({ ok: true });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, "a brand new password")).toBe(true);
    expect(await isSessionOpen(sessionA, user.id, new Date(), 1e12)).toBe(false);
    expect(await isSessionOpen(sessionB, user.id, new Date(), 1e12)).toBe(false);
    // Single use.
    expect(await resetPasswordAction(initialFormState, form)).toMatchObject({ ok: false, message: "This link is invalid, already used or expired. Ask for a new one." });
    expect(await resetPassword(token, "yet another password")).toBe(false);
  });

  it("answers an unknown address exactly like a known one, and mails nothing", async () => {
    const user = await makeUser();
    const form = (email: string) => {
      const data = new FormData();
      data.set("email", email);
      return data;
    };
    const known = await requestPasswordResetAction(initialFormState, form(user.email));
    const unknown = await requestPasswordResetAction(initialFormState, form("nobody-here@example.com"));
    expect(unknown).toEqual(known);
    await vi.waitFor(() => expect(inbox.map((m) => m.to)).toEqual([user.email]));
  });

  it("refuses an expired token, and an older link once a newer one was sent", async () => {
    const user = await makeUser();
    const asked = new Date("2026-12-01T10:00:00Z");
    await (await requestPasswordReset(user.email, asked)).sent;
    const first = linkToken(user.email);
    expect(await resetPassword(first, "a brand new password", new Date(asked.getTime() + resetTokenLifetimeMs + 1000))).toBe(false);
    await (await requestPasswordReset(user.email, new Date(asked.getTime() + 60_000))).sent;
    const second = linkToken(user.email);
    expect(second).not.toBe(first);
    expect(await resetPassword(first, "a brand new password", new Date(asked.getTime() + 120_000))).toBe(false);
    expect(await resetPassword(second, "a brand new password", new Date(asked.getTime() + 120_000))).toBe(true);
  });

  it("after a reset the owner is not slowed down by earlier wrong passwords", async () => {
    const user = await makeUser();
    for (let i = 0; i < 6; i++) await checkCredentials({ email: user.email, password: `guess ${i}` }, null);
    expect((await checkCredentials({ email: user.email, password: "the old password" }, null)).status).toBe("throttled");
    await (await requestPasswordReset(user.email)).sent;
    expect(await resetPassword(linkToken(user.email), "a brand new password")).toBe(true);
    expect((await checkCredentials({ email: user.email, password: "a brand new password" }, null)).status).toBe("ok");
  });

  it("sends at most 3 reset mails per address in 15 minutes", async () => {
    const user = await makeUser();
    const at = new Date("2026-12-02T10:00:00Z");
    for (let i = 0; i < 5; i++) await (await requestPasswordReset(user.email, new Date(at.getTime() + i * 1000))).sent;
    expect(inbox).toHaveLength(3);
  });

  it("with no SMTP_URL prints the mail to the server log instead", async () => {
    const smtp = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    const printed: string[] = [];
    const spy = vi.spyOn(console, "info").mockImplementation((text: string) => void printed.push(text));
    try {
      const user = await makeUser();
      await (await requestPasswordReset(user.email)).sent;
    } finally {
      spy.mockRestore();
      process.env.SMTP_URL = smtp;
    }
    expect(inbox).toHaveLength(0);
    expect(printed.join("\n")).toMatch(/SMTP_URL is not set; this mail was printed, not sent\.[\s\S]*https:\/\/retain\.test\/reset-password\?token=/);
  });
});
