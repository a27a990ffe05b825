import { describe, expect, it } from "vitest";
import { defaultAssignmentDates, formatInZone, utcToZonedLocal, zonedLocalToUtc } from "./time-zone";

describe("instructor time zones", () => {
  it("reads a datetime-local value in the instructor's zone and stores UTC", () => {
    expect(zonedLocalToUtc("2025-01-15T09:00", "Europe/Paris")?.toISOString()).toBe("2025-01-15T08:00:00.000Z");
    expect(zonedLocalToUtc("2025-07-15T09:00", "Europe/Paris")?.toISOString()).toBe("2025-07-15T07:00:00.000Z");
    expect(zonedLocalToUtc("2025-07-15T09:00", "America/New_York")?.toISOString()).toBe("2025-07-15T13:00:00.000Z");
    expect(zonedLocalToUtc("2025-07-15T09:00", "UTC")?.toISOString()).toBe("2025-07-15T09:00:00.000Z");
  });

  it("handles the hours a DST change skips or repeats", () => {
    // Paris skipped 02:00–03:00 on 2025-03-30: 02:30 does not exist and moves forward by the gap.
    expect(zonedLocalToUtc("2025-03-30T02:30", "Europe/Paris")?.toISOString()).toBe("2025-03-30T01:30:00.000Z");
    // 02:30 happened twice on 2025-10-26: the first (summer time) one is taken.
    expect(zonedLocalToUtc("2025-10-26T02:30", "Europe/Paris")?.toISOString()).toBe("2025-10-26T00:30:00.000Z");
  });

  it("keeps the year as written, even one Date.UTC would read as 19xx", () => {
    expect(zonedLocalToUtc("0050-06-01T12:00", "UTC")?.getUTCFullYear()).toBe(50);
    expect(zonedLocalToUtc("9999-12-31T23:59", "UTC")?.toISOString()).toBe("9999-12-31T23:59:00.000Z");
  });

  it("refuses impossible dates, malformed values and unknown zones", () => {
    expect(zonedLocalToUtc("2025-02-30T09:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2025-01-15 09:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2025-01-15T25:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2025-01-15T09:00", "Mars/Olympus")).toBeNull();
  });

  it("shows an instant back in a zone, for forms and for people", () => {
    expect(utcToZonedLocal(new Date("2025-01-15T08:00:00Z"), "Europe/Paris")).toBe("2025-01-15T09:00");
    expect(formatInZone(new Date("2025-01-15T08:00:00Z"), "Asia/Kolkata")).toMatch(/Jan 15, 2025.*1:30\sPM GMT\+5:30/);
  });

  it("starts a new assignment open now and due a week later at 23:59, in the instructor's zone", () => {
    const now = new Date("2025-03-28T23:30:45Z");
    // Already Saturday the 29th in Paris; the week runs over the DST change of the 30th.
    expect(defaultAssignmentDates(now, "Europe/Paris")).toEqual({ opensAt: "2025-03-29T00:30", dueAt: "2025-04-05T23:59" });
    expect(defaultAssignmentDates(now, "America/Los_Angeles")).toEqual({ opensAt: "2025-03-28T16:30", dueAt: "2025-04-04T23:59" });
    // Across a month and a year end; the due date read back in the zone is 23:59 there.
    const dec = defaultAssignmentDates(new Date("2025-12-28T10:00:00Z"), "Asia/Tokyo");
    expect(dec).toEqual({ opensAt: "2025-12-28T19:00", dueAt: "2026-01-04T23:59" });
    expect(zonedLocalToUtc(dec.dueAt, "Asia/Tokyo")?.toISOString()).toBe("2026-01-04T14:59:00.000Z");
  });
});
