import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { DEFAULT_REVIEW_SETTINGS, parseReviewSettings } from "@/lib/domain/review/settings";
import { cardStateSchema, queueQuerySchema, reviewRequestSchema, reviewSettingsSchema } from "@/lib/schemas/review";
import { newCardState } from "@/lib/domain/review/card-state";
import { applyReview, undoReview } from "@/lib/domain/review/schedule";

const ok = (input: unknown) => reviewSettingsSchema.safeParse(input).success;

describe("review settings", () => {
  it("fills every default", () => {
    expect(DEFAULT_REVIEW_SETTINGS).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      maxReviewsPerDay: 200,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      timeZone: "UTC",
      dayStartsAtHour: 4,
      quizCardsPerDay: null,
      targetCardsPerDay: 20,
      leechThreshold: 8,
      leechAction: "tag",
      learnAheadMinutes: 20,
      rescheduleOnChange: true,
      maximumInterval: 36500,
      ignoreReviewsBefore: null,
      newReviewOrder: "mixed",
      reviewSortOrder: "due",
      newCardOrder: "article",
      loadBalancing: true,
      easyDays: [1, 1, 1, 1, 1, 1, 1],
    });
    expect(parseReviewSettings(null)).toEqual(DEFAULT_REVIEW_SETTINGS);
  });

  it("keeps desired retention within 0.70-0.97", () => {
    expect(ok({ desiredRetention: 0.69 })).toBe(false);
    expect(ok({ desiredRetention: 0.98 })).toBe(false);
    expect(ok({ desiredRetention: 0.7 })).toBe(true);
    expect(ok({ desiredRetention: 0.97 })).toBe(true);
    expect(() => parseReviewSettings({ desiredRetention: 0.69 })).toThrow();
  });

  it("accepts IANA time zones and refuses others", () => {
    expect(parseReviewSettings({ timeZone: "Pacific/Auckland" }).timeZone).toBe("Pacific/Auckland");
    expect(ok({ timeZone: "Mars/Olympus_Mons" })).toBe(false);
    expect(ok({ timeZone: "" })).toBe(false);
    expect(ok({ timeZone: "GMT+5:30 or so" })).toBe(false);
  });

  it("keeps daily limits to whole numbers 0-9999", () => {
    expect(ok({ newPerDay: 0, maxReviewsPerDay: 9999 })).toBe(true);
    expect(ok({ newPerDay: -1 })).toBe(false);
    expect(ok({ maxReviewsPerDay: 10_000 })).toBe(false);
    expect(ok({ newPerDay: 2.5 })).toBe(false);
  });

  it("accepts ts-fsrs step strings, at most 10", () => {
    expect(parseReviewSettings({ learningSteps: ["15m", "1h", "1d"], relearningSteps: [] }).learningSteps).toEqual(["15m", "1h", "1d"]);
    for (const bad of ["10", "1w", "0m", "1.5m", "-1m", " 1m", "m"]) expect(ok({ learningSteps: [bad] })).toBe(false);
    expect(ok({ relearningSteps: Array(10).fill("10m") })).toBe(true);
    expect(ok({ relearningSteps: Array(11).fill("10m") })).toBe(false);
  });

  it("keeps the day start to an hour 0-23", () => {
    expect(ok({ dayStartsAtHour: 0 })).toBe(true);
    expect(ok({ dayStartsAtHour: 24 })).toBe(false);
  });

  it("accepts 17, 19 or 21 finite weights only", () => {
    expect(ok({ weights: [...default_w] })).toBe(true);
    expect(ok({ weights: default_w.slice(0, 19) })).toBe(true);
    expect(ok({ weights: default_w.slice(0, 17) })).toBe(true);
    expect(ok({ weights: default_w.slice(0, 20) })).toBe(false);
    expect(ok({ weights: [...default_w.slice(0, 20), Number.NaN] })).toBe(false);
  });

  it("refuses unknown keys, so a misspelt setting is not silently ignored", () => {
    expect(ok({ desiredRetension: 0.8 })).toBe(false);
  });
});

describe("review request", () => {
  const valid = { reviewId: "7f1c1f5e-8a4b-4c53-9a43-2b9f0e7c1d20", cardId: "card-1", rating: 3, durationMs: 4200 };

  it("accepts a well-formed answer, with or without the expected version", () => {
    expect(reviewRequestSchema.parse(valid)).toEqual(valid);
    expect(reviewRequestSchema.parse({ ...valid, expectedVersion: 7 }).expectedVersion).toBe(7);
  });

  it.each([
    ["a rating of 0", { rating: 0 }],
    ["a rating of 5", { rating: 5 }],
    ["a rating as text", { rating: "3" }],
    ["a review id that is not a UUID", { reviewId: "abc" }],
    ["an empty card id", { cardId: "" }],
    ["a negative duration", { durationMs: -1 }],
    ["a duration over an hour", { durationMs: 3_600_001 }],
    ["a fractional duration", { durationMs: 1.5 }],
    ["a negative version", { expectedVersion: -1 }],
    ["an unknown key", { extra: true }],
  ])("refuses %s", (_label, change) => {
    expect(reviewRequestSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe("queue query", () => {
  it("coerces the query-string limit, default 20, range 1-100", () => {
    expect(queueQuerySchema.parse({})).toEqual({ limit: 20 });
    expect(queueQuerySchema.parse({ limit: "50" })).toEqual({ limit: 50 });
    for (const bad of ["0", "101", "abc", "2.5"]) expect(queueQuerySchema.safeParse({ limit: bad }).success).toBe(false);
  });
});

describe("card snapshot from JSON", () => {
  it("round-trips through JSON so undo restores the exact card", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    const learnt = applyReview(DEFAULT_REVIEW_SETTINGS, newCardState(now), 3, now, 0, "c1").card;
    const { log } = applyReview(DEFAULT_REVIEW_SETTINGS, learnt, 3, learnt.due, 0, "c1");
    const stored = JSON.parse(JSON.stringify(log.cardBefore));
    expect(undoReview({ cardBefore: cardStateSchema.parse(stored) })).toEqual(learnt);
  });

  it("refuses a missing due date rather than reading null as 1970", () => {
    const stored = JSON.parse(JSON.stringify(newCardState(new Date())));
    expect(cardStateSchema.safeParse({ ...stored, due: null }).success).toBe(false);
    expect(cardStateSchema.safeParse({ ...stored, state: "buried" }).success).toBe(false);
  });
});
