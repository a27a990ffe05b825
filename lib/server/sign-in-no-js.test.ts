import { createRequire } from "node:module";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authOptions } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { proxy } from "@/proxy";

// Sign-in without JavaScript (or before hydration): the form is a POST to next-auth's endpoint with
// its CSRF token, so the browser posts the password in the body, and next-auth signs in and
// redirects. Checked on the rendered form, on the cookie proxy.ts sets, and against next-auth's own
// handler with the body such a form sends.

type AuthResult = { status?: number; redirect?: string; cookies?: { name: string; value: string }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: object; options: object }) => Promise<AuthResult>;
};

const secret = "test-secret-for-the-no-js-sign-in";

beforeAll(async () => {
  process.env.AUTH_SECRET = secret;
  authOptions.secret = secret;
  await db.user.create({ data: { email: "nojs@example.com", name: "No JS", role: "student", passwordHash: await hashPassword("the right password") } });
});

// The sign-in page as a browser without JavaScript gets it: proxy.ts's cookie and the token it passes on.
async function visitSignIn() {
  const response = await proxy(new NextRequest("http://localhost:3000/sign-in?callbackUrl=%2Fprogress", { headers: { host: "localhost:3000" } }));
  const cookie = response.cookies.get("next-auth.csrf-token")!;
  const token = response.headers.get("x-middleware-request-x-retain-csrf")!;
  return { cookie, token };
}

// What the browser posts when the form is submitted natively.
function postForm(fields: Record<string, string>, csrfCookie: string) {
  return AuthHandler({
    req: { method: "POST", action: "callback", providerId: "credentials", query: {}, body: fields, cookies: { "next-auth.csrf-token": csrfCookie }, headers: { host: "localhost:3000", "x-forwarded-proto": "http" } },
    options: authOptions,
  });
}

describe("sign-in without JavaScript", () => {
  it("renders a POST form to next-auth with the CSRF token and the return address", () => {
    const html = renderToStaticMarkup(createElement(SignInForm, { callbackUrl: "/progress", githubEnabled: false, csrfToken: "abc123" }));
    expect(html).toMatch(/<form[^>]* method="post"/);
    expect(html).toMatch(/<form[^>]* action="\/api\/auth\/callback\/credentials"/);
    expect(html).toContain('<input type="hidden" name="csrfToken" value="abc123"/>');
    expect(html).toContain('<input type="hidden" name="callbackUrl" value="/progress"/>');
    expect(html).toMatch(/<input[^>]* type="password"[^>]* name="password"/);
  });

  it("shows the error next-auth sends back in the address", () => {
    const html = renderToStaticMarkup(createElement(SignInForm, { callbackUrl: "/dashboard", githubEnabled: false, csrfToken: "t", initialError: "CredentialsSignin" }));
    expect(html).toContain("Wrong email or password.");
  });

  it("proxy.ts gives the sign-in page a CSRF token, and keeps it on the next visit", async () => {
    const { cookie, token } = await visitSignIn();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie.value.startsWith(`${token}|`)).toBe(true);
    expect(cookie.httpOnly).toBe(true);
    const again = await proxy(new NextRequest("http://localhost:3000/sign-in", { headers: { host: "localhost:3000", cookie: `next-auth.csrf-token=${cookie.value}` } }));
    expect(again.headers.get("x-middleware-request-x-retain-csrf")).toBe(token);
    expect(again.cookies.get("next-auth.csrf-token")).toBeUndefined();
  });

  it("the posted form signs in and returns to the page asked for", async () => {
    const { cookie, token } = await visitSignIn();
    const result = await postForm({ csrfToken: token, callbackUrl: "/progress", email: "nojs@example.com", password: "the right password" }, cookie.value);
    expect(result.redirect).toBe("http://localhost:3000/progress");
    expect(result.cookies?.some((c) => c.name === "next-auth.session-token" && c.value.length > 20)).toBe(true);
  });

  it("a wrong password comes back to the sign-in page with the error, and a forged token is refused", async () => {
    const { cookie, token } = await visitSignIn();
    const wrong = await postForm({ csrfToken: token, callbackUrl: "/progress", email: "nojs@example.com", password: "wrong" }, cookie.value);
    expect(wrong.redirect).toMatch(/error=CredentialsSignin/);
    expect(wrong.cookies?.some((c) => c.name === "next-auth.session-token")).toBeFalsy();
    const forged = await postForm({ csrfToken: "f".repeat(64), callbackUrl: "/progress", email: "nojs@example.com", password: "the right password" }, cookie.value);
    expect(forged.cookies?.some((c) => c.name === "next-auth.session-token")).toBeFalsy();
  });
});
