import { masteryBySection } from "@/lib/domain/mastery";

// Mastery per section, from the two ways of studying it:
// - quiz: the share of the section's current questions whose latest answer was right (the quiz's
//   own rule, masteryBySection, so the reader and this page always agree);
// - flashcards: the share of the section's current flashcards the learner holds as well-learnt
//   cards: in the review state with a stability of at least 21 days (Anki's "mature" threshold,
//   applied to FSRS stability: the card would still be recalled with 90% probability three weeks on).

export const MASTERED_STABILITY_DAYS = 21;

export type MasterySection = { id: string; title: string; level: number };
export type MasteryInputs = {
  sections: readonly MasterySection[];
  // Current (not retired) bank questions and flashcards, by id and section.
  questions: readonly { id: string; sectionId: string | null }[];
  flashcards: readonly { id: string; sectionId: string }[];
  // The learner's latest result per question, and their cards.
  results: readonly { questionId: string; correct: boolean }[];
  cards: readonly { flashcardId: string; state: string; stability: number }[];
};
export type Share = { done: number; total: number; rate: number | null };
export type SectionMastery = { id: string; title: string; level: number; quiz: Share; flashcards: Share };

const share = (done: number, total: number): Share => ({ done, total, rate: total > 0 ? done / total : null });

// Whether a card counts as learnt for mastery.
export function isMastered(card: { state: string; stability: number }): boolean {
  return card.state === "review" && card.stability >= MASTERED_STABILITY_DAYS;
}

// One row per section that has questions or flashcards, in the order given.
export function sectionMastery(input: MasteryInputs): SectionMastery[] {
  const live = input.questions.flatMap((q) => (q.sectionId ? [{ id: q.id, sectionId: q.sectionId }] : []));
  const quiz = masteryBySection(live, input.results);
  const mastered = new Set(input.cards.filter(isMastered).map((c) => c.flashcardId));
  const cards = new Map<string, { total: number; done: number }>();
  for (const f of input.flashcards) {
    const t = cards.get(f.sectionId) ?? { total: 0, done: 0 };
    t.total += 1;
    if (mastered.has(f.id)) t.done += 1;
    cards.set(f.sectionId, t);
  }
  return input.sections.flatMap((s) => {
    const q = quiz.get(s.id);
    const f = cards.get(s.id);
    if (!q && !f) return [];
    return [{ id: s.id, title: s.title, level: s.level, quiz: share(q?.mastered ?? 0, q?.total ?? 0), flashcards: share(f?.done ?? 0, f?.total ?? 0) }];
  });
}
