import { vi } from "vitest";

// Signs a test "in" for route handlers and actions: only next-auth's session lookup is replaced,
// so lib/server/auth.ts runs for real (including loading the user from the database).
//   vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
//   signInAs(user) / signInAs(null)

let current: { user: { id: string }; sessionId?: string } | null = null;

// Makes the next requests come from this user (or from nobody), in this server-side session if given.
export function signInAs(user: { id: string } | null, sessionId?: string): void {
  current = user ? { user: { id: user.id }, ...(sessionId ? { sessionId } : {}) } : null;
}

// Stand-in for next-auth's getServerSession.
export const getServerSession = vi.fn(async () => current);

// A JSON request for calling a route handler directly.
export function jsonRequest(url: string, method: string, body?: unknown): Request {
  return new Request(`http://localhost${url}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
