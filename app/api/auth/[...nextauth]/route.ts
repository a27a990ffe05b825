import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth-options";
import { withSafeCallbackUrl } from "@/lib/server/auth-request";

// next-auth's own endpoints: sign-in, sign-out, session, CSRF token, OAuth callbacks. A callbackUrl
// that leaves the site is replaced before next-auth sees it (it would answer 500 to `javascript:`).
const nextAuth = NextAuth(authOptions) as (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return nextAuth(await withSafeCallbackUrl(request), context);
}

export { handler as GET, handler as POST };
