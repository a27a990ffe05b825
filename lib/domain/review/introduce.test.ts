import { describe, expect, it } from "vitest";
import { newCardsToIntroduce, pickFlashcards } from "@/lib/domain/review/introduce";

describe("newCardsToIntroduce", () => {
  it("fills today's allowance minus what was studied and what is already waiting", () => {
    expect(newCardsToIntroduce({ newPerDay: 20, newIntroducedToday: 0, waitingNew: 0 })).toBe(20);
    expect(newCardsToIntroduce({ newPerDay: 20, newIntroducedToday: 15, waitingNew: 2 })).toBe(3);
    expect(newCardsToIntroduce({ newPerDay: 20, newIntroducedToday: 25, waitingNew: 0 })).toBe(0);
    expect(newCardsToIntroduce({ newPerDay: 0, newIntroducedToday: 0, waitingNew: 0 })).toBe(0);
  });
});

describe("pickFlashcards", () => {
  const cards = [
    { id: "c", sectionId: "b", position: 2001 },
    { id: "a", sectionId: "a", position: 1000 },
    { id: "b", sectionId: "a", position: 1001 },
    { id: "d", sectionId: "b", position: 2000 },
  ];
  it("takes the next cards in article order that the learner does not hold", () => {
    expect(pickFlashcards(cards, new Set(["a"]), 2, null).map((c) => c.id)).toEqual(["b", "d"]);
  });
  it("keeps to the deck's sections", () => {
    expect(pickFlashcards(cards, new Set(), 5, ["b"]).map((c) => c.id)).toEqual(["d", "c"]);
  });
  it("takes nothing for a zero or negative count", () => {
    expect(pickFlashcards(cards, new Set(), 0, null)).toEqual([]);
    expect(pickFlashcards(cards, new Set(), -3, null)).toEqual([]);
  });
});
