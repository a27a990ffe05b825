import "server-only";
import { newCardsToIntroduce, pickFlashcards } from "@/lib/domain/review/introduce";
import { buildQueue, type QueueCard, type QueueCounts, type QueueItem } from "@/lib/domain/review/queue";
import { scheduleParamsOf } from "@/lib/domain/review/history";
import { queueKindOf } from "@/lib/domain/review/result";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { nextStudyDayStart, studyDayStart, studyDayStartAfter } from "@/lib/domain/review/study-day";
import type { Workload } from "@/lib/domain/review/shaping";
import type { ScheduleParams } from "@/lib/schemas/review";
import { stateName, type CardRow } from "@/lib/server/data/cards";
import {
  countWaitingNewCards,
  findSection,
  getFlashcardContent,
  listLiveFlashcards,
  listOwnedFlashcardIds,
  listQueueCards,
  unseenCardRow,
} from "@/lib/server/data/cards";
import { getDueCounts } from "@/lib/server/data/due-counts";
import { countDoneSince } from "@/lib/server/data/review-logs";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { previewQuizFeed, type QuizFeedStatus } from "./feed";
import { datesFor, planTargetCards, reviewAheadCards } from "./target-queue";
import { listActiveTargets, type ActiveTarget } from "./targets";
import { toCardView, type ReviewCardView } from "./views";
import { workloadOf } from "./workload";

// The learner's review queue, shared by /review, GET /api/v1/review/queue and the dashboard. A read:
// the cards quiz mistakes bring and today's new cards are shown as their rows will be once written
// (by the first review, lib/server/data/cards.ts cardIdFor), then the pure buildQueue orders and
// limits what is due.

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
  // The learner's scheduler settings and learn-ahead limit: what the browser needs to grade the
  // cards itself (a custom-study queue's raised new-card limit does not change scheduling).
  params: ScheduleParams;
  learnAheadMinutes: number;
  // Load balancing and easy days with the learner's due counts per study day: the browser grades
  // with them and moves each graded card in them, as the server does with the batch.
  workload: Workload;
};

// `requested`: paced cards of study targets, shown beyond the new-card limit as quiz-requested ones are.
const toQueueCard = (row: CardRow, requested: ReadonlySet<string> = new Set()): QueueCard => ({
  id: row.id,
  state: stateName(row.state),
  due: row.due,
  suspended: row.suspended,
  buriedUntil: row.buriedUntil,
  position: row.position,
  fromQuiz: row.quizRequestedAt !== null || requested.has(row.id),
  stability: row.stability,
  lastReview: row.lastReview,
});

