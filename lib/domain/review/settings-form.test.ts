import { describe, expect, it } from "vitest";
import { parseSettingsForm, type SettingsFormValues } from "@/lib/domain/review/settings-form";

const valid: SettingsFormValues = {
  desiredRetention: "0.85",
  newPerDay: "10",
  maxReviewsPerDay: "150",
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  timeZone: "Europe/Berlin",
  dayStartsAtHour: "5",
  quizCardsPerDay: "",
  targetCardsPerDay: "20",
  leechThreshold: "8",
  leechAction: "tag",
  learnAheadMinutes: "20",
  maximumInterval: "36500",
  ignoreReviewsBefore: "",
  newReviewOrder: "mixed",
  reviewSortOrder: "due",
  newCardOrder: "article",
  rescheduleOnChange: true,
  loadBalancing: true,
  easyDays: ["1", "1", "1", "1", "1", "0.5", "0"],
  deck: "all",
  sections: [],
};

describe("parseSettingsForm", () => {
  it("turns the form's text into settings and the whole-article deck", () => {
    expect(parseSettingsForm(valid)).toEqual({
      ok: true,
      settings: { desiredRetention: 0.85, newPerDay: 10, maxReviewsPerDay: 150, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], timeZone: "Europe/Berlin", dayStartsAtHour: 5, quizCardsPerDay: null, targetCardsPerDay: 20, leechThreshold: 8, leechAction: "tag", learnAheadMinutes: 20, rescheduleOnChange: true, maximumInterval: 36500, ignoreReviewsBefore: null, newReviewOrder: "mixed", reviewSortOrder: "due", newCardOrder: "article", loadBalancing: true, easyDays: [1, 1, 1, 1, 1, 0.5, 0] },
      deckSectionIds: null,
    });
  });

  it("accepts steps separated by commas, no relearning steps, and chosen sections", () => {
    const result = parseSettingsForm({ ...valid, learningSteps: "15m, 1h,1d", relearningSteps: "  ", deck: "sections", sections: ["hsi", "ero"] });
    expect(result).toMatchObject({ ok: true, settings: { learningSteps: ["15m", "1h", "1d"], relearningSteps: [] }, deckSectionIds: ["hsi", "ero"] });
  });

  it("words an error for each bad field", () => {
    const result = parseSettingsForm({ ...valid, desiredRetention: "0.99", newPerDay: "", learningSteps: "1 minute", timeZone: "Mars/Base", dayStartsAtHour: "24", deck: "sections", sections: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["dayStartsAtHour", "desiredRetention", "learningSteps", "newPerDay", "sections", "timeZone"]);
    expect(result.errors.desiredRetention).toEqual(["Desired retention must be a number from 0.70 to 0.97."]);
  });

  it("reads load balancing and each weekday's easy-day share, refusing a share other than normal, reduced or minimum", () => {
    const off = parseSettingsForm({ ...valid, loadBalancing: false, easyDays: ["0", "1", "1", "1", "1", "1", "0.5"] });
    expect(off.ok && off.settings).toMatchObject({ loadBalancing: false, easyDays: [0, 1, 1, 1, 1, 1, 0.5] });
    expect(parseSettingsForm({ ...valid, easyDays: ["1", "1", "0.3", "1", "1", "1", "1"] })).toEqual({ ok: false, errors: { easyDays: ["Choose normal, reduced or minimum for each day of the week."] } });
    const older = parseSettingsForm({ ...valid, easyDays: ["", "", "", "", "", "", ""] });
    expect(older.ok && older.settings.easyDays).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("reads the cap on study-target cards per day (0 allowed), refusing an empty, negative or fractional one", () => {
    expect(parseSettingsForm({ ...valid, targetCardsPerDay: "0" })).toMatchObject({ ok: true, settings: { targetCardsPerDay: 0 } });
    expect(parseSettingsForm({ ...valid, targetCardsPerDay: " 35 " })).toMatchObject({ ok: true, settings: { targetCardsPerDay: 35 } });
    for (const bad of ["", "-1", "2.5", "10000", "many"]) {
      expect(parseSettingsForm({ ...valid, targetCardsPerDay: bad })).toEqual({ ok: false, errors: { targetCardsPerDay: ["Study-target cards per day must be a whole number from 0 to 9999."] } });
    }
  });

  it("refuses retention just outside 0.70-0.97 and fractional limits", () => {
    expect(parseSettingsForm({ ...valid, desiredRetention: "0.69" }).ok).toBe(false);
    expect(parseSettingsForm({ ...valid, desiredRetention: "0.7" }).ok).toBe(true);
    expect(parseSettingsForm({ ...valid, maxReviewsPerDay: "2.5" }).ok).toBe(false);
  });

  it("reads the maximum interval and the day from which the optimizer uses reviews, in the learner's zone", () => {
    const result = parseSettingsForm({ ...valid, maximumInterval: "180", ignoreReviewsBefore: "2026-03-29" });
    // Berlin's summer time starts that night: the day's start, 5 a.m. local, is 03:00 UTC.
    expect(result).toMatchObject({ ok: true, settings: { maximumInterval: 180, ignoreReviewsBefore: new Date("2026-03-29T03:00:00Z") } });
    const bad = parseSettingsForm({ ...valid, maximumInterval: "0", ignoreReviewsBefore: "2026-02-30" });
    expect(bad.ok === false && Object.keys(bad.errors).sort()).toEqual(["ignoreReviewsBefore", "maximumInterval"]);
  });

  it("reads Anki's new/review order, review sort order and new card order, and refuses other values", () => {
    const result = parseSettingsForm({ ...valid, newReviewOrder: "before", reviewSortOrder: "retrievability", newCardOrder: "random" });
    expect(result).toMatchObject({ ok: true, settings: { newReviewOrder: "before", reviewSortOrder: "retrievability", newCardOrder: "random" } });
    const bad = parseSettingsForm({ ...valid, newReviewOrder: "sideways", reviewSortOrder: "", newCardOrder: "alphabetical" });
    expect(bad.ok === false && Object.keys(bad.errors).sort()).toEqual(["newCardOrder", "newReviewOrder", "reviewSortOrder"]);
  });
});
