import { default_w, forgetting_curve } from "ts-fsrs";
import { hashSeed } from "@/lib/domain/quiz/rng";
import type { CardStateName } from "./card-state";
import { studyDaysBetween } from "./schedule";
import type { ReviewSettings } from "./settings";
import { nextStudyDayStart, studyDayKey, studyDayStartAfter } from "./study-day";

// Builds what a learner studies now under the daily limits, following Anki's v3 scheduler:
// - (re)learning cards are shown as soon as they are due and are never capped: their steps are
//   minutes apart and skipping one would break the step the learner is on;
// - learn ahead (Anki's learn-ahead limit, 20 minutes by default): when nothing else is left, a
//   learning card due within the limit is shown now rather than leaving the learner idle; the
//   learning count holds the cards due within the limit, as Anki's does;
// - review cards due before the study day ends, capped by maxReviewsPerDay; when the cap cuts a
//   backlog, the cards least likely to be recalled (lowest retrievability) are the ones kept.
//   Shown by due date (Anki's "Due date") or by retrievability ascending (Anki's "Retrievability
//   ascending"): the review sort order;
// - new cards in article order or in a random order fixed for the day (Anki's new card sort order),
//   capped by newPerDay and by what is left of the review limit (Anki's default: no new cards while
//   the review limit is used up, so a backlog cannot grow); mixed evenly among the reviews, after
//   them or before them (Anki's new/review order, "Mix with reviews" by default);
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
  // A review card's memory, for its retrievability (absent: ordered by due date alone).
  stability?: number;
  lastReview?: Date | null;
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
  settings: Pick<
    ReviewSettings,
    "newPerDay" | "maxReviewsPerDay" | "timeZone" | "dayStartsAtHour" | "learnAheadMinutes" | "weights" | "newReviewOrder" | "reviewSortOrder" | "newCardOrder"
  >;
  now: Date;
  limit?: number;
  // Anki's custom study "Review ahead": review cards due within this many study days after today
  // are shown now too (0: today's only).
  reviewAheadDays?: number;
};

const byId = (a: QueueCard, b: QueueCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDue = (a: QueueCard, b: QueueCard) => a.due.getTime() - b.due.getTime() || byId(a, b);
const byPosition = (a: QueueCard, b: QueueCard) => a.position - b.position || byId(a, b);

// Interleaves new cards evenly among reviews (Anki's "Mix with reviews").
function mixEvenly<T>(reviews: readonly T[], fresh: readonly T[]): T[] {
  const out: T[] = [];
  let r = 0;
  fresh.forEach((card, j) => {
    const upTo = Math.floor(((j + 1) * reviews.length) / (fresh.length + 1));
    while (r < upTo) out.push(reviews[r++]!);
    out.push(card);
  });
  while (r < reviews.length) out.push(reviews[r++]!);
  return out;
}

const item = (kind: QueueKind) => (card: QueueCard): QueueItem => ({ cardId: card.id, kind, due: new Date(card.due) });

// The ordered queue and the "left today" counts for a learner at `now`.
export function buildQueue({ cards, doneToday, settings, now, limit, reviewAheadDays = 0 }: QueueInput): StudyQueue {
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
  const weights = settings.weights ?? default_w;
  const retrievability = new Map<string, number>();
  const rOf = (c: QueueCard): number => {
    let r = retrievability.get(c.id);
    if (r === undefined) {
      r = c.stability && c.lastReview ? forgetting_curve(weights, studyDaysBetween(c.lastReview, now, settings), c.stability) : 0;
      retrievability.set(c.id, r);
    }
    return r;
  };
  const byRetrievability = (a: QueueCard, b: QueueCard) => rOf(a) - rOf(b) || byDue(a, b);
  const reviewsUntil = reviewAheadDays > 0 ? studyDayStartAfter(now, 1 + reviewAheadDays, settings.timeZone, settings.dayStartsAtHour).getTime() : dayEnd;
  const due = available.filter((c) => c.state === "review" && c.due.getTime() < reviewsUntil);
  const kept = due.length > reviewBudget ? [...due].sort(byRetrievability).slice(0, reviewBudget) : due;
  const reviews = kept.sort(settings.reviewSortOrder === "retrievability" ? byRetrievability : byDue);

  // New cards answered today count against the review limit for further new cards (not for
  // reviews, which keep priority); without that, each new card answered would free a slot for another.
  const newBudget = Math.max(0, Math.min(settings.newPerDay - newDone, reviewBudget - newDone - reviews.length));
  const requested = available.filter((c) => c.state === "new" && c.fromQuiz).sort(byPosition);
  // A random order stays the same all day (seeded by the card and the study day), so reloading
  // the page does not reshuffle.
  const day = studyDayKey(now, settings.timeZone, settings.dayStartsAtHour);
  const randomKey = (c: QueueCard) => hashSeed(`${c.id}:${day}`);
  const byNewOrder = settings.newCardOrder === "random" ? (a: QueueCard, b: QueueCard) => randomKey(a) - randomKey(b) || byId(a, b) : byPosition;
  const fresh = available
    .filter((c) => c.state === "new" && !c.fromQuiz)
    .sort(byPosition)
    .slice(0, newBudget)
    .sort(byNewOrder);

  const reviewItems = reviews.map(item("review"));
  const newItems = [...requested, ...fresh].map(item("new"));
  const middle =
    settings.newReviewOrder === "before" ? [...newItems, ...reviewItems] : settings.newReviewOrder === "after" ? [...reviewItems, ...newItems] : mixEvenly(reviewItems, newItems);
  const items = [...learningNow.map(item("learning")), ...middle, ...learningAhead.map(item("learning"))];
  return {
    items: limit === undefined ? items : items.slice(0, Math.max(0, limit)),
    counts: { new: requested.length + fresh.length, learning: learningNow.length + learningAhead.length, review: reviews.length },
    nextLearningDue: nextLearning ? new Date(nextLearning.due) : null,
    learningLater: learningLater.length,
    dayEndsAt,
  };
}
