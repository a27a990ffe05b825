import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isProtectedPath, securityHeaders } from "@/lib/domain/security-headers";

describe("security headers", () => {
  it("allows scripts only by nonce in production, and no framing", () => {
    const csp = contentSecurityPolicy("abc", { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
  });
  it("sends HSTS only in production over HTTPS", () => {
    expect(securityHeaders({ production: true, https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ production: true, https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ production: false, https: true })["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
  it("protects the learner and instructor areas but not the public pages", () => {
    expect(isProtectedPath("/quiz/new")).toBe(true);
    expect(isProtectedPath("/teach")).toBe(true);
    expect(isProtectedPath("/sign-in")).toBe(false);
    expect(isProtectedPath("/")).toBe(false);
    expect(isProtectedPath("/reviewers-guide")).toBe(false);
  });
});
