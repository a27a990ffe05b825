import "server-only";
import { newCardsToIntroduce, pickFlashcards } from "@/lib/domain/review/introduce";
import { buildQueue, type QueueCard, type QueueCounts } from "@/lib/domain/review/queue";
import { nextStudyDayStart, studyDayStart, studyDayStartAfter } from "@/lib/domain/review/study-day";
import { stateName, type CardRow } from "@/lib/server/data/cards";
import {
  countWaitingNewCards,
  createCards,
  findSection,
  getFlashcardContent,
  listLiveFlashcards,
  listOwnedFlashcardIds,
  listQueueCards,
} from "@/lib/server/data/cards";
import { countDoneSince } from "@/lib/server/data/review-logs";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { feedQuizMistakes, type QuizFeedStatus } from "./feed";
import { toCardView, type ReviewCardView } from "./views";

// The learner's review queue, shared by /review and GET /api/v1/review/queue: quiz mistakes are fed
// in, today's new cards introduced, then the pure buildQueue orders and limits what is due.

export type QueueView = {
  items: ReviewCardView[];
  // Left today: new / learning / review.
  counts: QueueCounts;
  // A learning step due later today, when nothing is due right now.
  nextLearningDue: Date | null;
  // Learning cards due later today, beyond the learn-ahead limit.
  learningLater: number;
  dayEndsAt: Date;
  section: { id: string; title: string } | null;
  // Cards quiz mistakes brought in today against their daily cap (the review screen says so).
  quizFeed: QuizFeedStatus;
};

const toQueueCard = (row: CardRow): QueueCard => ({
  id: row.id,
  state: stateName(row.state),
  due: row.due,
  suspended: row.suspended,
  buriedUntil: row.buriedUntil,
  position: row.position,
  fromQuiz: row.quizRequestedAt !== null,
  stability: row.stability,
  lastReview: row.lastReview,
});

// The queue at `now`, at most `limit` cards; one section's cards only when `sectionId` is given
// (null when that section does not exist).
export async function loadReviewQueue(
  userId: string,
  now: Date,
  options: { limit: number; sectionId?: string; aheadDays?: number; extraNew?: number },
): Promise<QueueView | null> {
  const { sectionId, limit, aheadDays = 0, extraNew = 0 } = options;
  const [{ settings: stored, deckSectionIds }, section] = await Promise.all([getReviewSettings(userId), sectionId ? findSection(sectionId) : null]);
  if (sectionId && !section) return null;
  // Custom study "study a section beyond today's limit": today's new-card limit is raised for this queue.
  const settings = extraNew > 0 ? { ...stored, newPerDay: stored.newPerDay + extraNew } : stored;
  const quizFeed = await feedQuizMistakes(userId, settings, now);

  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const dayEnd = aheadDays > 0 ? studyDayStartAfter(now, 1 + aheadDays, settings.timeZone, settings.dayStartsAtHour) : nextStudyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const [doneToday, initialRows] = await Promise.all([countDoneSince(userId, dayStart), listQueueCards(userId, dayEnd, sectionId)]);
  let rows = initialRows;

  // Introduce today's new cards in article order: from the section asked for, else from the deck.
  // The cards already waiting are counted over the whole deck, so a day's new cards are introduced
  // once whichever sections the learner visits.
  // Custom study's extra new cards are the section's own: new cards waiting in other sections
  // (a forgotten card, say) do not use them up.
  const waitingNew = await countWaitingNewCards(userId, now, extraNew > 0 ? sectionId : undefined);
  const wanted = newCardsToIntroduce({ newPerDay: settings.newPerDay, newIntroducedToday: doneToday.newIntroduced, waitingNew });
  if (wanted > 0) {
    const [owned, candidates] = await Promise.all([listOwnedFlashcardIds(userId), listLiveFlashcards(sectionId ? [sectionId] : deckSectionIds)]);
    const picked = pickFlashcards(candidates, owned, wanted, null);
    if (picked.length > 0) {
      await createCards(
        userId,
        picked.map((f) => ({ flashcardId: f.id, sectionId: f.sectionId, position: f.position, due: now, introducedAt: now, quizRequestedAt: null })),
      );
      rows = await listQueueCards(userId, dayEnd, sectionId);
    }
  }

  const queue = buildQueue({ cards: rows.map(toQueueCard), doneToday, settings, now, limit, reviewAheadDays: aheadDays });
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const contents = await getFlashcardContent(queue.items.flatMap((i) => rowById.get(i.cardId)?.flashcardId ?? []));
  const items = queue.items.flatMap((item) => {
    const row = rowById.get(item.cardId);
    const content = row ? contents.get(row.flashcardId) : undefined;
    const view = row && content ? toCardView(row, item.kind, content, settings, now) : null;
    return view ? [view] : [];
  });
  return { items, counts: queue.counts, nextLearningDue: queue.nextLearningDue, learningLater: queue.learningLater, dayEndsAt: queue.dayEndsAt, section, quizFeed };
}
