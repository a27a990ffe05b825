import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { buildFsrsItems } from "@/lib/domain/review/fsrs-items";
import { DEFAULT_REVIEW_SETTINGS, parseReviewSettings } from "@/lib/domain/review/settings";
import { applyReview, formatInterval, previewIntervals, type ReviewRating } from "@/lib/domain/review/schedule";
import { studyDayNumber, studyDayStart, nextStudyDayStart } from "@/lib/domain/review/study-day";

// One clock: FSRS counts elapsed days on the learner's study day (local, starting at 4 a.m. by
// default), the same day the optimizer's training items and the queue use.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const settingsIn = (timeZone: string) => parseReviewSettings({ timeZone });

// A review card last reviewed at `last`, mature enough that elapsed days matter.
function reviewedAt(last: Date, timeZone: string): CardState {
  const s = settingsIn(timeZone);
  let card = applyReview(s, newCardState(last), 3, new Date(last.getTime() - 20 * 60_000), 0, "c1").card;
  card = applyReview(s, card, 4, new Date(last.getTime() - 10 * 60_000), 0, "c1").card;
  card = applyReview(s, card, 3, last, 0, "c1").card;
  return card;
}

// [zone, last review, next review, study days between them]
const cases: [string, string, string, number][] = [
  // New York evening learner: local evenings straddle UTC midnight.
  ["America/New_York", "2026-01-10T01:00:00Z", "2026-01-11T00:30:00Z", 1], // Jan 9 20:00 -> Jan 10 19:30 local
  ["America/New_York", "2026-01-09T23:00:00Z", "2026-01-10T02:00:00Z", 0], // 18:00 -> 21:00 the same evening
  // Tokyo morning learner (UTC+9): 07:00 local is 22:00 UTC the day before.
  ["Asia/Tokyo", "2026-01-09T22:00:00Z", "2026-01-10T23:30:00Z", 1], // Jan 10 07:00 -> Jan 11 08:30 local
  ["Asia/Tokyo", "2026-01-09T18:00:00Z", "2026-01-09T20:00:00Z", 1], // Jan 10 03:00 (study day Jan 9) -> 05:00
  // Across DST: New York spring forward (8 March 2026) and fall back (1 November 2026).
  ["America/New_York", "2026-03-07T23:30:00Z", "2026-03-08T07:45:00Z", 0], // Mar 7 18:30 EST -> Mar 8 03:45 EDT, still Mar 7's study day
  ["America/New_York", "2026-10-31T23:00:00Z", "2026-11-02T01:30:00Z", 1], // Oct 31 19:00 EDT -> Nov 1 20:30 EST
  // Berlin, spring forward 29 March 2026.
  ["Europe/Berlin", "2026-03-28T22:30:00Z", "2026-03-29T22:15:00Z", 1], // 23:30 CET -> 00:15 CEST the next night
  // Auckland (UTC+13 in January): the local date is ahead of UTC.
  ["Pacific/Auckland", "2026-01-10T10:00:00Z", "2026-01-10T20:00:00Z", 1], // Jan 10 23:00 -> Jan 11 09:00 local
];

describe("elapsed days are study days in the learner's zone", () => {
  for (const [zone, lastIso, nowIso, expected] of cases) {
    it(`${zone}: ${lastIso} -> ${nowIso} is ${expected} study day(s)`, () => {
      const last = new Date(lastIso);
      const now = new Date(nowIso);
      const card = reviewedAt(last, zone);
      const { log, card: after } = applyReview(settingsIn(zone), card, 3, now, 0, "c1");
      expect(log.elapsedDays).toBe(expected);
      expect(after.elapsedDays).toBe(expected);
      // The optimizer's items count the same pair the same way.
      const day = (d: Date) => studyDayNumber(d, zone, 4);
      expect(day(now) - day(last)).toBe(expected);
      const items = buildFsrsItems(
        [
          { cardId: "c", rating: 3, reviewedAt: last, stateBefore: "new" },
          { cardId: "c", rating: 3, reviewedAt: now, stateBefore: "review" },
        ],
        day,
      );
      if (expected > 0) expect(items[0]?.[1]?.deltaT).toBe(log.elapsedDays);
    });
  }

  it("matches a card reviewed on a different UTC date but the same study day (memory state as if 0 days passed)", () => {
    const zone = "America/New_York";
    const last = new Date("2026-01-09T23:00:00Z");
    const card = reviewedAt(last, zone);
    const later = applyReview(settingsIn(zone), card, 3, new Date("2026-01-10T02:00:00Z"), 0, "c1");
    const sameUtcDate = applyReview(settingsIn(zone), { ...card, lastReview: new Date("2026-01-10T00:30:00Z") }, 3, new Date("2026-01-10T02:00:00Z"), 0, "c1");
    expect(later.card.stability).toBeCloseTo(sameUtcDate.card.stability, 10);
  });
});

describe("a review interval of N days lands on the study day N days later", () => {
  const zones = ["America/New_York", "Europe/Berlin", "Asia/Tokyo", "Pacific/Auckland", "UTC"];
  // Instants around the DST changes of 2026 in both hemispheres, at awkward local times.
  const instants = [
    "2026-03-07T08:30:00Z",
    "2026-03-08T06:59:00Z",
    "2026-03-28T02:30:00Z",
    "2026-04-04T14:30:00Z",
    "2026-09-26T14:30:00Z",
    "2026-10-24T02:30:00Z",
    "2026-10-31T08:30:00Z",
    "2026-01-10T12:00:00Z",
  ];
  for (const zone of zones) {
    it(`${zone}`, () => {
      const s = settingsIn(zone);
      for (const iso of instants) {
        const now = new Date(iso);
        const card = reviewedAt(new Date(now.getTime() - 3 * DAY), zone);
        for (const rating of [2, 3, 4] as ReviewRating[]) {
          const { card: next } = applyReview(s, card, rating, now, 0, "c1");
          expect(next.state).toBe("review");
          const dueDay = studyDayNumber(next.due, zone, 4);
          expect(dueDay - studyDayNumber(now, zone, 4)).toBe(next.scheduledDays);
          expect(next.due.getTime()).toBeGreaterThanOrEqual(studyDayStart(next.due, zone, 4).getTime());
          expect(next.due.getTime()).toBeLessThan(nextStudyDayStart(next.due, zone, 4).getTime());
          // The button label names the same whole days.
          expect(previewIntervals(s, card, now, "c1")[rating].label).toBe(formatInterval(next.scheduledDays * DAY));
        }
      }
    });
  }
});

describe("UTC learners are unchanged by the study-day clock", () => {
  it("counts the same days as before for a 12:00 UTC learner", () => {
    const s = DEFAULT_REVIEW_SETTINGS;
    const last = new Date("2026-01-10T12:00:00Z");
    const card = reviewedAt(last, "UTC");
    expect(applyReview(s, card, 3, new Date(last.getTime() + 5 * DAY), 0, "c1").log.elapsedDays).toBe(5);
  });
});
