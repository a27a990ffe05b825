import { describe, expect, it } from "vitest";
import { buildFsrsItems, evaluationItems, splitFsrsItemsByTime, withoutCardsReviewedBefore, type HistoryReview } from "@/lib/domain/review/fsrs-items";
import { studyDayNumber } from "@/lib/domain/review/study-day";

const day = (d: Date) => studyDayNumber(d, "UTC", 4);
const r = (cardId: string, iso: string, rating: number, stateBefore: HistoryReview["stateBefore"]): HistoryReview => ({ cardId, rating, reviewedAt: new Date(iso), stateBefore });

describe("buildFsrsItems", () => {
  it("makes one item per review after the first day, with the history so far and delta_t in study days", () => {
    const items = buildFsrsItems(
      [
        r("a", "2026-01-03T10:00:00Z", 3, "review"),
        r("a", "2026-01-01T10:00:00Z", 3, "new"),
        r("a", "2026-01-01T10:10:00Z", 3, "learning"),
        // 03:00 on the 6th still belongs to the study day of the 5th (day starts at 4 a.m.).
        r("a", "2026-01-06T03:00:00Z", 1, "review"),
      ],
      day,
    );
    // The same-day pair (new, then its 10-minute step) is no item of its own: fsrs-rs needs a delta_t > 0.
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
        { rating: 1, deltaT: 2 },
      ],
    ]);
  });

  it("starts from the card's last new review and skips cards whose first review is missing", () => {
    const items = buildFsrsItems(
      [
        r("a", "2026-01-01T10:00:00Z", 3, "new"),
        r("a", "2026-01-02T10:00:00Z", 3, "review"),
        r("a", "2026-01-10T10:00:00Z", 4, "new"),
        r("a", "2026-01-12T10:00:00Z", 3, "review"),
        r("b", "2026-01-12T10:00:00Z", 3, "review"),
        r("b", "2026-01-15T10:00:00Z", 3, "review"),
      ],
      day,
    );
    expect(items).toEqual([
      [
        { rating: 4, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
  });
});

describe("studyDayNumber", () => {
  it("counts study days, not 24-hour periods, across a DST change", () => {
    // Berlin springs forward on 2026-03-29: that study day is 23 hours long.
    const before = new Date("2026-03-28T12:00:00Z");
    const after = new Date("2026-03-30T12:00:00Z");
    expect(studyDayNumber(after, "Europe/Berlin", 4) - studyDayNumber(before, "Europe/Berlin", 4)).toBe(2);
    // 02:30 UTC on the 30th is 04:30 CEST: already the study day of the 30th.
    expect(studyDayNumber(new Date("2026-03-30T02:30:00Z"), "Europe/Berlin", 4) - studyDayNumber(before, "Europe/Berlin", 4)).toBe(2);
    expect(studyDayNumber(new Date("2026-03-30T01:30:00Z"), "Europe/Berlin", 4) - studyDayNumber(before, "Europe/Berlin", 4)).toBe(1);
  });
});

describe("evaluationItems", () => {
  it("keeps the items whose current review came on a later day", () => {
    const longTerm = [
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 2 },
    ];
    const sameDay = [...longTerm, { rating: 1, deltaT: 5 }, { rating: 3, deltaT: 0 }];
    expect(evaluationItems([longTerm, sameDay])).toEqual([longTerm]);
  });
});

describe("splitFsrsItemsByTime", () => {
  it("holds out the items ending in the latest reviews; no training item contains a held-out review", () => {
    const logs: HistoryReview[] = [];
    for (const card of ["a", "b", "c", "d", "e"]) {
      logs.push(r(card, "2026-01-01T10:00:00Z", 3, "new"));
      for (let d = 1; d <= 4; d++) logs.push(r(card, `2026-01-0${1 + d * 2}T10:00:00Z`, d === 3 ? 1 : 3, "review"));
    }
    const { train, heldOut, cutoff } = splitFsrsItemsByTime(logs, day, 0.2);
    expect(cutoff).toEqual(new Date("2026-01-09T10:00:00Z"));
    // Each card: items ending on the 3rd, 5th and 7th train; the one ending on the 9th is held out.
    expect(train).toHaveLength(15);
    expect(heldOut).toHaveLength(5);
    expect(train.every((item) => item.length <= 4)).toBe(true);
    expect(heldOut.every((item) => item.length === 5 && item[4]!.deltaT === 2)).toBe(true);
    expect(splitFsrsItemsByTime([], day)).toEqual({ train: [], heldOut: [], cutoff: null });
  });
});

describe("withoutCardsReviewedBefore", () => {
  it("leaves out every review of a card reviewed before the cutoff (Anki's ignore cards reviewed before)", () => {
    const logs = [r("a", "2026-01-01T10:00:00Z", 3, "new"), r("a", "2026-02-10T10:00:00Z", 3, "review"), r("b", "2026-02-02T10:00:00Z", 3, "new")];
    expect(withoutCardsReviewedBefore(logs, new Date("2026-02-01T00:00:00Z")).map((l) => l.cardId)).toEqual(["b"]);
    expect(withoutCardsReviewedBefore(logs, null)).toHaveLength(3);
  });
});
