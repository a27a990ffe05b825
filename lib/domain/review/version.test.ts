import { describe, expect, it } from "vitest";
import { checkCardVersion } from "@/lib/domain/review/version";

describe("checkCardVersion", () => {
  it("accepts the version the card was shown at and bumps it", () => {
    expect(checkCardVersion(4, 4)).toEqual({ status: "ok", nextVersion: 5 });
  });

  it("reports a stale review when the card changed since it was shown", () => {
    expect(checkCardVersion(3, 4)).toEqual({ status: "stale", storedVersion: 4 });
    expect(checkCardVersion(5, 4)).toEqual({ status: "stale", storedVersion: 4 });
  });

  it("skips the check when the client sent no version", () => {
    expect(checkCardVersion(undefined, 4)).toEqual({ status: "ok", nextVersion: 5 });
  });
});
