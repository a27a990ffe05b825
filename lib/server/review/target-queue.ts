import "server-only";
import { studyDayStart } from "@/lib/domain/review/study-day";
import { paceUnseenCards, targetCardsDueToday } from "@/lib/domain/review/target-pacing";
import { reviewAheadOrder, studyDaysUntil, type TargetDate } from "@/lib/domain/review/targets";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { listLiveFlashcards, stateName, unseenCardRow, type CardRow } from "@/lib/server/data/cards";
import { getTargetCardsPerDay, listHeldCards, listTargetCards } from "@/lib/server/data/study-targets";
import type { ActiveTarget } from "./targets";

// The queue's side of study for a date: pacing targets' never-studied cards in, and the "review
// ahead" session of one target.

export type TargetPlan = {
  // New cards of targets to show today beyond the new-card limit (as quiz-requested cards are).
  requested: Set<string>;
  // Target cards first answered today: added back to today's new-card limit, so paced cards come on
  // top of it rather than in its place.
  answeredToday: number;
  // Paced cards the learner holds no row of yet, to show as they will be when first reviewed.
  unseen: CardRow[];
};

const NO_PLAN: TargetPlan = { requested: new Set(), answeredToday: 0, unseen: [] };

// Today's paced cards of the learner's targets (the same all day; nothing is written) and which new
// cards the queue shows beyond the limit. A card counts as first answered today when it was
// introduced today and is no longer new (close enough: cards are introduced on the day they are shown).
export async function planTargetCards(userId: string, targets: readonly ActiveTarget[], settings: ReviewSettings, now: Date): Promise<TargetPlan> {
  if (targets.length === 0) return NO_PLAN;
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartsAtHour).getTime();
  const material = [...new Set(targets.flatMap((t) => t.flashcardIds))];
  const [cap, held] = await Promise.all([getTargetCardsPerDay(userId), listTargetCards([userId], material)]);
  const byFlashcard = new Map(held.map((c) => [c.flashcardId, c]));
  const answered = new Set(held.filter((c) => c.state !== "new" && c.introducedAt.getTime() >= dayStart).map((c) => c.flashcardId));
  const wanted = new Set<string>();
  for (const target of targets) {
    const studied = target.flashcardIds.filter((id) => { const c = byFlashcard.get(id); return c !== undefined && c.state !== "new"; }).length;
    const answeredToday = target.flashcardIds.filter((id) => answered.has(id)).length;
    const pacing = paceUnseenCards({ unseen: target.flashcardIds.length - studied + answeredToday, daysUntil: studyDaysUntil(target.date, now, settings), cap });
    let show = targetCardsDueToday(pacing, cap, answeredToday);
    for (const id of target.flashcardIds) {
      if (show <= 0) break;
      const card = byFlashcard.get(id);
      if (card && (card.state !== "new" || card.suspended)) continue;
      if (!wanted.has(id)) wanted.add(id);
      show--;
    }
  }
  const unseen = await unseenRows(userId, targets, [...wanted].filter((id) => !byFlashcard.has(id)), now);
  const heldIds = held.filter((c) => wanted.has(c.flashcardId)).map((c) => c.id);
  return { requested: new Set([...heldIds, ...unseen.map((r) => r.id)]), answeredToday: answered.size, unseen };
}

// The rows these never-held flashcards of the targets will have once first reviewed, in article order.
async function unseenRows(userId: string, targets: readonly ActiveTarget[], flashcardIds: readonly string[], now: Date): Promise<CardRow[]> {
  if (flashcardIds.length === 0) return [];
  const sections = [...new Set(targets.flatMap((t) => t.sectionIds))];
  const missing = new Set(flashcardIds);
  return (await listLiveFlashcards(sections)).filter((f) => missing.has(f.id)).map((f) => unseenCardRow(userId, f, now));
}

// "Review ahead": the target's cards below its recall on the date, lowest first, at most `limit`.
// Never-studied cards of the material come in (in article order, shown as they will be when first
// reviewed) when the studied ones leave room: the learner asked to study for the date now.
export async function reviewAheadCards(userId: string, target: ActiveTarget, settings: ReviewSettings, now: Date, limit: number): Promise<CardRow[]> {
  const held = await listHeldCards(userId, target.flashcardIds);
  const heldIds = new Set(held.map((c) => c.flashcardId));
  const room = limit - held.filter((c) => c.state === "new").length;
  const missing = target.flashcardIds.filter((id) => !heldIds.has(id)).slice(0, Math.max(0, room));
  const cards = [...held, ...(await unseenRows(userId, [target], missing, now))].filter((c) => !c.suspended);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const ordered = reviewAheadOrder(
    cards.map((c) => ({ id: c.id, state: stateName(c.state), stability: c.stability, difficulty: c.difficulty, lastReview: c.lastReview })),
    target,
    settings.weights,
    settings,
  );
  return ordered.slice(0, Math.max(0, limit)).map((c) => byId.get(c.id)!);
}

// The dates a card is held to, from the learner's targets.
export function datesFor(targets: readonly ActiveTarget[], flashcardId: string): TargetDate[] {
  return targets.filter((t) => t.flashcardIds.includes(flashcardId)).map((t) => ({ date: t.date, targetRecall: t.targetRecall }));
}
