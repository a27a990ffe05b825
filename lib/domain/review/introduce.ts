// Flashcards become a learner's cards when first introduced, in article order, only as many as the
// day's new-card allowance can show: the rest of the deck stays as plain Flashcard rows, so a learner
// who never reviews holds no card rows and changing the deck later loses nothing.

export type FlashcardRef = { id: string; sectionId: string; position: number };

// How many cards to introduce so that today's allowance of new cards can be shown.
export function newCardsToIntroduce(input: { newPerDay: number; newIntroducedToday: number; waitingNew: number }): number {
  return Math.max(0, input.newPerDay - Math.max(0, input.newIntroducedToday) - Math.max(0, input.waitingNew));
}

// The next `count` flashcards in article order that the learner does not hold yet, from the given
// sections (null: the whole article).
export function pickFlashcards(
  flashcards: readonly FlashcardRef[],
  owned: ReadonlySet<string>,
  count: number,
  sectionIds: readonly string[] | null,
): FlashcardRef[] {
  if (count <= 0) return [];
  const allowed = sectionIds ? new Set(sectionIds) : null;
  return flashcards
    .filter((f) => !owned.has(f.id) && (!allowed || allowed.has(f.sectionId)))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
}
