import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth-options";
import { sameSiteRedirect, withSafeCallbackUrl } from "@/lib/server/auth-request";

// next-auth's endpoints with hostile return addresses: the request the route hands to next-auth,
// and next-auth's own answer to it (its core handler, which the route calls with that request).

type AuthResult = { status?: number; redirect?: string; cookies?: { name: string; value: string }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: object; options: object }) => Promise<AuthResult>;
};

async function signInPage(callbackUrl: string): Promise<AuthResult> {
  const request = await withSafeCallbackUrl(new NextRequest(`http://localhost:3000/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`));
  const query = Object.fromEntries(request.nextUrl.searchParams);
  return AuthHandler({ req: { method: "GET", action: "signin", query, headers: { host: "localhost:3000", "x-forwarded-proto": "http" }, cookies: {}, body: {}, origin: "http://localhost:3000" }, options: authOptions });
}

describe("next-auth's callbackUrl", () => {
  it.each(["javascript:alert(1)", "javascript://%0Aalert(1)", "data:text/html,x", "https://evil.example/x", "/%09/evil.example/phish", "//evil.example"])(
    "%j ends in a redirect on this site, not a 500",
    async (callbackUrl) => {
      const result = await signInPage(callbackUrl);
      expect(result.status ?? 302).toBeLessThan(400);
      const stored = result.cookies?.find((c) => c.name.endsWith("callback-url"))?.value ?? "http://localhost:3000";
      expect(new URL(stored).origin).toBe("http://localhost:3000");
      expect(stored).not.toMatch(/evil|javascript|data:/i);
    },
  );

  it("keeps a path on this site", async () => {
    const result = await signInPage("/progress?x=1");
    expect(result.cookies?.find((c) => c.name.endsWith("callback-url"))?.value).toBe("http://localhost:3000/progress?x=1");
  });

  it("passes a POST body through when it rewrites the query", async () => {
    const request = await withSafeCallbackUrl(
      new NextRequest("http://localhost:3000/api/auth/callback/credentials?callbackUrl=javascript:x", { method: "POST", body: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
    expect(request.nextUrl.searchParams.has("callbackUrl")).toBe(false);
    expect(await request.text()).toBe("a=1");
  });

  it("the redirect callback sends every foreign address home", () => {
    const baseUrl = "http://localhost:3000";
    expect(sameSiteRedirect({ url: "https://evil.example", baseUrl })).toBe("http://localhost:3000/");
    expect(sameSiteRedirect({ url: "http://localhost:3000/%09/evil.example", baseUrl })).toBe("http://localhost:3000/");
    expect(sameSiteRedirect({ url: "/quiz/new", baseUrl })).toBe("http://localhost:3000/quiz/new");
    expect(sameSiteRedirect({ url: "http://localhost:3000/progress", baseUrl })).toBe("http://localhost:3000/progress");
  });
});
