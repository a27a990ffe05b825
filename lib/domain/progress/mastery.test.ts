import { describe, expect, it } from "vitest";
import { sectionMastery } from "@/lib/domain/progress/mastery";

describe("sectionMastery", () => {
  it("rates each section by right latest answers and well-learnt cards", () => {
    const rows = sectionMastery({
      sections: [
        { id: "a", title: "A", level: 1 },
        { id: "b", title: "B", level: 2 },
        { id: "empty", title: "Empty", level: 1 },
      ],
      questions: [
        { id: "q1", sectionId: "a" },
        { id: "q2", sectionId: "a" },
        { id: "q3", sectionId: "b" },
      ],
      flashcards: [
        { id: "f1", sectionId: "a" },
        { id: "f2", sectionId: "a" },
        { id: "f3", sectionId: "a" },
        { id: "f4", sectionId: "b" },
      ],
      results: [
        { questionId: "q1", correct: true },
        { questionId: "q2", correct: false },
        { questionId: "retired", correct: true },
      ],
      cards: [
        { flashcardId: "f1", state: "review", stability: 30 },
        { flashcardId: "f2", state: "review", stability: 20.9 },
        { flashcardId: "f3", state: "relearning", stability: 40 },
      ],
    });
    expect(rows).toEqual([
      { id: "a", title: "A", level: 1, quiz: { done: 1, total: 2, rate: 0.5 }, flashcards: { done: 1, total: 3, rate: 1 / 3 } },
      { id: "b", title: "B", level: 2, quiz: { done: 0, total: 1, rate: 0 }, flashcards: { done: 0, total: 1, rate: 0 } },
    ]);
  });
});
