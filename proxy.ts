import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, isProtectedPath, securityHeaders } from "@/lib/domain/security-headers";

// Runs before every page: sets the CSP nonce and security headers, passes the path on for
// sign-in's return address, and sends signed-out visitors of protected pages to sign-in. It is
// never the only check: pages, actions and routes call requireUser()/authenticate() themselves.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const production = process.env.NODE_ENV === "production";
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: !production });
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(securityHeaders({ production, https }))) response.headers.set(name, value);
    return response;
  };

  // Server actions are left to answer for themselves (each checks who is asking): redirected here, a
  // quiz answer sent after the session ended would turn into a navigation to sign-in that drops
  // the answer, where the action instead says so and the page keeps it.
  if (isProtectedPath(pathname) && !request.headers.has("next-action")) {
    const token = await getToken({ req: request, secret: process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", pathname + search);
      return secure(NextResponse.redirect(signIn));
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-retain-path", pathname + search);
  requestHeaders.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
