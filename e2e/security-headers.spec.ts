import { expect, test, type APIResponse } from "@playwright/test";
import { demoStudent, signIn } from "./fixtures/accounts";

// The headers and cookie flags real responses carry (the rules themselves: lib/domain/security-headers.ts).

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("pages, redirects and API answers carry the security headers; every script has the response's nonce", async ({ request }) => {
  const landing = await request.get("/");
  expectSecurityHeaders(landing);
  const nonce = /'nonce-([^']+)'/.exec(landing.headers()["content-security-policy"]!)![1];
  const html = await landing.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A fresh nonce per response.
  expect((await request.get("/")).headers()["content-security-policy"]).not.toContain(nonce);

  expectSecurityHeaders(await request.get("/api/v1/health"));
  const redirect = await request.get("/review", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect);
});

test("HSTS only over HTTPS (behind a proxy that says so), never on plain HTTP", async ({ request }) => {
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains; preload");
});

test("the session cookie is HttpOnly and SameSite=Lax, and no page script can read it", async ({ page, context }) => {
  await signIn(page, demoStudent);
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});
