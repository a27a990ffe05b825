import { describe, expect, it } from "vitest";
import { clientAddressFrom, isThrottled, retryAt, signInThrottle, throttleKeys, windowStart } from "@/lib/domain/throttle";

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

  it("takes the first forwarded address, else the direct one", () => {
    expect(clientAddressFrom("203.0.113.9, 10.0.0.1", "127.0.0.1")).toBe("203.0.113.9");
    expect(clientAddressFrom(null, "127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddressFrom("", null)).toBeNull();
  });
});
