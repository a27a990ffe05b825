import { describe, expect, it } from "vitest";
import { feedIntroductionCount, sectionsToFeed } from "@/lib/domain/review/feed";

const at = (iso: string) => new Date(`2026-03-01T${iso}:00Z`);

describe("sectionsToFeed", () => {
  it("feeds a section whose wrong answer is newer than any introduction or review of its cards", () => {
    const mistakes = [
      { sectionId: "hsi", lastWrongAt: at("10:05") },
      { sectionId: "ero", lastWrongAt: at("10:05") },
      { sectionId: "never-studied", lastWrongAt: at("09:00") },
    ];
    const touches = [
      { sectionId: "hsi", lastIntroducedAt: at("08:00"), lastReviewedAt: at("10:00") },
      { sectionId: "ero", lastIntroducedAt: at("08:00"), lastReviewedAt: at("10:06") },
    ];
    expect(sectionsToFeed(mistakes, touches).map((m) => m.sectionId)).toEqual(["hsi", "never-studied"]);
  });

  it("is idempotent: once feeding stamps the introduction time, the same mistake feeds nothing", () => {
    const mistakes = [{ sectionId: "hsi", lastWrongAt: at("10:05") }];
    expect(sectionsToFeed(mistakes, [{ sectionId: "hsi", lastIntroducedAt: at("10:07"), lastReviewedAt: null }])).toEqual([]);
    // A newer mistake feeds again.
    expect(sectionsToFeed([{ sectionId: "hsi", lastWrongAt: at("10:09") }], [{ sectionId: "hsi", lastIntroducedAt: at("10:07"), lastReviewedAt: null }])).toHaveLength(1);
  });
});

describe("quiz-requested new cards", () => {
  it("tops up to five waiting new cards", () => {
    expect(feedIntroductionCount(0)).toBe(5);
    expect(feedIntroductionCount(3)).toBe(2);
    expect(feedIntroductionCount(7)).toBe(0);
  });
});
