import { describe, expect, it } from "vitest";
import { busyRetryDelayMs, busyRetryLimit, retryAfterSeconds, sendWithBusyRetry } from "./busy-retry";

describe("busy retries", () => {
  it("waits what the server asks, spread by up to a quarter, within 10 s", () => {
    expect(busyRetryDelayMs(2, () => 0)).toBe(2000);
    expect(busyRetryDelayMs(2, () => 0.999)).toBe(2500);
    expect(busyRetryDelayMs(null, () => 0)).toBe(2000);
    expect(busyRetryDelayMs(600, () => 0)).toBe(10_000);
  });

  it("reads Retry-After in seconds and ignores anything else", () => {
    expect(retryAfterSeconds("3")).toBe(3);
    expect(retryAfterSeconds(" 2 ")).toBe(2);
    expect(retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT")).toBeNull();
    expect(retryAfterSeconds(null)).toBeNull();
  });

  it("sends again while busy and returns the first answer that is not", async () => {
    const answers = [503, 503, 201];
    const waits: number[] = [];
    const result = await sendWithBusyRetry(
      async () => answers.shift()!,
      (status) => (status === 503 ? { retryAfterSeconds: 1 } : null),
      { sleep: async (ms) => void waits.push(ms), random: () => 0 },
    );
    expect(result).toBe(201);
    expect(waits).toEqual([1000, 1000]);
  });

  it("gives up after a bounded number of tries and returns the busy answer", async () => {
    let sent = 0;
    const result = await sendWithBusyRetry(
      async () => (sent++, 503),
      () => ({ retryAfterSeconds: 0 }),
      { sleep: async () => {} },
    );
    expect(result).toBe(503);
    expect(sent).toBe(busyRetryLimit + 1);
  });
});
