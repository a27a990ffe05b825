import "server-only";
import { feedIntroductionCount, sectionsToFeed } from "@/lib/domain/review/feed";
import { pickFlashcards } from "@/lib/domain/review/introduce";
import {
  createCards,
  listLiveFlashcards,
  listSectionCards,
  listSectionMistakes,
  listSectionTouches,
  requestCards,
  type NewCard,
} from "@/lib/server/data/cards";

// Quiz mistakes feed memory (rule and marker: lib/domain/review/feed.ts). Called before the queue
// is built; when nothing new was answered wrong it costs one grouped, indexed read.

// Brings the flashcards of sections with new quiz mistakes into the learner's queue; idempotent.
export async function feedQuizMistakes(userId: string, now: Date): Promise<{ fedSections: string[] }> {
  const mistakes = await listSectionMistakes(userId);
  if (mistakes.length === 0) return { fedSections: [] };
  const toFeed = sectionsToFeed(mistakes, await listSectionTouches(userId, mistakes.map((m) => m.sectionId)));
  if (toFeed.length === 0) return { fedSections: [] };
  const sectionIds = toFeed.map((m) => m.sectionId);
  const [cards, flashcards] = await Promise.all([listSectionCards(userId, sectionIds), listLiveFlashcards(sectionIds)]);
  const owned = new Set(cards.map((c) => c.flashcardId));
  const positionOf = new Map(flashcards.map((f) => [f.id, f.position]));

  const created: NewCard[] = [];
  const requested: { id: string; requestedAt: Date }[] = [];
  const reviewCardIds: string[] = [];
  for (const mistake of toFeed) {
    const requestedAt = mistake.lastWrongAt;
    const mine = cards.filter((c) => c.sectionId === mistake.sectionId && !c.suspended);
    // Waiting new cards come first (up to the per-mistake number), then cards not yet introduced.
    const waiting = mine.filter((c) => c.state === "new").sort((a, b) => (positionOf.get(a.flashcardId) ?? 0) - (positionOf.get(b.flashcardId) ?? 0));
    for (const card of waiting.slice(0, feedIntroductionCount(0))) requested.push({ id: card.id, requestedAt });
    const fresh = pickFlashcards(flashcards, owned, feedIntroductionCount(waiting.length), [mistake.sectionId]);
    for (const f of fresh) created.push({ flashcardId: f.id, sectionId: f.sectionId, position: f.position, due: now, introducedAt: now, quizRequestedAt: requestedAt });
    for (const card of mine) if (card.state === "review" && card.due.getTime() > now.getTime()) reviewCardIds.push(card.id);
  }
  await createCards(userId, created);
  await requestCards(userId, { newCards: requested, reviewCardIds }, now);
  return { fedSections: sectionIds };
}
