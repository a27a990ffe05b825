import { describe, expect, it } from "vitest";
import { isValidTimeZone, sameTimeZone, wallTime, wallTimeToInstant, zoneOffsetMs } from "@/lib/domain/time-zone";

describe("isValidTimeZone", () => {
  it("accepts IANA names and refuses others", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("   ")).toBe(false);
    expect(isValidTimeZone("+05:30 but not a zone")).toBe(false);
    expect(isValidTimeZone(`Europe/${"x".repeat(70)}`)).toBe(false);
  });
});

describe("sameTimeZone", () => {
  it("matches a zone and its aliases, and nothing unknown", () => {
    expect(sameTimeZone("UTC", "UTC")).toBe(true);
    expect(sameTimeZone("Etc/UTC", "UTC")).toBe(true);
    expect(sameTimeZone("Europe/Berlin", "UTC")).toBe(false);
    expect(sameTimeZone("", "UTC")).toBe(false);
    expect(sameTimeZone("Mars/Base", "Mars/Base")).toBe(false);
  });
});

describe("wall clocks and instants", () => {
  const at = (iso: string) => new Date(iso).getTime();
  const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0 });

  it("reads a zone's wall clock and offset, DST included", () => {
    expect(wallTime(at("2025-01-15T12:00:00Z"), "Europe/Paris")).toEqual(wall(2025, 1, 15, 13));
    expect(zoneOffsetMs(at("2025-01-15T12:00:00Z"), "Europe/Paris")).toBe(3_600_000);
    expect(zoneOffsetMs(at("2025-07-15T12:00:00Z"), "Europe/Paris")).toBe(7_200_000);
    expect(zoneOffsetMs(at("2025-07-15T12:00:00Z"), "Asia/Kolkata")).toBe(19_800_000);
  });

  it("turns a local time into its instant; a skipped time moves forward, a repeated one takes the first", () => {
    expect(wallTimeToInstant(wall(2025, 1, 15, 13), "Europe/Paris")).toBe(at("2025-01-15T12:00:00Z"));
    // Paris skips 02:00-03:00 on 30 March 2025: 02:30 is read with the winter offset (03:30 CEST).
    expect(wallTimeToInstant(wall(2025, 3, 30, 2, 30), "Europe/Paris")).toBe(at("2025-03-30T01:30:00Z"));
    // Paris repeats 02:00-03:00 on 26 October 2025: 02:30 is its first (summer) occurrence.
    expect(wallTimeToInstant(wall(2025, 10, 26, 2, 30), "Europe/Paris")).toBe(at("2025-10-26T00:30:00Z"));
  });
});
