import { flashcardsTeaching, type TeachingFlashcard } from "./feed";

// The material of an assignment's target: the flashcards that teach what its questions ask. A fixed
// question brings the flashcards whose quotes overlap its own quote in the section's text (else the
// nearest ones: the same rule that feeds quiz mistakes to review, lib/domain/review/feed.ts); a
// "N random from section X" rule may draw any question of X, so all of X's flashcards count.

export type SetQuestion = { id: string; sectionId: string | null; quote: string | null };

// The flashcard ids of the material, in article order.
export function targetMaterial(input: {
  questions: readonly SetQuestion[];
  randomSectionIds: readonly string[];
  bodies: ReadonlyMap<string, string>;
  flashcards: readonly TeachingFlashcard[];
}): string[] {
  const chosen = new Set<string>();
  const randomSections = new Set(input.randomSectionIds);
  for (const f of input.flashcards) if (randomSections.has(f.sectionId)) chosen.add(f.id);
  for (const q of input.questions) {
    if (!q.sectionId || randomSections.has(q.sectionId)) continue;
    const mistake = { questionId: q.id, sectionId: q.sectionId, answeredAt: new Date(0), quote: q.quote };
    for (const f of flashcardsTeaching(mistake, input.bodies.get(q.sectionId) ?? "", input.flashcards)) chosen.add(f.id);
  }
  return input.flashcards
    .filter((f) => chosen.has(f.id))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
    .map((f) => f.id);
}
