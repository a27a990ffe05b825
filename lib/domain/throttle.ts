// Throttling of failed attempts (sign-in, sign-up, class codes). Class codes and refused sign-ups
// use a hard limit: after `limit` failures within `windowMs` for one key, further attempts for that
// key are refused until the oldest failure ages out. Sign-in uses delays that grow instead (below),
// so that nobody can lock an account's owner out for long.

export type ThrottleRule = { readonly limit: number; readonly windowMs: number };

// Wrong passwords: the first `freeAttempts` within `windowMs` cost nothing; after that each attempt
// must wait `firstDelayMs` after the previous failure, doubling with every further failure up to
// `maxDelayMs`. Counted per account (or per account and known address, see signInKeys) and per
// client address.
export type DelayRule = { readonly freeAttempts: number; readonly firstDelayMs: number; readonly maxDelayMs: number; readonly windowMs: number };

export const signInDelays: DelayRule = { freeAttempts: 5, firstDelayMs: 2_000, maxDelayMs: 15 * 60 * 1000, windowMs: 15 * 60 * 1000 };

// One client address may be a whole school behind one NAT: a class of 30 signing in together (each
// attempt counts while it is checked) or a few typos each must not slow the others down. The
// address key allows more before delays start; each account keeps its own five.
export const signInAddressDelays: DelayRule = { ...signInDelays, freeAttempts: 60 };

// When the next attempt may be made, given the earlier failures of one key inside the window; null
// when it may be made now. Failures are those before this attempt (in any order).
export function nextAttemptAt(failures: readonly Date[], rule: DelayRule = signInDelays): Date | null {
  if (failures.length < rule.freeAttempts) return null;
  const latest = Math.max(...failures.map((d) => d.getTime()));
  const doublings = Math.min(failures.length - rule.freeAttempts, 30);
  const delay = Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** doublings);
  return new Date(latest + delay);
}

// The latest moment any key must wait for, when it is after `now`; null when the attempt may go ahead.
export function signInWaitUntil(failures: Map<string, Date[]>, now: Date, rule: DelayRule = signInDelays): Date | null {
  let latest: Date | null = null;
  for (const [key, times] of failures) {
    const at = nextAttemptAt(times, key.startsWith("ip:") ? signInAddressDelays : rule);
    if (at && at > now && (!latest || at > latest)) latest = at;
  }
  return latest;
}

// The keys a sign-in attempt is counted under. The account key is split by whether the client
// address is one the owner signed in from before (`knownAddress`, its hash): failures from there
// fall in a bucket of their own, so strangers elsewhere cannot slow the owner down. The client
// address gets its own key too.
export function signInKeys(email: string, clientAddress: string | null, knownAddress: string | null = null): string[] {
  const keys = [knownAddress ? `email:${email}|known:${knownAddress}` : `email:${email}`];
  if (clientAddress) keys.push(`ip:${clientAddress}`);
  return keys;
}

// Wrong class codes per student. Codes are 8 characters from 31 (8.5e11 of them), so guessing is
// already hopeless; the limit keeps a script from trying anyway and keeps such attempts visible.
export const joinCodeThrottle: ThrottleRule = { limit: 10, windowMs: 15 * 60 * 1000 };

// The key wrong class codes are counted under: one per student.
export function joinCodeKey(userId: string): string {
  return `join:${userId}`;
}

// Email changes per account (see lib/server/account-security.ts).
export const signUpThrottle: ThrottleRule = { limit: 10, windowMs: 15 * 60 * 1000 };

// Sign-ups of any outcome per client address: a class behind one school address fits, a script
// creating hundreds of accounts does not. When the address is unknown (TRUSTED_PROXIES=0 and
// nothing trustworthy to read) all such sign-ups share one key with a higher limit.
export const signUpRateThrottle: ThrottleRule = { limit: 40, windowMs: 10 * 60 * 1000 };
export const signUpRateUnknownThrottle: ThrottleRule = { limit: 120, windowMs: 10 * 60 * 1000 };

// The key every sign-up is counted under, with its rule.
export function signUpRateKey(clientAddress: string | null): { key: string; rule: ThrottleRule } {
  return clientAddress ? { key: `signup-rate:${clientAddress}`, rule: signUpRateThrottle } : { key: "signup-rate:unknown", rule: signUpRateUnknownThrottle };
}

// "Optimize my parameters" runs per learner: each is a child process working for seconds, so a
// held-down button (or a script) must not start them without end.
export const optimizeThrottle: ThrottleRule = { limit: 5, windowMs: 15 * 60 * 1000 };

// The key optimizer runs are counted under: one per learner.
export function optimizeKey(userId: string): string {
  return `optimize:${userId}`;
}

// The longest window of any throttle, for pruning failures that no longer count anywhere.
export const longestThrottleWindowMs = Math.max(signInDelays.windowMs, joinCodeThrottle.windowMs, signUpThrottle.windowMs, signUpRateThrottle.windowMs, optimizeThrottle.windowMs);

// The earliest failure time that still counts, for a query of recent failures.
export function windowStart(now: Date, rule: { windowMs: number }): Date {
  return new Date(now.getTime() - rule.windowMs);
}

// Whether any key has reached the limit; `failures` maps each key to its failures inside the window.
export function isThrottled(failures: Map<string, Date[]>, rule: ThrottleRule): boolean {
  for (const times of failures.values()) if (times.length >= rule.limit) return true;
  return false;
}

// When the caller may try again: the moment the oldest counted failure of a throttled key expires.
export function retryAt(failures: Map<string, Date[]>, rule: ThrottleRule): Date | null {
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
// entry the outermost trusted proxy wrote is the client. With no X-Forwarded-For, X-Real-IP (set by
// a proxy of ours). With no trusted proxy both headers are the client's own word, so the address is
// unknown (null): the app server alone cannot tell it (Next keeps a client's X-Forwarded-For as sent).
export function clientAddressFrom(forwardedFor: string | null | undefined, realIp?: string | null, trustedProxies = 0): string | null {
  if (trustedProxies <= 0) return null;
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length > 0) return entries[Math.max(0, entries.length - trustedProxies)]!;
  return realIp?.trim() || null;
}

// TRUSTED_PROXIES: how many proxies of ours stand in front of the app (default 0: none, headers
// about the client are ignored). Anything else is a configuration error worth failing on.
export function trustedProxyCount(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10) throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 10, not "${value}".`);
  return count;
}
