import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, isProtectedPath, securityHeaders } from "@/lib/domain/security-headers";
import { bodyExceeds, bodyTooLarge, refuseCrossSite, serverActionBodyLimit } from "@/lib/domain/request-origin";
import { csrfCookieName, csrfCookieValue, csrfTokenFromCookie } from "@/lib/domain/auth-csrf";

// Runs before every page: refuses state-changing requests from other sites (CSRF, including server
// actions, which would otherwise fail with a 500) and API bodies that are not JSON, sets the CSP
// nonce and security headers, passes the path on for sign-in's return address, and sends signed-out
// visitors of protected pages to sign-in. It is never the only check for who may do what: pages,
// actions and routes call requireUser()/authenticate() themselves.
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

  const serverAction = !pathname.startsWith("/api/");
  let refusal = refuseCrossSite({
    method: request.method,
    pathname,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    hosts: appHosts(request.headers),
    contentType: request.headers.get("content-type"),
    hasBody: Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding"),
    contentLength: request.headers.has("content-length") ? Number(request.headers.get("content-length")) : null,
    serverAction,
  });
  // A server action sent chunked declares no size: count it here (Next.js hands this filter a copy
  // of the body and keeps the original for the action), or Next's own limit would answer 500.
  if (!refusal && serverAction && request.method === "POST" && !request.headers.has("content-length") && request.body) {
    if (await bodyExceeds(request.body, serverActionBodyLimit)) refusal = bodyTooLarge;
  }
  if (refusal) {
    const body = pathname.startsWith("/api/") ? NextResponse.json({ error: refusal.message }, { status: refusal.status }) : new NextResponse(refusal.message, { status: refusal.status });
    return secure(body);
  }

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
  // The sign-in page posts to next-auth without JavaScript: it needs next-auth's CSRF token.
  const csrf = pathname === "/sign-in" ? signInCsrf(request, https) : null;
  if (csrf) requestHeaders.set("x-retain-csrf", csrf.token);
  else requestHeaders.delete("x-retain-csrf");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-retain-path", pathname + search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrf?.cookie) response.cookies.set(csrf.cookie.name, csrf.cookie.value, { httpOnly: true, sameSite: "lax", path: "/", secure: csrf.cookie.secure });
  return secure(response);
}

// next-auth's CSRF token for the sign-in form: the one in the visitor's cookie, or a new one with
// the cookie to set. Null without a secret (next-auth then makes its own, for the JavaScript path).
function signInCsrf(request: NextRequest, https: boolean): { token: string; cookie?: { name: string; value: string; secure: boolean } } | null {
  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const secureCookies = process.env.NEXTAUTH_URL ? process.env.NEXTAUTH_URL.startsWith("https://") : https;
  const name = csrfCookieName(secureCookies);
  const existing = csrfTokenFromCookie(request.cookies.get(name)?.value, secret);
  if (existing) return { token: existing };
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const token = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return { token, cookie: { name, value: csrfCookieValue(token, secret), secure: secureCookies } };
}

// The hosts this app answers as, for comparing with a request's Origin.
function appHosts(headers: Headers): string[] {
  const hosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]?.trim()];
  if (process.env.NEXTAUTH_URL) hosts.push(URL.parse(process.env.NEXTAUTH_URL)?.host);
  return hosts.filter((h): h is string => Boolean(h));
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
