import "server-only";
import { flashcardsTeaching, planQuizFeed, quizCardsCap, type FeedPlan, type QuizMistake, type TeachingFlashcard } from "@/lib/domain/review/feed";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { studyDayStart } from "@/lib/domain/review/study-day";
import { logQuizFeed } from "@/lib/server/data/card-history";
import { countQuizCardsSince, createCards, listPendingMistakes, listSectionCards, listTeachingMaterial, saveQuizFeed, unseenCardRow, type CardRow } from "@/lib/server/data/cards";
import { getReviewSettings } from "@/lib/server/data/review-settings";

// Quiz mistakes feed memory (the rule: lib/domain/review/feed.ts). The feed is written when results
// are: a checked answer, a finished attempt, and the first review of a card the queue showed (which
// writes what a later day or a released assignment made due). The queue only reads it: it shows what writing the feed now would
// bring, under the same card ids. When no wrong answer is pending either costs one indexed read.

export type QuizFeedStatus = {
  // Cards quiz mistakes brought in today, and the learner's daily cap on them.
  broughtToday: number;
  cap: number;
  // Mistakes waiting for a later day because today's cap is used up.
  waitingMistakes: number;
};

type Flashcard = { id: string; sectionId: string; position: number };
type Planned = { status: QuizFeedStatus; plan: FeedPlan | null; flashcards: Map<string, Flashcard>; sectionIds: string[] };

// What feeding the learner's pending mistakes would do now.
async function planFeed(userId: string, settings: ReviewSettings, now: Date, pending?: QuizMistake[]): Promise<Planned> {
  const cap = quizCardsCap(settings);
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const [mistakes, broughtBefore] = await Promise.all([pending ?? listPendingMistakes(userId, now), countQuizCardsSince(userId, dayStart)]);
  if (mistakes.length === 0) return { status: { broughtToday: broughtBefore, cap, waitingMistakes: 0 }, plan: null, flashcards: new Map(), sectionIds: [] };

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
  const status = { broughtToday: broughtBefore + plan.create.length + plan.request.length, cap, waitingMistakes: plan.waiting };
  return { status, plan, flashcards: new Map(material.flashcards.map((f) => [f.id, f])), sectionIds };
}

// The quiz feed as the queue shows it, writing nothing: the cards feeding would create (as their rows
// will be) and the waiting new cards it would mark as asked for by a mistake.
export async function previewQuizFeed(userId: string, settings: ReviewSettings, now: Date): Promise<{ status: QuizFeedStatus; unseen: CardRow[]; requested: Set<string> }> {
  const { status, plan, flashcards } = await planFeed(userId, settings, now);
  if (!plan) return { status, unseen: [], requested: new Set() };
  const unseen = plan.create.flatMap((c) => {
    const f = flashcards.get(c.flashcardId);
    return f ? [{ ...unseenCardRow(userId, f, now), quizRequestedAt: c.requestedAt }] : [];
  });
  return { status, unseen, requested: new Set(plan.request.map((r) => r.cardId)) };
}

// Brings the flashcards that teach the learner's pending quiz mistakes into review; idempotent, and
// one indexed read when no wrong answer is pending.
export async function writeQuizFeed(userId: string, now: Date, settings?: ReviewSettings): Promise<void> {
  const pending = await listPendingMistakes(userId, now);
  if (pending.length === 0) return;
  const params = settings ?? (await getReviewSettings(userId)).settings;
  const { plan, flashcards, sectionIds } = await planFeed(userId, params, now, pending);
  if (!plan) return;
  await createCards(
    userId,
    plan.create.flatMap((c) => {
      const f = flashcards.get(c.flashcardId);
      return f ? [{ flashcardId: f.id, sectionId: f.sectionId, position: f.position, due: now, introducedAt: now, quizRequestedAt: c.requestedAt }] : [];
    }),
  );
  await saveQuizFeed(userId, plan, now);
  // A "manual" entry per card brought in (Anki's revlog kind), so the card's log tells why it came.
  const created = await listSectionCards(userId, sectionIds);
  const createdIds = new Set(plan.create.map((c) => c.flashcardId));
  const broughtIn = [...plan.request.map((r) => r.cardId), ...created.filter((c) => createdIds.has(c.flashcardId) && c.quizRequestedAt !== null).map((c) => c.id)];
  await logQuizFeed(userId, [...new Set(broughtIn)], params, now);
}

// For the review paths: before a first review writes the row of a card the queue showed, the feed is
// written, so a card a quiz mistake brings (a later day's, or a released assignment's) keeps its reason.
export const feedFirst = (userId: string, settings: ReviewSettings, now: Date) => () => writeQuizFeed(userId, now, settings);
