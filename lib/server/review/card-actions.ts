import "server-only";
import { cardFaces, frontText } from "@/lib/domain/review/card-view";
import { applyManual } from "@/lib/domain/review/history";
import type { CardActionInput, ManualAction, SetDueDateInput } from "@/lib/schemas/review";
import { getFlashcardContent, listSuspendedCards, type GuardedWrite } from "@/lib/server/data/cards";
import { saveManualChange } from "@/lib/server/data/card-history";
import { getReviewSettings } from "@/lib/server/data/review-settings";

// A learner's operations on one card (suspend, unsuspend, bury, forget, set due date): each is
// written with a "manual" log entry (Anki's revlog kind) and bumps the card's version, so a tab
// still showing the card cannot grade it afterwards.

async function manual(userId: string, input: CardActionInput, action: ManualAction, now: Date): Promise<GuardedWrite> {
  const { settings } = await getReviewSettings(userId);
  return saveManualChange(userId, input.cardId, input.expectedVersion, action, settings, now, (before) => applyManual(settings, before, action, now));
}

// Takes the card out of review until the learner unsuspends it.
export async function suspendCard(userId: string, input: CardActionInput, now: Date): Promise<GuardedWrite> {
  return manual(userId, input, { type: "suspend" }, now);
}

// Puts a suspended card (a leech, say) back into review; it keeps its leech tag as history.
export async function unsuspendCard(userId: string, input: CardActionInput, now: Date): Promise<GuardedWrite> {
  return manual(userId, input, { type: "unsuspend" }, now);
}

// Hides the card until the learner's next study day starts (4 a.m. local by default).
export async function buryCard(userId: string, input: CardActionInput, now: Date): Promise<GuardedWrite> {
  return manual(userId, input, { type: "bury" }, now);
}

// Anki's Forget: the card starts over as a new card, due now.
export async function forgetCard(userId: string, input: CardActionInput & { resetCounts: boolean }, now: Date): Promise<GuardedWrite> {
  return manual(userId, input, { type: "forget", resetCounts: input.resetCounts }, now);
}

// Anki's Set due date: the card is due when the study day `days` from today starts (0: now).
export async function setCardDueDate(userId: string, input: SetDueDateInput, now: Date): Promise<GuardedWrite> {
  return manual(userId, input, { type: "set-due", days: input.days }, now);
}

export type SuspendedCardView = { cardId: string; version: number; front: string; sectionTitle: string; leech: boolean; lapses: number };

// The learner's suspended cards with a readable front, for the settings page.
export async function listSuspended(userId: string): Promise<SuspendedCardView[]> {
  const cards = await listSuspendedCards(userId);
  const contents = await getFlashcardContent(cards.map((c) => c.flashcardId));
  return cards.map((c) => {
    const content = contents.get(c.flashcardId);
    // Unreadable content: the id still names the card.
    const authored = content?.flashcard;
    const front = authored ? frontText(cardFaces(authored)) : c.flashcardId;
    return { cardId: c.id, version: c.version, front, sectionTitle: content?.sectionTitle ?? c.sectionId, leech: c.leech, lapses: c.lapses };
  });
}
