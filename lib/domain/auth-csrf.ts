import { createHash } from "node:crypto";

// next-auth's double-submit CSRF token, made where next-auth cannot make it: the sign-in page must
// carry the token in a hidden field so that the form posts straight to next-auth without JavaScript.
// The cookie holds "token|sha256(token + secret)", the form the token; next-auth checks both.

// The cookie's name, as next-auth names it (with __Host- when cookies are Secure).
export function csrfCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}next-auth.csrf-token`;
}

// The cookie value for a fresh token.
export function csrfCookieValue(token: string, secret: string): string {
  return `${token}|${createHash("sha256").update(`${token}${secret}`).digest("hex")}`;
}

// The token in a cookie value, when the value is one this secret signed; otherwise null.
export function csrfTokenFromCookie(value: string | undefined, secret: string): string | null {
  const token = value?.split("|")[0];
  if (!token || !/^[0-9a-f]{64}$/.test(token)) return null;
  return csrfCookieValue(token, secret) === value ? token : null;
}
