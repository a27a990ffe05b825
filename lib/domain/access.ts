import type { Role } from "@/lib/schemas/user";

// Role rules, kept pure so that pages, actions and route handlers decide alike.

export type SessionUser = { id: string; email: string; name: string; role: Role };

export type AccessDecision = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; message: string };

// Decides whether a (possibly absent) user may go on, given the roles allowed.
export function decideAccess(user: SessionUser | null, allowed?: readonly Role[]): AccessDecision {
  if (!user) return { ok: false, status: 401, message: "Sign in to continue." };
  if (allowed && !allowed.includes(user.role)) {
    return { ok: false, status: 403, message: `This is for ${allowed.join(" or ")} accounts only.` };
  }
  return { ok: true, user };
}
