// Throttling of failed attempts (sign-in, sign-up, class codes): after `limit` failures within `windowMs` for
// one key (an email address, a client address, a student), further attempts for that key are refused
// until the oldest failure ages out.

export type ThrottleRule = { readonly limit: number; readonly windowMs: number };

export const signInThrottle: ThrottleRule = { limit: 10, windowMs: 15 * 60 * 1000 };

// Wrong class codes per student. Codes are 8 characters from 31 (8.5e11 of them), so guessing is
// already hopeless; the limit keeps a script from trying anyway and keeps such attempts visible.
export const joinCodeThrottle: ThrottleRule = { limit: 10, windowMs: 15 * 60 * 1000 };

// The key wrong class codes are counted under: one per student.
export function joinCodeKey(userId: string): string {
  return `join:${userId}`;
}

// Sign-ups refused for an email that already has an account, per client address. Without email
// verification a refused sign-up tells the caller the address is registered; the limit keeps that
// from being used to test lists of addresses. Only refusals count, so a class signing up together
// behind one school address is not stopped.
export const signUpThrottle: ThrottleRule = { limit: 10, windowMs: 15 * 60 * 1000 };

// The key refused sign-ups are counted under: one per client address.
export function signUpKey(clientAddress: string): string {
  return `signup:${clientAddress}`;
}

// The longest window of any throttle, for pruning failures that no longer count anywhere.
export const longestThrottleWindowMs = Math.max(signInThrottle.windowMs, joinCodeThrottle.windowMs, signUpThrottle.windowMs);

// The throttle keys for one attempt: one per account, one per client address.
export function throttleKeys(email: string, clientAddress: string | null): string[] {
  const keys = [`email:${email}`];
  if (clientAddress) keys.push(`ip:${clientAddress}`);
  return keys;
}

// The earliest failure time that still counts, for a query of recent failures.
export function windowStart(now: Date, rule: ThrottleRule = signInThrottle): Date {
  return new Date(now.getTime() - rule.windowMs);
}

// Whether any key has reached the limit; `failures` maps each key to its failures inside the window.
export function isThrottled(failures: Map<string, Date[]>, rule: ThrottleRule = signInThrottle): boolean {
  for (const times of failures.values()) if (times.length >= rule.limit) return true;
  return false;
}

// When the caller may try again: the moment the oldest counted failure of a throttled key expires.
export function retryAt(failures: Map<string, Date[]>, rule: ThrottleRule = signInThrottle): Date | null {
  let latest: Date | null = null;
  for (const times of failures.values()) {
    if (times.length < rule.limit) continue;
    const sorted = [...times].sort((a, b) => a.getTime() - b.getTime());
    // The key unlocks once only limit-1 failures remain inside the window.
    const unlocking = sorted[sorted.length - rule.limit];
    if (!unlocking) continue;
    const at = new Date(unlocking.getTime() + rule.windowMs);
    if (!latest || at > latest) latest = at;
  }
  return latest;
}

// "12 minutes": how long until `until`, rounded up, for "Try again in …" messages.
export function waitInWords(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

// The client's address as the proxies in front of the app report it. Each proxy appends the address
// it received the request from to X-Forwarded-For, so only the last `trustedProxies` entries were
// written by proxies we run; anything left of them came from the client and may be forged. The
// entry the outermost trusted proxy wrote is the client. With no X-Forwarded-For, X-Real-IP.
export function clientAddressFrom(forwardedFor: string | null | undefined, realIp?: string | null, trustedProxies = 1): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (trustedProxies > 0 && entries.length > 0) return entries[Math.max(0, entries.length - trustedProxies)]!;
  return realIp?.trim() || null;
}

// TRUSTED_PROXIES: how many proxies of ours stand in front of the app (default 1; 0 ignores
// X-Forwarded-For). Anything else is a configuration error worth failing on.
export function trustedProxyCount(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10) throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 10, not "${value}".`);
  return count;
}
