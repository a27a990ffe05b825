import { describe, expect, it } from "vitest";
import { clientAddressFrom, isThrottled, retryAt, signInThrottle, throttleKeys, trustedProxyCount, windowStart } from "@/lib/domain/throttle";

const now = new Date("2026-11-28T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("sign-in throttle", () => {
  it("keys an attempt by account and by client address", () => {
    expect(throttleKeys("ann@example.com", "10.0.0.1")).toEqual(["email:ann@example.com", "ip:10.0.0.1"]);
    expect(throttleKeys("ann@example.com", null)).toEqual(["email:ann@example.com"]);
  });

  it("allows nine failures and refuses at the tenth within fifteen minutes", () => {
    const nine = new Map([["email:a", Array.from({ length: 9 }, (_, i) => minutesAgo(i))]]);
    expect(isThrottled(nine)).toBe(false);
    const ten = new Map([["email:a", Array.from({ length: 10 }, (_, i) => minutesAgo(i))]]);
    expect(isThrottled(ten)).toBe(true);
  });

  it("throttles when either key is over the limit", () => {
    const failures = new Map([
      ["email:a", [minutesAgo(1)]],
      ["ip:1.2.3.4", Array.from({ length: 10 }, () => minutesAgo(2))],
    ]);
    expect(isThrottled(failures)).toBe(true);
  });

  it("counts only failures inside the window and says when to retry", () => {
    expect(windowStart(now).getTime()).toBe(now.getTime() - signInThrottle.windowMs);
    const failures = new Map([["email:a", Array.from({ length: 10 }, (_, i) => minutesAgo(14 - i))]]);
    // The oldest counted failure (14 minutes ago) ages out in one minute.
    expect(retryAt(failures)?.toISOString()).toBe(new Date(now.getTime() + 60_000).toISOString());
    expect(retryAt(new Map([["email:a", [minutesAgo(1)]]]))).toBeNull();
  });

  it("takes the address our outermost proxy wrote, so a forged X-Forwarded-For entry cannot dodge the limit", () => {
    // One proxy of ours: it appended the address it saw; "1.2.3.4" was sent by the client.
    expect(clientAddressFrom("1.2.3.4, 203.0.113.9", "10.0.0.1")).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9")).toBe("203.0.113.9");
    // Two proxies (a CDN, then a load balancer).
    expect(clientAddressFrom("1.2.3.4, 203.0.113.9, 198.51.100.7", null, 2)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", null, 2)).toBe("203.0.113.9");
    // No proxy: X-Forwarded-For is the client's own word and is ignored.
    expect(clientAddressFrom("1.2.3.4", "127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(null, "127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddressFrom(" , ", null)).toBeNull();
  });

  it("reads TRUSTED_PROXIES, refusing nonsense", () => {
    expect(trustedProxyCount(undefined)).toBe(1);
    expect(trustedProxyCount("0")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("-1")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyCount("yes")).toThrow(/TRUSTED_PROXIES/);
  });
});
