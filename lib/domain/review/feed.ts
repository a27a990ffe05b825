// Quiz mistakes feed memory: a question answered wrong brings its section's flashcards into the
// learner's review queue, so quizzes and flashcards share one memory model (issue 5, item 5).
//
// The rule, applied each time the queue is loaded (so it needs no job runner and no extra table):
// a section is fed when its latest wrong answer came after the learner last touched the section's
// cards, i.e. after the latest introduction or review of any of them. Feeding introduces up to
// QUIZ_FEED_NEW_CARDS not-yet-introduced cards (topping up to that many waiting new cards) and makes
// the section's review cards due now. Feeding stamps introducedAt = now on the cards it brings in or
// asks for, so the same mistake never feeds twice: that stamp is the idempotency marker.
//
// A new card asked for by a quiz carries the mistake's time in `quizRequestedAt`: the queue shows
// such cards beyond the daily new-card limit, before the other new cards.

export const QUIZ_FEED_NEW_CARDS = 5;

export type SectionMistake = { sectionId: string; lastWrongAt: Date };
export type SectionTouch = { sectionId: string; lastIntroducedAt: Date | null; lastReviewedAt: Date | null };

// The sections with a wrong answer newer than anything the learner did with the section's cards.
export function sectionsToFeed(mistakes: readonly SectionMistake[], touches: readonly SectionTouch[]): SectionMistake[] {
  const touchedAt = new Map<string, number>();
  for (const t of touches) {
    const latest = Math.max(t.lastIntroducedAt?.getTime() ?? -Infinity, t.lastReviewedAt?.getTime() ?? -Infinity);
    touchedAt.set(t.sectionId, Math.max(latest, touchedAt.get(t.sectionId) ?? -Infinity));
  }
  return mistakes.filter((m) => m.lastWrongAt.getTime() > (touchedAt.get(m.sectionId) ?? -Infinity));
}

// How many new cards to introduce for a fed section that already has `waitingNew` unstudied ones.
export function feedIntroductionCount(waitingNew: number): number {
  return Math.max(0, QUIZ_FEED_NEW_CARDS - waitingNew);
}
