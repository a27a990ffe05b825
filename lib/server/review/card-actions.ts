import "server-only";
import { cardFaces, frontText } from "@/lib/domain/review/card-view";
import { nextStudyDayStart } from "@/lib/domain/review/study-day";
import { flashcardSchema } from "@/lib/schemas/content";
import type { CardActionInput } from "@/lib/schemas/review";
import { getFlashcardContent, listSuspendedCards, updateCardFlags, type GuardedWrite } from "@/lib/server/data/cards";
import { getReviewSettings } from "@/lib/server/data/review-settings";

// Suspending, burying and unsuspending a card: each bumps the card's version, so a tab still showing
// it cannot grade it afterwards.

// Takes the card out of review until the learner unsuspends it.
export async function suspendCard(userId: string, input: CardActionInput): Promise<GuardedWrite> {
  return updateCardFlags(userId, input.cardId, input.expectedVersion, { suspended: true });
}

// Puts a suspended card (a leech, say) back into review; it keeps its leech tag as history.
export async function unsuspendCard(userId: string, input: CardActionInput): Promise<GuardedWrite> {
  return updateCardFlags(userId, input.cardId, input.expectedVersion, { suspended: false });
}

// Hides the card until the learner's next study day starts (4 a.m. local by default).
export async function buryCard(userId: string, input: CardActionInput, now: Date): Promise<GuardedWrite> {
  const { settings } = await getReviewSettings(userId);
  return updateCardFlags(userId, input.cardId, input.expectedVersion, { buriedUntil: nextStudyDayStart(now, settings.timeZone, settings.dayStartsAtHour) });
}

export type SuspendedCardView = { cardId: string; version: number; front: string; sectionTitle: string; leech: boolean; lapses: number };

// The learner's suspended cards with a readable front, for the settings page.
export async function listSuspended(userId: string): Promise<SuspendedCardView[]> {
  const cards = await listSuspendedCards(userId);
  const contents = await getFlashcardContent(cards.map((c) => c.flashcardId));
  return cards.map((c) => {
    const content = contents.get(c.flashcardId);
    let front = c.flashcardId;
    try {
      const parsed = content ? flashcardSchema.safeParse(JSON.parse(content.data)) : null;
      if (parsed?.success) front = frontText(cardFaces(parsed.data));
    } catch {
      // Unreadable content: the id still names the card.
    }
    return { cardId: c.id, version: c.version, front, sectionTitle: content?.sectionTitle ?? c.sectionId, leech: c.leech, lapses: c.lapses };
  });
}
