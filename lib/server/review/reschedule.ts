import "server-only";
import type { HistoryEntry } from "@/lib/domain/review/reschedule";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { rescheduleTowardTargets } from "@/lib/domain/review/targets";
import { listReviewStateCards, toCardState } from "@/lib/server/data/cards";
import { listReviewHistory } from "@/lib/server/data/review-logs";
import type { RescheduledCard } from "@/lib/server/data/review-settings";
import { datesFor } from "./target-queue";
import { listActiveTargets } from "./targets";

// "Reschedule cards on change" (rule: lib/domain/review/reschedule.ts): what new settings do to the
// learner's review cards. The caller writes the result together with the settings. A card of a study
// target keeps its cap toward the date, as grading does (lib/domain/review/targets.ts).

// The review cards whose memory state or due date the new settings change, with their new state.
export async function planReschedule(userId: string, next: ReviewSettings, now: Date): Promise<RescheduledCard[]> {
  const [rows, history, targets] = await Promise.all([listReviewStateCards(userId), listReviewHistory(userId), listActiveTargets(userId, next, now)]);
  const byCard = new Map<string, HistoryEntry[]>();
  for (const h of history) {
    const list = byCard.get(h.cardId);
    if (list) list.push(h);
    else byCard.set(h.cardId, [h]);
  }
  return rows.flatMap((row) => {
    const moved = rescheduleTowardTargets(next, toCardState(row), byCard.get(row.id) ?? [], row.id, datesFor(targets, row.flashcardId));
    return moved ? [{ row, card: moved.card, maximumInterval: moved.maximumInterval }] : [];
  });
}
