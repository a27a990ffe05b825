import { findQuote } from "@/lib/domain/markdown";

// Quiz mistakes feed memory: a question answered wrong brings into the learner's review queue the
// flashcards that teach what was missed, so quizzes and flashcards share one memory model.
//
// - What a mistake brings: the section's flashcards whose quote overlaps the question's quote in
//   the section's text; when none does, the NEAREST_CARDS flashcards closest to it.
// - Counted once: a flashcard that several mistakes point to is brought once; one the learner is
//   already studying (learning or review) is left to its FSRS schedule (making it due early would
//   inflate true retention), and a new card already asked for is not asked for again.
// - Within a daily cap (quizCardsPerDay, default the new-card limit): mistakes are fed oldest first,
//   whole, while the cards they bring fit in what is left of today's cap; the rest wait for a later
//   day. A mistake is marked fed (its answer time) once handled, so it never feeds twice.
// - Cards brought by a mistake are shown before other new cards and outside the new-card limit,
//   and do not count against it once answered: they count against the quiz cap instead.

export const NEAREST_CARDS = 2;

export type QuizMistake = { questionId: string; sectionId: string; answeredAt: Date; quote: string | null };
export type TeachingFlashcard = { id: string; sectionId: string; position: number; quote: string };
export type OwnedCard = { id: string; flashcardId: string; state: string; suspended: boolean; fromQuiz: boolean };

type Span = { start: number; end: number };

// Where a quote sits in its section's text, or null when it is not found verbatim.
function spanOf(body: string, quote: string | null): Span | null {
  if (!quote) return null;
  const found = findQuote([body], quote);
  return found ? { start: found.start, end: found.end } : null;
}

// Characters between two spans; 0 when they overlap.
function gap(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// The flashcards that teach what a mistake missed, in article order.
export function flashcardsTeaching(mistake: QuizMistake, sectionBody: string, flashcards: readonly TeachingFlashcard[]): TeachingFlashcard[] {
  const inSection = flashcards.filter((f) => f.sectionId === mistake.sectionId).sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  const question = spanOf(sectionBody, mistake.quote);
  const located = inSection.map((f) => ({ f, span: spanOf(sectionBody, f.quote) }));
  if (question) {
    const overlapping = located.filter((l) => l.span && overlaps(l.span, question)).map((l) => l.f);
    if (overlapping.length > 0) return overlapping;
    const nearest = located
      .filter((l): l is { f: TeachingFlashcard; span: Span } => l.span !== null)
      .sort((a, b) => gap(a.span, question) - gap(b.span, question) || a.f.position - b.f.position)
      .slice(0, NEAREST_CARDS)
      .map((l) => l.f);
    if (nearest.length > 0) return nearest.sort((a, b) => a.position - b.position);
  }
  // The question's quote cannot be placed: the section's first cards stand in.
  return inSection.slice(0, NEAREST_CARDS);
}

export type FeedPlan = {
  // Flashcards to turn into new cards, with the mistake (its answer time) that asked for them.
  create: { flashcardId: string; requestedAt: Date }[];
  // The learner's waiting new cards to mark as asked for by a mistake.
  request: { cardId: string; requestedAt: Date }[];
  // The mistakes handled now (marked fed with their answer time).
  fed: { questionId: string; answeredAt: Date }[];
  // Mistakes left for a later day because today's cap is used up.
  waiting: number;
};

// What feeding these mistakes does today, given the learner's cards and what is left of the cap.
export function planQuizFeed(input: {
  mistakes: readonly QuizMistake[];
  teaching: ReadonlyMap<string, readonly TeachingFlashcard[]>;
  owned: readonly OwnedCard[];
  capLeft: number;
}): FeedPlan {
  const ownedByFlashcard = new Map(input.owned.map((c) => [c.flashcardId, c]));
  const chosen = new Set<string>();
  const plan: FeedPlan = { create: [], request: [], fed: [], waiting: 0 };
  let capLeft = Math.max(0, input.capLeft);
  const ordered = [...input.mistakes].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || (a.questionId < b.questionId ? -1 : 1));
  for (const [index, mistake] of ordered.entries()) {
    const bring = (input.teaching.get(mistake.questionId) ?? []).filter((f) => {
      if (chosen.has(f.id)) return false;
      const card = ownedByFlashcard.get(f.id);
      return !card || (card.state === "new" && !card.fromQuiz && !card.suspended);
    });
    if (bring.length > capLeft) {
      plan.waiting = ordered.length - index;
      break;
    }
    capLeft -= bring.length;
    for (const f of bring) {
      chosen.add(f.id);
      const card = ownedByFlashcard.get(f.id);
      if (card) plan.request.push({ cardId: card.id, requestedAt: mistake.answeredAt });
      else plan.create.push({ flashcardId: f.id, requestedAt: mistake.answeredAt });
    }
    plan.fed.push({ questionId: mistake.questionId, answeredAt: mistake.answeredAt });
  }
  return plan;
}

// The learner's daily cap on cards brought by quiz mistakes.
export function quizCardsCap(settings: { quizCardsPerDay: number | null; newPerDay: number }): number {
  return settings.quizCardsPerDay ?? settings.newPerDay;
}
