import { beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { authOptions } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "@/lib/server/password";
import { initialFormState } from "@/lib/view/form-state";
import { getServerSession, signInAs } from "@/tests/auth-mock";
import { getSessionUser } from "@/lib/server/auth";
import { changeMyEmail, changeMyPassword, deleteMyAccount, signOutEverywhere } from "@/lib/server/actions/account";

// Sessions end on the server: a token copied before sign-out, "sign out everywhere" or a password
// change opens nothing afterwards. The next-auth callbacks run for real against the database.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const callbacks = authOptions.callbacks!;
const expires = new Date(Date.now() + 86_400_000).toISOString();

// What next-auth does at sign-in: the jwt callback with the user, giving the token the browser keeps.
async function signIn(user: { id: string; role: string }): Promise<JWT> {
  return callbacks.jwt!({ token: { sub: user.id }, user: user as never, account: null, trigger: "signIn" } as never);
}

// What next-auth does on every request: the session callback with the token from the cookie.
async function sessionFor(token: JWT): Promise<Session> {
  return callbacks.session!({ session: { user: { name: null, email: null, image: null }, expires } as never, token, user: undefined as never, newSession: undefined, trigger: "update" } as never) as Promise<Session>;
}

let n = 0;
async function makeUser() {
  n += 1;
  return db.user.create({ data: { email: `s${n}@example.com`, name: `S${n}`, role: "student", passwordHash: await hashPassword("the right password") } });
}

beforeEach(() => signInAs(null));

describe("server-side sessions", () => {
  it("a signed-in token opens the session; after sign-out a copy of it opens nothing", async () => {
    const user = await makeUser();
    const token = await signIn(user);
    expect(token.sid).toEqual(expect.any(String));
    expect((await sessionFor(token)).user?.id).toBe(user.id);
    const copy = { ...token };
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect((await sessionFor(copy)).user).toBeUndefined();
  });

  it("a request's session read brings the account as it is now, so finding who is asking takes no second read", async () => {
    const user = await makeUser();
    const token = await signIn(user);
    await db.user.update({ where: { id: user.id }, data: { name: "Renamed", role: "instructor" } });
    const session = await sessionFor(token);
    vi.mocked(getServerSession).mockResolvedValueOnce(session as never);
    const reads = vi.spyOn(db.user, "findUnique");
    expect(await getSessionUser()).toEqual({ id: user.id, email: user.email, name: "Renamed", role: "instructor" });
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it("a token from before server-side sessions (no sid) or with a made-up sid is signed out", async () => {
    const user = await makeUser();
    expect((await sessionFor({ sub: user.id, role: "student" })).user).toBeUndefined();
    expect((await sessionFor({ sub: user.id, role: "student", sid: "made-up" })).user).toBeUndefined();
    // Another user's session id does not open this user's account.
    const other = await signIn(await makeUser());
    expect((await sessionFor({ sub: user.id, role: "student", sid: other.sid })).user).toBeUndefined();
  });

  it("sign out everywhere ends every session of the user and no one else's", async () => {
    const user = await makeUser();
    const laptop = await signIn(user);
    const phone = await signIn(user);
    const someoneElse = await signIn(await makeUser());
    signInAs(user, laptop.sid);
    await expect(signOutEverywhere()).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await sessionFor(laptop)).user).toBeUndefined();
    expect((await sessionFor(phone)).user).toBeUndefined();
    expect((await sessionFor(someoneElse)).user).toBeDefined();
  });

  it("a password change needs the current password, then ends every other session and keeps this one", async () => {
    const user = await makeUser();
    const here = await signIn(user);
    const elsewhere = await signIn(user);
    signInAs(user, here.sid);
    const form = (current: string, next: string) => {
      const data = new FormData();
      data.set("currentPassword", current);
      data.set("newPassword", next);
      return data;
    };
    const wrong = await changeMyPassword(initialFormState, form("not it", "a brand new password"));
    expect(wrong).toMatchObject({ ok: false, errors: { currentPassword: ["That is not your current password."] } });
    expect((await sessionFor(elsewhere)).user).toBeDefined();
    expect((await changeMyPassword(initialFormState, form("the right password", "short"))).errors.newPassword).toEqual(["Use at least 10 characters for your password."]);

    const done = await changeMyPassword(initialFormState, form("the right password", "a brand new password"));
    expect(done).toMatchObject({ ok: true, message: "Password changed. Every other session was signed out." });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, "a brand new password")).toBe(true);
    expect((await sessionFor(here)).user?.id).toBe(user.id);
    expect((await sessionFor(elsewhere)).user).toBeUndefined();
  });

  it("deleting the account from its form needs the password", async () => {
    const user = await makeUser();
    signInAs(user);
    const form = (password: string) => {
      const data = new FormData();
      data.set("confirm", "delete my account");
      data.set("password", password);
      return data;
    };
    expect(await deleteMyAccount(initialFormState, form("wrong"))).toMatchObject({ ok: false, errors: { password: ["That is not your current password."] } });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await deleteMyAccount(initialFormState, form("the right password"))).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  });

  it("changing the email needs the password, refuses a taken address, and ends the other sessions", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const here = await signIn(user);
    const elsewhere = await signIn(user);
    signInAs(user, here.sid);
    const form = (newEmail: string, password: string) => {
      const data = new FormData();
      data.set("newEmail", newEmail);
      data.set("emailPassword", password);
      return data;
    };
    expect(await changeMyEmail(initialFormState, form("new@example.com", "wrong"))).toMatchObject({ ok: false, errors: { emailPassword: ["That is not your current password."] } });
    expect(await changeMyEmail(initialFormState, form("new@example.com", ""))).toMatchObject({ ok: false, errors: { emailPassword: ["Enter your current password."] } });
    expect(await changeMyEmail(initialFormState, form(other.email, "the right password"))).toMatchObject({ ok: false, errors: { newEmail: ["Another account uses this email."] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect((await sessionFor(elsewhere)).user).toBeDefined();

    expect(await changeMyEmail(initialFormState, form(" New@Example.com ", "the right password"))).toMatchObject({ ok: true, message: "Your email is now new@example.com. Every other session was signed out." });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("new@example.com");
    expect((await sessionFor(here)).user?.id).toBe(user.id);
    expect((await sessionFor(elsewhere)).user).toBeUndefined();
  });
});
