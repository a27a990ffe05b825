import type { CardSnapshot, ManualAction, ScheduleParams } from "@/lib/schemas/review";
import { cloneCardState, newCardState } from "./card-state";
import { applyReview, type ReviewLogEntry, type ReviewRating } from "./schedule";
import { nextStudyDayStart, studyDayStartAfter } from "./study-day";

// A card's history, as Anki's revlog: every change to a card's schedule or flags is one entry of a
// kind, and applying the entries in order to the card as it was before the first one gives the card
// as it is (lib/domain/review/replay.ts does that). The functions here are the only ways a card
// changes, used both by the app and by the replay.

export type { CardSnapshot, ManualAction, ScheduleParams } from "@/lib/schemas/review";

// Anki's revlog kinds: a grade is "learn" (new or learning card), "review" or "relearn"; a settings
// change that moved the card is "rescheduled"; a learner's operation on the card is "manual".
export const LOG_KINDS = ["learn", "review", "relearn", "rescheduled", "manual"] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const GRADE_KINDS = ["learn", "review", "relearn"] as const satisfies readonly LogKind[];

// The kind of a grade given to a card in this state.
export function gradeKindOf(stateBefore: string): LogKind {
  if (stateBefore === "review") return "review";
  if (stateBefore === "relearning") return "relearn";
  return "learn";
}

// Whether a stored kind is a grade (older grades were all stored as "review").
export function isGradeKind(kind: string): boolean {
  return (GRADE_KINDS as readonly string[]).includes(kind);
}

// The settings a card's schedule depends on, out of the learner's whole settings.
export function scheduleParamsOf(settings: ScheduleParams): ScheduleParams {
  const params: ScheduleParams = {
    desiredRetention: settings.desiredRetention,
    learningSteps: [...settings.learningSteps],
    relearningSteps: [...settings.relearningSteps],
    timeZone: settings.timeZone,
    dayStartsAtHour: settings.dayStartsAtHour,
    leechThreshold: settings.leechThreshold,
    leechAction: settings.leechAction,
    maximumInterval: settings.maximumInterval,
  };
  if (settings.weights) params.weights = [...settings.weights];
  if (settings.intervalDays !== undefined) params.intervalDays = settings.intervalDays;
  return params;
}

// A deep copy of a snapshot (dates are mutable).
export function cloneSnapshot(card: CardSnapshot): CardSnapshot {
  return { ...cloneCardState(card), suspended: card.suspended, leech: card.leech, buriedUntil: card.buriedUntil ? new Date(card.buriedUntil) : null };
}

export type GradeOutcome = { card: CardSnapshot; log: ReviewLogEntry; isLeech: boolean };

// Grades a card with its flags: the new state, and the leech rule applied (tagged, and suspended
// when the learner chose that action, as Anki's leech action).
// What grading a card takes, first in every grading function: the learner's settings, the card
// before, the rating, when, how long the answer took, and the card's id (which seeds the fuzz).
export type GradeArgs = [params: ScheduleParams, before: CardSnapshot, rating: ReviewRating, now: Date, durationMs: number, cardId: string];

export function gradeCard(...[params, before, rating, now, durationMs, cardId]: GradeArgs): GradeOutcome {
  const { card, log, isLeech } = applyReview(params, before, rating, now, durationMs, cardId);
  return {
    card: { ...card, suspended: isLeech && params.leechAction === "suspend", leech: before.leech || isLeech, buriedUntil: before.buriedUntil ? new Date(before.buriedUntil) : null },
    log,
    isLeech,
  };
}

// A learner's operation on a card at `now`: the card after it.
export function applyManual(params: ScheduleParams, before: CardSnapshot, action: ManualAction, now: Date): CardSnapshot {
  const card = cloneSnapshot(before);
  switch (action.type) {
    case "suspend":
      return { ...card, suspended: true };
    case "unsuspend":
      return { ...card, suspended: false };
    case "bury":
      // Hidden until the learner's next study day starts.
      return { ...card, buriedUntil: nextStudyDayStart(now, params.timeZone, params.dayStartsAtHour) };
    case "forget": {
      // Anki's Forget: memory state and steps start over, the card is new and due now; the counts
      // stay unless the learner asks to reset them (Anki's "Reset repetition and lapse counts").
      const fresh = newCardState(now);
      return { ...card, ...fresh, reps: action.resetCounts ? 0 : card.reps, lapses: action.resetCounts ? 0 : card.lapses };
    }
    case "set-due": {
      // Anki's Set due date: the card's memory state is kept, it is due when that study day starts
      // (today: now).
      const due = action.days === 0 ? new Date(now) : studyDayStartAfter(now, action.days, params.timeZone, params.dayStartsAtHour);
      return { ...card, due };
    }
    case "quiz-feed":
      return card;
  }
}
