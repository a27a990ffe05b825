import type { CardStateName } from "./card-state";
import type { ReviewSettings } from "./settings";
import { nextStudyDayStart } from "./study-day";

// Builds what a learner studies now under the daily limits, following Anki's v3 scheduler:
// - (re)learning cards are shown as soon as they are due and are never capped: their steps are
//   minutes apart and skipping one would break the step the learner is on;
// - learn ahead (Anki's learn-ahead limit, 20 minutes by default): when nothing else is left, a
//   learning card due within the limit is shown now rather than leaving the learner idle; the
//   learning count holds the cards due within the limit, as Anki's does;
// - review cards due before the study day ends, oldest first, capped by maxReviewsPerDay;
// - new cards in article order, capped by newPerDay and by what is left of the review limit
//   (Anki's default: no new cards while the review limit is used up, so a backlog cannot grow);
// - new cards a quiz mistake asked for (`fromQuiz`, see feed.ts) come before the other new cards
//   and outside the new-card limit: the mistake was just made, so waiting for tomorrow would miss
//   the moment; their number is bounded where they are introduced.

export type QueueCard = {
  id: string;
  state: CardStateName;
  due: Date;
  suspended: boolean;
  buriedUntil: Date | null;
  // Article order for new cards (section order, then question order).
  position: number;
  // A new card a quiz mistake brought in: shown beyond the new-card limit, before other new cards.
  fromQuiz?: boolean;
};

// Counts for the current study day (see studyDayStart): new cards answered for the first time,
// and answers to cards that were in the review state.
export type DoneToday = { newIntroduced: number; reviewsDone: number };

export type QueueKind = "learning" | "review" | "new";
export type QueueItem = { cardId: string; kind: QueueKind; due: Date };
export type QueueCounts = { new: number; learning: number; review: number };

export type StudyQueue = {
  // What can be studied now, in order; at most `limit` items.
  items: QueueItem[];
  // "Left today": learning counts the cards due now or within the learn-ahead limit.
  counts: QueueCounts;
  // The first learning step due beyond the learn-ahead limit today: the client can say "back at ...".
  nextLearningDue: Date | null;
  // How many learning cards come due later today, beyond the learn-ahead limit.
  learningLater: number;
  dayEndsAt: Date;
};

export type QueueInput = {
  cards: readonly QueueCard[];
  doneToday: DoneToday;
  settings: Pick<ReviewSettings, "newPerDay" | "maxReviewsPerDay" | "timeZone" | "dayStartsAtHour" | "learnAheadMinutes">;
  now: Date;
  limit?: number;
};

const byId = (a: QueueCard, b: QueueCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDue = (a: QueueCard, b: QueueCard) => a.due.getTime() - b.due.getTime() || byId(a, b);
const byPosition = (a: QueueCard, b: QueueCard) => a.position - b.position || byId(a, b);

const item = (kind: QueueKind) => (card: QueueCard): QueueItem => ({ cardId: card.id, kind, due: new Date(card.due) });

// The ordered queue and the "left today" counts for a learner at `now`.
export function buildQueue({ cards, doneToday, settings, now, limit }: QueueInput): StudyQueue {
  const nowMs = now.getTime();
  const dayEndsAt = nextStudyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  const dayEnd = dayEndsAt.getTime();
  const newDone = Math.max(0, doneToday.newIntroduced);
  const reviewsDone = Math.max(0, doneToday.reviewsDone);

  const available = cards.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil.getTime() > nowMs));

  // Not past the day's end: a step due after the rollover belongs to the next study day.
  const aheadUntil = Math.min(nowMs + Math.max(0, settings.learnAheadMinutes) * 60_000, dayEnd - 1);
  const learning = available.filter((c) => c.state === "learning" || c.state === "relearning").sort(byDue);
  const learningNow = learning.filter((c) => c.due.getTime() <= nowMs);
  const learningAhead = learning.filter((c) => c.due.getTime() > nowMs && c.due.getTime() <= aheadUntil);
  const learningLater = learning.filter((c) => c.due.getTime() > aheadUntil && c.due.getTime() < dayEnd);
  const nextLearning = learningLater[0];

  const reviewBudget = Math.max(0, settings.maxReviewsPerDay - reviewsDone);
  const reviews = available
    .filter((c) => c.state === "review" && c.due.getTime() < dayEnd)
    .sort(byDue)
    .slice(0, reviewBudget);

  // New cards answered today count against the review limit for further new cards (not for
  // reviews, which keep priority); without that, each new card answered would free a slot for another.
  const newBudget = Math.max(0, Math.min(settings.newPerDay - newDone, reviewBudget - newDone - reviews.length));
  const requested = available.filter((c) => c.state === "new" && c.fromQuiz).sort(byPosition);
  const fresh = available
    .filter((c) => c.state === "new" && !c.fromQuiz)
    .sort(byPosition)
    .slice(0, newBudget);

  const items = [
    ...learningNow.map(item("learning")),
    ...reviews.map(item("review")),
    ...requested.map(item("new")),
    ...fresh.map(item("new")),
    ...learningAhead.map(item("learning")),
  ];
  return {
    items: limit === undefined ? items : items.slice(0, Math.max(0, limit)),
    counts: { new: requested.length + fresh.length, learning: learningNow.length + learningAhead.length, review: reviews.length },
    nextLearningDue: nextLearning ? new Date(nextLearning.due) : null,
    learningLater: learningLater.length,
    dayEndsAt,
  };
}
