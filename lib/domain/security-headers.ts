// The security headers every response carries. Scripts run only with the per-request nonce (no
// 'unsafe-inline' for scripts); styles allow inline attributes, which React's style props need.

// The Content-Security-Policy for one response.
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The review page's service worker (served from this origin).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// The other headers; HSTS only in production over HTTPS (it would pin plain-HTTP localhost).
export function securityHeaders(options: { production: boolean; https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.production && options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains; preload";
  return headers;
}

// Paths only signed-in users may open: proxy.ts sends signed-out visitors to sign-in first.
export const protectedPrefixes = ["/dashboard", "/sections", "/quiz", "/history", "/review", "/progress", "/classes", "/assignments", "/teach", "/settings", "/account", "/join"] as const;

// Whether a path needs a signed-in user.
export function isProtectedPath(pathname: string): boolean {
  return protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
