import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { decideAccess, type SessionUser } from "@/lib/domain/access";
import type { Role } from "@/lib/schemas/user";
import { authOptions, sessionAccounts } from "@/lib/server/auth-options";
import { findUserById } from "@/lib/server/data/users";
import { noteRequestUser } from "@/lib/server/endpoint";

// Who is asking. Every protected page, server action and route handler starts here; proxy.ts only
// makes the redirect of signed-out visitors smoother.

// next-auth's session for this request (its server-side session checked), read once per request.
const getSession = cache(() => getServerSession(authOptions));

// The signed-in user, read once per request; null when signed out or the account is gone.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getSession();
  const id = session?.user?.id;
  if (!id) return null;
  return sessionAccounts.get(session) ?? findUserById(id);
});

// The id of this request's server-side session (to keep it when ending the user's others).
export async function currentSessionId(): Promise<string | undefined> {
  return (await getSession())?.sessionId;
}

// The page being asked for (set by proxy.ts), for sign-in's return address; "/" outside a request.
async function currentPath(): Promise<string> {
  try {
    return (await headers()).get("x-retain-path") ?? "/";
  } catch {
    return "/";
  }
}

// For pages and actions: the user, or a redirect to sign-in that comes back here afterwards.
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(await currentPath())}`);
  return user;
}

// For pages and actions: the user if they hold the role; otherwise sign-in or the 403 page.
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== role) forbidden();
  return user;
}

// For route handlers: the user, or the 401/403 JSON response to return.
export async function authenticate(roles?: readonly Role[]): Promise<{ user: SessionUser; response?: never } | { user?: never; response: NextResponse }> {
  const decision = decideAccess(await getSessionUser(), roles);
  if (decision.ok) {
    noteRequestUser(decision.user.id);
    return { user: decision.user };
  }
  return { response: NextResponse.json({ error: decision.message }, { status: decision.status }) };
}
