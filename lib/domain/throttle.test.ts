import { describe, expect, it } from "vitest";
import { clientAddressFrom, isThrottled, joinCodeThrottle, nextAttemptAt, retryAt, signInKeys, signInWaitUntil, signUpRateKey, trustedProxyCount, windowStart } from "@/lib/domain/throttle";

const now = new Date("2026-11-28T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("sign-in delays", () => {
  it("keys an attempt by account (split by a known address) and by client address", () => {
    expect(signInKeys("ann@example.com", "10.0.0.1")).toEqual(["email:ann@example.com", "ip:10.0.0.1"]);
    expect(signInKeys("ann@example.com", null)).toEqual(["email:ann@example.com"]);
    expect(signInKeys("ann@example.com", "10.0.0.1", "h4sh")).toEqual(["email:ann@example.com|known:h4sh", "ip:10.0.0.1"]);
  });

  it("lets five failures pass freely, then waits 2 s after the last, doubling per failure up to 15 minutes", () => {
    const failures = (n: number) => Array.from({ length: n }, (_, i) => minutesAgo(n - i) /* the last one a minute ago */);
    expect(nextAttemptAt(failures(4))).toBeNull();
    const last = minutesAgo(1).getTime();
    expect(nextAttemptAt(failures(5))?.getTime()).toBe(last + 2_000);
    expect(nextAttemptAt(failures(6))?.getTime()).toBe(last + 4_000);
    expect(nextAttemptAt(failures(10))?.getTime()).toBe(last + 64_000);
    expect(nextAttemptAt(failures(40))?.getTime()).toBe(last + 15 * 60_000);
  });

  it("waits for the slowest key, and not at all once the delay has passed", () => {
    const many = Array.from({ length: 12 }, () => minutesAgo(1));
    // 12 failures: 2 s × 2^7 = 256 s after the last, which was a minute ago.
    expect(signInWaitUntil(new Map([["email:b", many], ["email:a", []]]), now)?.getTime()).toBe(minutesAgo(1).getTime() + 256_000);
    expect(signInWaitUntil(new Map([["email:a", Array.from({ length: 6 }, () => minutesAgo(1))]]), now)).toBeNull();
  });

  it("lets a class behind one school address sign in together, and slows an address guessing across accounts", () => {
    // 30 attempts from one address in flight or failed a minute ago (a class signing in at once).
    const classroom = Array.from({ length: 30 }, () => minutesAgo(1));
    expect(signInWaitUntil(new Map([["email:a", []], ["ip:10.0.0.1", classroom]]), now)).toBeNull();
    // Spraying passwords over many accounts from one address is still slowed.
    const spray = Array.from({ length: 70 }, () => minutesAgo(1));
    expect(signInWaitUntil(new Map([["email:a", []], ["ip:10.0.0.1", spray]]), now)?.getTime()).toBeGreaterThan(now.getTime());
  });

  it("hard limits (class codes) refuse at the limit and say when to retry", () => {
    const nine = new Map([["join:a", Array.from({ length: 9 }, (_, i) => minutesAgo(i))]]);
    expect(isThrottled(nine, joinCodeThrottle)).toBe(false);
    const ten = new Map([["join:a", Array.from({ length: 10 }, (_, i) => minutesAgo(14 - i))]]);
    expect(isThrottled(ten, joinCodeThrottle)).toBe(true);
    expect(windowStart(now, joinCodeThrottle).getTime()).toBe(now.getTime() - joinCodeThrottle.windowMs);
    // The oldest counted failure (14 minutes ago) ages out in one minute.
    expect(retryAt(ten, joinCodeThrottle)?.toISOString()).toBe(new Date(now.getTime() + 60_000).toISOString());
    expect(retryAt(new Map([["join:a", [minutesAgo(1)]]]), joinCodeThrottle)).toBeNull();
  });

  it("counts sign-ups per address, and in one shared key when the address is unknown", () => {
    expect(signUpRateKey("10.0.0.1").key).toBe("signup-rate:10.0.0.1");
    expect(signUpRateKey(null).key).toBe("signup-rate:unknown");
    expect(signUpRateKey(null).rule.limit).toBeGreaterThan(signUpRateKey("10.0.0.1").rule.limit);
  });
});

describe("client address", () => {
  it("takes the address our outermost proxy wrote, so a forged X-Forwarded-For entry cannot dodge the limit", () => {
    // One proxy of ours: it appended the address it saw; "1.2.3.4" was sent by the client.
    expect(clientAddressFrom("1.2.3.4, 203.0.113.9", "10.0.0.1", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", null, 1)).toBe("203.0.113.9");
    // Two proxies (a CDN, then a load balancer).
    expect(clientAddressFrom("1.2.3.4, 203.0.113.9, 198.51.100.7", null, 2)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", null, 2)).toBe("203.0.113.9");
    // No proxy (the default): both headers are the client's own word, so the address is unknown.
    expect(clientAddressFrom("1.2.3.4", "127.0.0.1", 0)).toBeNull();
    expect(clientAddressFrom("1.2.3.4", "127.0.0.1")).toBeNull();
    expect(clientAddressFrom(null, "127.0.0.1", 1)).toBe("127.0.0.1");
    expect(clientAddressFrom(" , ", null, 1)).toBeNull();
  });

  it("reads TRUSTED_PROXIES, refusing nonsense", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("1")).toBe(1);
    expect(trustedProxyCount("0")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("-1")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyCount("yes")).toThrow(/TRUSTED_PROXIES/);
  });
});
