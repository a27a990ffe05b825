import "server-only";
import { rescheduleCard, type HistoryEntry } from "@/lib/domain/review/reschedule";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { listReviewStateCards, toCardState } from "@/lib/server/data/cards";
import { listReviewHistory } from "@/lib/server/data/review-logs";
import type { RescheduledCard } from "@/lib/server/data/review-settings";

// "Reschedule cards on change" (rule: lib/domain/review/reschedule.ts): what new settings do to the
// learner's review cards. The caller writes the result together with the settings.

// The review cards whose memory state or due date the new settings change, with their new state.
export async function planReschedule(userId: string, next: ReviewSettings): Promise<RescheduledCard[]> {
  const [rows, history] = await Promise.all([listReviewStateCards(userId), listReviewHistory(userId)]);
  const byCard = new Map<string, HistoryEntry[]>();
  for (const h of history) {
    const list = byCard.get(h.cardId);
    if (list) list.push(h);
    else byCard.set(h.cardId, [h]);
  }
  return rows.flatMap((row) => {
    const card = rescheduleCard(next, toCardState(row), byCard.get(row.id) ?? [], row.id);
    return card ? [{ row, card }] : [];
  });
}
