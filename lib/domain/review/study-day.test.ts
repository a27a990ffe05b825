import { describe, expect, it } from "vitest";
import { nextStudyDayStart, studyDayKey, studyDaysAhead, studyDayStart, studyDayStartAfter } from "@/lib/domain/review/study-day";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

// [zone, now, hour, expected start, expected next start, expected key]
type Case = [string, string, number, string, string, string];

describe("study day boundaries", () => {
  const cases: Case[] = [
    // UTC: before 4 a.m. still belongs to yesterday.
    ["UTC", "2026-01-10T03:59:59.999Z", 4, "2026-01-09T04:00:00Z", "2026-01-10T04:00:00Z", "2026-01-09"],
    ["UTC", "2026-01-10T04:00:00Z", 4, "2026-01-10T04:00:00Z", "2026-01-11T04:00:00Z", "2026-01-10"],
    ["UTC", "2026-01-10T00:00:00Z", 0, "2026-01-10T00:00:00Z", "2026-01-11T00:00:00Z", "2026-01-10"],
    // New York, DST starts 2026-03-08 02:00 EST -> 03:00 EDT: the day of 7 March lasts 23 hours.
    ["America/New_York", "2026-03-08T07:30:00Z", 4, "2026-03-07T09:00:00Z", "2026-03-08T08:00:00Z", "2026-03-07"],
    ["America/New_York", "2026-03-08T08:00:00Z", 4, "2026-03-08T08:00:00Z", "2026-03-09T08:00:00Z", "2026-03-08"],
    // A day starting at 02:00, an hour the clocks skip: it starts when they jump (03:00 EDT).
    ["America/New_York", "2026-03-08T12:00:00Z", 2, "2026-03-08T07:00:00Z", "2026-03-09T06:00:00Z", "2026-03-08"],
    ["America/New_York", "2026-03-08T06:59:00Z", 2, "2026-03-07T07:00:00Z", "2026-03-08T07:00:00Z", "2026-03-07"],
    // New York, DST ends 2026-11-01 02:00 EDT -> 01:00 EST: the day of 31 October lasts 25 hours.
    ["America/New_York", "2026-11-01T08:30:00Z", 4, "2026-10-31T08:00:00Z", "2026-11-01T09:00:00Z", "2026-10-31"],
    ["America/New_York", "2026-11-01T09:00:00Z", 4, "2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z", "2026-11-01"],
    // A day starting at 01:00, an hour that happens twice: it starts at the first one (01:00 EDT).
    ["America/New_York", "2026-11-01T05:30:00Z", 1, "2026-11-01T05:00:00Z", "2026-11-02T06:00:00Z", "2026-11-01"],
    ["America/New_York", "2026-11-01T06:30:00Z", 1, "2026-11-01T05:00:00Z", "2026-11-02T06:00:00Z", "2026-11-01"],
    // Berlin: CET +1 in winter, CEST +2 from 2026-03-29 to 2026-10-25.
    ["Europe/Berlin", "2026-01-15T02:30:00Z", 4, "2026-01-14T03:00:00Z", "2026-01-15T03:00:00Z", "2026-01-14"],
    ["Europe/Berlin", "2026-03-29T12:00:00Z", 4, "2026-03-29T02:00:00Z", "2026-03-30T02:00:00Z", "2026-03-29"],
    ["Europe/Berlin", "2026-03-29T01:00:00Z", 4, "2026-03-28T03:00:00Z", "2026-03-29T02:00:00Z", "2026-03-28"],
    ["Europe/Berlin", "2026-10-25T12:00:00Z", 4, "2026-10-25T03:00:00Z", "2026-10-26T03:00:00Z", "2026-10-25"],
    ["Europe/Berlin", "2026-10-25T02:30:00Z", 4, "2026-10-24T02:00:00Z", "2026-10-25T03:00:00Z", "2026-10-24"],
    // Kolkata, +05:30 all year: the boundary falls on a half hour of UTC.
    ["Asia/Kolkata", "2026-01-10T22:00:00Z", 4, "2026-01-09T22:30:00Z", "2026-01-10T22:30:00Z", "2026-01-10"],
    ["Asia/Kolkata", "2026-01-10T22:30:00Z", 4, "2026-01-10T22:30:00Z", "2026-01-11T22:30:00Z", "2026-01-11"],
    // Auckland, +13 in (southern) summer: the local date is a day ahead of UTC.
    ["Pacific/Auckland", "2026-01-10T12:00:00Z", 4, "2026-01-09T15:00:00Z", "2026-01-10T15:00:00Z", "2026-01-10"],
    ["Pacific/Auckland", "2026-01-10T15:00:00Z", 4, "2026-01-10T15:00:00Z", "2026-01-11T15:00:00Z", "2026-01-11"],
    // Auckland DST ends 2026-04-05 03:00 -> 02:00 (+13 -> +12); starts 2026-09-27 02:00 -> 03:00.
    ["Pacific/Auckland", "2026-04-04T20:00:00Z", 4, "2026-04-04T16:00:00Z", "2026-04-05T16:00:00Z", "2026-04-05"],
    ["Pacific/Auckland", "2026-04-04T12:00:00Z", 4, "2026-04-03T15:00:00Z", "2026-04-04T16:00:00Z", "2026-04-04"],
    ["Pacific/Auckland", "2026-09-26T12:00:00Z", 4, "2026-09-25T16:00:00Z", "2026-09-26T15:00:00Z", "2026-09-26"],
    // Santiago skips local midnight on 2026-09-06 (00:00 -04 -> 01:00 -03): a midnight day starts at 01:00.
    ["America/Santiago", "2026-09-06T12:00:00Z", 0, "2026-09-06T04:00:00Z", "2026-09-07T03:00:00Z", "2026-09-06"],
    ["America/Santiago", "2026-09-06T03:59:00Z", 0, "2026-09-05T04:00:00Z", "2026-09-06T04:00:00Z", "2026-09-05"],
  ];

  it.each(cases)("%s at %s (day starts %i:00)", (tz, now, hour, start, next, key) => {
    expect(studyDayStart(at(now), tz, hour)).toEqual(at(start));
    expect(nextStudyDayStart(at(now), tz, hour)).toEqual(at(next));
    expect(studyDayKey(at(now), tz, hour)).toBe(key);
  });

  it.each(cases)("%s at %s (day starts %i:00): the days ahead start and end where each day's own start says", (tz, now, hour, start, next) => {
    // The second pass gets the starts remembered by the first.
    for (const days of [0, 1, 30, 0, 1, 30]) {
      expect(studyDaysAhead(at(now), days, tz, hour)).toEqual({ todayStart: at(start).getTime(), start: studyDayStartAfter(at(now), days, tz, hour).getTime(), end: studyDayStartAfter(at(now), days + 1, tz, hour).getTime() });
    }
    expect(studyDaysAhead(at(now), 0, tz, hour).end).toBe(at(next).getTime());
    expect(() => studyDaysAhead(at(now), -1, tz, hour)).toThrow(RangeError);
  });

  it("defaults to a 4 a.m. start", () => {
    expect(studyDayStart(at("2026-06-01T12:00:00Z"), "UTC")).toEqual(at("2026-06-01T04:00:00Z"));
    expect(studyDayKey(at("2026-06-01T03:00:00Z"), "UTC")).toBe("2026-05-31");
  });

  it("refuses an hour outside 0-23 and an unknown zone", () => {
    expect(() => studyDayStart(at("2026-06-01T12:00:00Z"), "UTC", 24)).toThrow(RangeError);
    expect(() => studyDayStart(at("2026-06-01T12:00:00Z"), "UTC", 3.5)).toThrow(RangeError);
    expect(() => studyDayStart(at("2026-06-01T12:00:00Z"), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("study days over a whole year", () => {
  const zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Pacific/Auckland", "Australia/Adelaide", "America/Santiago"];
  for (const tz of zones) {
    it(`${tz}: every instant lies in exactly one day of 23, 24 or 25 hours`, () => {
      // Every 7 hours through 2026 lands on every hour of the day and on both DST changes.
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * HOUR) {
        for (const hour of [0, 4]) {
          const now = new Date(t);
          const start = studyDayStart(now, tz, hour);
          const next = nextStudyDayStart(now, tz, hour);
          expect(start.getTime()).toBeLessThanOrEqual(t);
          expect(next.getTime()).toBeGreaterThan(t);
          expect([23, 24, 25]).toContain((next.getTime() - start.getTime()) / HOUR);
          // The next day starts exactly where this one ends, and the key names the day's start.
          expect(studyDayStart(next, tz, hour)).toEqual(next);
          expect(studyDayKey(start, tz, hour)).toBe(studyDayKey(now, tz, hour));
        }
      }
    });
  }
});
