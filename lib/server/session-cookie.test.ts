import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/server/auth-options";

// A garbage session cookie signs the visitor out quietly: no stack trace in the server log on every
// request, and no error for the visitor.

type AuthResult = { status?: number; body?: unknown; cookies?: { name: string; value: string; options?: { maxAge?: number } }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: object; options: object }) => Promise<AuthResult>;
};

afterEach(() => vi.restoreAllMocks());

describe("garbage session cookies", () => {
  it.each(["garbage", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z", "a".repeat(4000)])("%# reads as signed out, logging one line without a stack", async (cookie) => {
    authOptions.secret ??= "test-secret";
    const logged: string[] = [];
    for (const level of ["error", "warn", "log"] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? String(a.stack) : typeof a === "string" ? a : JSON.stringify(a))).join(" ")));
    const result = await AuthHandler({
      req: { method: "GET", action: "session", query: {}, body: {}, cookies: { "next-auth.session-token": cookie }, headers: { host: "localhost:3000", "x-forwarded-proto": "http" } },
      options: authOptions,
    });
    expect(result.status ?? 200).toBe(200);
    expect(result.body).toEqual({});
    expect(logged.join("\n")).not.toMatch(/ at [^ ]*\(?[^ ]*:\d+:\d+/);
    expect(logged.join("\n")).not.toContain("stack");
    expect(logged.length).toBeLessThanOrEqual(1);
  });
});
