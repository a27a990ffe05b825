import "server-only";
import { studyDayStart } from "@/lib/domain/review/study-day";
import { paceUnseenCards, targetCardsDueToday } from "@/lib/domain/review/target-pacing";
import { reviewAheadOrder, studyDaysUntil, type TargetDate } from "@/lib/domain/review/targets";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { createCards, listLiveFlashcards, stateName } from "@/lib/server/data/cards";
import { getTargetCardsPerDay, listTargetCards } from "@/lib/server/data/study-targets";
import type { ActiveTarget } from "./targets";

// The queue's side of study for a date: pacing targets' never-studied cards in, and the "review
// ahead" session of one target.

export type TargetPlan = {
  // New cards of targets to show today beyond the new-card limit (as quiz-requested cards are).
  requested: Set<string>;
  // Target cards first answered today: added back to today's new-card limit, so paced cards come on
  // top of it rather than in its place.
  answeredToday: number;
  // Whether cards were created just now (the caller reloads its rows).
  created: boolean;
};

const NO_PLAN: TargetPlan = { requested: new Set(), answeredToday: 0, created: false };

// Introduces today's paced cards of the learner's targets (idempotent through the day) and says
// which new cards the queue shows beyond the limit. A card counts as first answered today when it was
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
  const missing = [...wanted].filter((id) => !byFlashcard.has(id));
  if (missing.length > 0) {
    const sections = [...new Set(targets.flatMap((t) => t.sectionIds))];
    const flashcards = (await listLiveFlashcards(sections)).filter((f) => missing.includes(f.id));
    await createCards(userId, flashcards.map((f) => ({ flashcardId: f.id, sectionId: f.sectionId, position: f.position, due: now, introducedAt: now, quizRequestedAt: null })));
  }
  const cards = missing.length > 0 ? await listTargetCards([userId], [...wanted]) : held.filter((c) => wanted.has(c.flashcardId));
  return { requested: new Set(cards.filter((c) => wanted.has(c.flashcardId)).map((c) => c.id)), answeredToday: answered.size, created: missing.length > 0 };
}

// "Review ahead": the target's cards below its recall on the date, lowest first, at most `limit`.
// Never-studied cards of the material come in (created now, in article order) when the studied ones
// leave room: the learner asked to study for the date now.
export async function reviewAheadCards(userId: string, target: ActiveTarget, settings: ReviewSettings, now: Date, limit: number): Promise<string[]> {
  const held = await listTargetCards([userId], target.flashcardIds);
  const heldIds = new Set(held.map((c) => c.flashcardId));
  const room = limit - held.filter((c) => c.state === "new").length;
  const missing = target.flashcardIds.filter((id) => !heldIds.has(id)).slice(0, Math.max(0, room));
  if (missing.length > 0) {
    const flashcards = (await listLiveFlashcards(target.sectionIds)).filter((f) => missing.includes(f.id));
    await createCards(userId, flashcards.map((f) => ({ flashcardId: f.id, sectionId: f.sectionId, position: f.position, due: now, introducedAt: now, quizRequestedAt: null })));
  }
  const cards = (missing.length > 0 ? await listTargetCards([userId], target.flashcardIds) : held).filter((c) => !c.suspended);
  const ordered = reviewAheadOrder(
    cards.map((c) => ({ id: c.id, state: stateName(c.state), stability: c.stability, difficulty: c.difficulty, lastReview: c.lastReview })),
    target,
    settings.weights,
    settings,
  );
  return ordered.slice(0, Math.max(0, limit)).map((c) => c.id);
}

// The dates a card is held to, from the learner's targets.
export function datesFor(targets: readonly ActiveTarget[], flashcardId: string): TargetDate[] {
  return targets.filter((t) => t.flashcardIds.includes(flashcardId)).map((t) => ({ date: t.date, targetRecall: t.targetRecall }));
}