// The queue at `now`, at most `limit` cards; one section's cards only when `sectionId` is given
// (null when that section does not exist); with `targetId`, the "review ahead" session of one of the
// learner's study targets (null when it is not theirs).
export async function loadReviewQueue(
  userId: string,
  now: Date,
  options: { limit: number; sectionId?: string; aheadDays?: number; extraNew?: number; targetId?: string },
): Promise<QueueView | null> {
  const { sectionId, limit, aheadDays = 0, extraNew = 0, targetId } = options;
  const [{ settings: stored, deckSectionIds }, section] = await Promise.all([getReviewSettings(userId), sectionId ? findSection(sectionId) : null]);
  if (sectionId && !section) return null;
  const targets = await listActiveTargets(userId, stored, now);
  if (targetId !== undefined) {
    const target = targets.find((t) => t.id === targetId);
    return target ? loadReviewAhead(userId, target, targets, stored, now, limit) : null;
  }
  // Custom study "study a section beyond today's limit": today's new-card limit is raised for this queue.
  const settings = extraNew > 0 ? { ...stored, newPerDay: stored.newPerDay + extraNew } : stored;
  const feed = await previewQuizFeed(userId, settings, now);

  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const dayEnd = aheadDays > 0 ? studyDayStartAfter(now, 1 + aheadDays, settings.timeZone, settings.dayStartsAtHour) : nextStudyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const [doneToday, initialRows] = await Promise.all([countDoneSince(userId, dayStart), listQueueCards(userId, dayEnd, sectionId)]);
  const inView = (r: CardRow) => !sectionId || r.sectionId === sectionId;
  let rows = [...initialRows, ...feed.unseen.filter(inView)];

  // Introduce today's new cards in article order: from the section asked for, else from the deck.
  // The cards already waiting are counted over the whole deck, so a day's new cards are introduced
  // once whichever sections the learner visits.
  // Custom study's extra new cards are the section's own: new cards waiting in other sections
  // (a forgotten card, say) do not use them up.
  // They are shown from this computation, written by nobody: a card's row is written with its first
  // review, so the same cards are offered until they are answered (lib/server/data/cards.ts cardIdFor).
  const waitingNew = await countWaitingNewCards(userId, now, extraNew > 0 ? sectionId : undefined);
  const wanted = newCardsToIntroduce({ newPerDay: settings.newPerDay, newIntroducedToday: doneToday.newIntroduced, waitingNew });
  if (wanted > 0) {
    const [owned, candidates] = await Promise.all([listOwnedFlashcardIds(userId), listLiveFlashcards(sectionId ? [sectionId] : deckSectionIds)]);
    for (const row of feed.unseen) owned.add(row.flashcardId);
    rows = [...rows, ...pickFlashcards(candidates, owned, wanted, null).map((f) => unseenCardRow(userId, f, now))];
  }

  // Study targets pace their never-studied cards in on top of the day's limit.
  const plan = await planTargetCards(userId, targets, settings, now);
  const shown = new Set(rows.map((r) => r.id));
  rows = [...rows, ...plan.unseen.filter((r) => !shown.has(r.id) && inView(r))];
  const requested = new Set([...plan.requested, ...feed.requested]);
  const queueSettings = plan.answeredToday > 0 ? { ...settings, newPerDay: settings.newPerDay + plan.answeredToday } : settings;

  const queue = buildQueue({ cards: rows.map((r) => toQueueCard(r, requested)), doneToday, settings: queueSettings, now, limit, reviewAheadDays: aheadDays });
  const workload = await workloadFor(userId, settings, now);
  const items = await cardViews(queue.items, rows, targets, settings, now, workload);
  return { items, counts: queue.counts, nextLearningDue: queue.nextLearningDue, learningLater: queue.learningLater, dayEndsAt: queue.dayEndsAt, section, quizFeed: feed.status, ...scheduling(settings), workload };
}

const scheduling = (settings: ReviewSettings) => ({ params: scheduleParamsOf(settings), learnAheadMinutes: settings.learnAheadMinutes });

// The learner's workload shaping with today's due counts.
async function workloadFor(userId: string, settings: ReviewSettings, now: Date): Promise<Workload> {
  return { ...workloadOf(settings), dueCounts: await getDueCounts(userId, settings, now) };
}

// The reviewer's views of queue items (an item whose content no longer parses is left out).
async function cardViews(queueItems: readonly QueueItem[], rows: readonly CardRow[], targets: readonly ActiveTarget[], settings: ReviewSettings, now: Date, workload: Workload): Promise<ReviewCardView[]> {
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const contents = await getFlashcardContent(queueItems.flatMap((i) => rowById.get(i.cardId)?.flashcardId ?? []));
  return queueItems.flatMap((item) => {
    const row = rowById.get(item.cardId);
    const content = row ? contents.get(row.flashcardId) : undefined;
    const view = row && content ? toCardView(row, item.kind, content, settings, now, datesFor(targets, row.flashcardId), workload) : null;
    return view ? [view] : [];
  });
}

// "Review ahead" for a target: its cards below the target recall on its date, lowest first (see
// reviewAheadCards); answering them schedules them toward the date as any review does.
async function loadReviewAhead(userId: string, target: ActiveTarget, targets: readonly ActiveTarget[], settings: ReviewSettings, now: Date, limit: number): Promise<QueueView> {
  const rows = await reviewAheadCards(userId, target, settings, now, limit);
  const queueItems = rows.map((r) => ({ cardId: r.id, kind: queueKindOf(stateName(r.state)), due: r.due }));
  const workload = await workloadFor(userId, settings, now);
  const items = await cardViews(queueItems, rows, targets, settings, now, workload);
  const count = (kind: QueueItem["kind"]) => queueItems.filter((i) => i.kind === kind).length;
  return {
    items,
    counts: { new: count("new"), learning: count("learning"), review: count("review") },
    nextLearningDue: null,
    learningLater: 0,
    dayEndsAt: nextStudyDayStart(now, settings.timeZone, settings.dayStartsAtHour),
    section: null,
    quizFeed: { broughtToday: 0, cap: 0, waitingMistakes: 0 },
    ...scheduling(settings),
    workload,
  };
}
