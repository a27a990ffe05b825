import { describe, expect, it } from "vitest";
import { flashcardsTeaching, planQuizFeed, quizCardsCap, type QuizMistake, type TeachingFlashcard } from "@/lib/domain/review/feed";

const body = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu. Nu xi omicron.";
const cards: TeachingFlashcard[] = [
  { id: "f-alpha", sectionId: "s", position: 1, quote: "Alpha beta" },
  { id: "f-delta", sectionId: "s", position: 2, quote: "Delta epsilon zeta." },
  { id: "f-eta", sectionId: "s", position: 3, quote: "theta iota" },
  { id: "f-kappa", sectionId: "s", position: 4, quote: "Kappa lambda" },
  { id: "f-nu", sectionId: "s", position: 5, quote: "Nu xi omicron." },
  { id: "f-other", sectionId: "t", position: 6, quote: "Delta epsilon" },
];
const mistake = (questionId: string, quote: string | null, minute = 0): QuizMistake => ({
  questionId,
  sectionId: "s",
  answeredAt: new Date(Date.UTC(2026, 0, 10, 12, minute)),
  quote,
});
const ids = (list: readonly TeachingFlashcard[]) => list.map((f) => f.id);

describe("flashcardsTeaching", () => {
  it("takes the section's flashcards whose quote overlaps the question's", () => {
    expect(ids(flashcardsTeaching(mistake("q", "zeta. Eta theta"), body, cards))).toEqual(["f-delta", "f-eta"]);
    expect(ids(flashcardsTeaching(mistake("q", "epsilon"), body, cards))).toEqual(["f-delta"]);
  });

  it("else the nearest ones", () => {
    expect(ids(flashcardsTeaching(mistake("q", "mu."), body, cards))).toEqual(["f-kappa", "f-nu"]);
  });

  it("falls back to the section's first cards when the quote is missing or not in the text", () => {
    expect(ids(flashcardsTeaching(mistake("q", null), body, cards))).toEqual(["f-alpha", "f-delta"]);
    expect(ids(flashcardsTeaching(mistake("q", "not in the text"), body, cards))).toEqual(["f-alpha", "f-delta"]);
  });
});

describe("planQuizFeed", () => {
  const teaching = new Map([
    ["q1", cards.slice(1, 3)],
    ["q2", cards.slice(2, 4)],
    ["q3", cards.slice(4, 5)],
  ]);
  const mistakes = [mistake("q1", null, 1), mistake("q2", null, 2), mistake("q3", null, 3)];

  it("brings each flashcard once across mistakes", () => {
    const plan = planQuizFeed({ mistakes, teaching, owned: [], capLeft: 20 });
    expect(plan.create.map((c) => c.flashcardId)).toEqual(["f-delta", "f-eta", "f-kappa", "f-nu"]);
    expect(plan.fed.map((f) => f.questionId)).toEqual(["q1", "q2", "q3"]);
    expect(plan.waiting).toBe(0);
  });

  it("stops at the cap, oldest mistake first; the rest wait", () => {
    const plan = planQuizFeed({ mistakes: [...mistakes].reverse(), teaching, owned: [], capLeft: 3 });
    expect(plan.create.map((c) => c.flashcardId)).toEqual(["f-delta", "f-eta", "f-kappa"]);
    expect(plan.fed.map((f) => f.questionId)).toEqual(["q1", "q2"]);
    expect(plan.waiting).toBe(1);
    expect(planQuizFeed({ mistakes, teaching, owned: [], capLeft: 0 })).toEqual({ create: [], request: [], fed: [], waiting: 3 });
  });

  it("asks for a waiting new card, leaves studied and already-asked cards alone (fed at no cost)", () => {
    const owned = [
      { id: "c-delta", flashcardId: "f-delta", state: "review", suspended: false, fromQuiz: false },
      { id: "c-eta", flashcardId: "f-eta", state: "new", suspended: false, fromQuiz: false },
      { id: "c-kappa", flashcardId: "f-kappa", state: "new", suspended: false, fromQuiz: true },
    ];
    const plan = planQuizFeed({ mistakes: mistakes.slice(0, 2), teaching, owned, capLeft: 1 });
    expect(plan.request).toEqual([{ cardId: "c-eta", requestedAt: mistakes[0]!.answeredAt }]);
    expect(plan.create).toEqual([]);
    expect(plan.fed.map((f) => f.questionId)).toEqual(["q1", "q2"]);
  });

  it("the cap defaults to the new-card limit", () => {
    expect(quizCardsCap({ quizCardsPerDay: null, newPerDay: 20 })).toBe(20);
    expect(quizCardsCap({ quizCardsPerDay: 5, newPerDay: 20 })).toBe(5);
  });
});
