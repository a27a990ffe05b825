import "server-only";
import { flashcardsTeaching, planQuizFeed, quizCardsCap, type TeachingFlashcard } from "@/lib/domain/review/feed";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { studyDayStart } from "@/lib/domain/review/study-day";
import { logQuizFeed } from "@/lib/server/data/card-history";
import { countQuizCardsSince, createCards, listPendingMistakes, listSectionCards, listTeachingMaterial, saveQuizFeed } from "@/lib/server/data/cards";

// Quiz mistakes feed memory (the rule: lib/domain/review/feed.ts). Called before the queue is
// built; when no wrong answer is pending it costs one indexed read.

export type QuizFeedStatus = {
  // Cards quiz mistakes brought in today, and the learner's daily cap on them.
  broughtToday: number;
  cap: number;
  // Mistakes waiting for a later day because today's cap is used up.
  waitingMistakes: number;
};

// Brings the flashcards that teach the learner's new quiz mistakes into the queue; idempotent.
export async function feedQuizMistakes(userId: string, settings: ReviewSettings, now: Date): Promise<QuizFeedStatus> {
  const cap = quizCardsCap(settings);
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const [mistakes, broughtBefore] = await Promise.all([listPendingMistakes(userId), countQuizCardsSince(userId, dayStart)]);
  if (mistakes.length === 0) return { broughtToday: broughtBefore, cap, waitingMistakes: 0 };

  const sectionIds = [...new Set(mistakes.map((m) => m.sectionId))];
  const [material, owned] = await Promise.all([listTeachingMaterial(sectionIds), listSectionCards(userId, sectionIds)]);
  const teaching = new Map<string, TeachingFlashcard[]>();
  for (const m of mistakes) teaching.set(m.questionId, flashcardsTeaching(m, material.bodies.get(m.sectionId) ?? "", material.flashcards));
  const plan = planQuizFeed({
    mistakes,
    teaching,
    owned: owned.map((c) => ({ id: c.id, flashcardId: c.flashcardId, state: c.state, suspended: c.suspended, fromQuiz: c.quizRequestedAt !== null })),
    capLeft: cap - broughtBefore,
  });

  const flashcardById = new Map(material.flashcards.map((f) => [f.id, f]));
  await createCards(
    userId,
    plan.create.flatMap((c) => {
      const f = flashcardById.get(c.flashcardId);
      return f ? [{ flashcardId: f.id, sectionId: f.sectionId, position: f.position, due: now, introducedAt: now, quizRequestedAt: c.requestedAt }] : [];
    }),
  );
  await saveQuizFeed(userId, plan, now);
  // A "manual" entry per card brought in (Anki's revlog kind), so the card's log tells why it came.
  const created = await listSectionCards(userId, sectionIds);
  const createdIds = new Set(plan.create.map((c) => c.flashcardId));
  const broughtIn = [...plan.request.map((r) => r.cardId), ...created.filter((c) => createdIds.has(c.flashcardId) && c.quizRequestedAt !== null).map((c) => c.id)];
  await logQuizFeed(userId, [...new Set(broughtIn)], settings, now);
  return { broughtToday: broughtBefore + plan.create.length + plan.request.length, cap, waitingMistakes: plan.waiting };
}
