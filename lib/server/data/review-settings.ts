import "server-only";
import { z } from "zod";
import { DEFAULT_REVIEW_SETTINGS, parseReviewSettings, type ReviewSettings } from "@/lib/domain/review/settings";
import { deckSectionIdsSchema, reviewSettingsSchema } from "@/lib/schemas/review";
import type { CardState } from "@/lib/domain/review/card-state";
import { db } from "@/lib/server/db";
import { stateColumns, toSnapshot, type CardRow } from "./cards";
import { nonGradeEntry } from "./review-logs";
import { isUniqueViolation } from "./unique-violation";
import { readJson } from "./json-column";

// A learner's review settings (ReviewSettings row). JSON columns are parsed with zod on the way
// out; a learner without a row studies with the defaults.

export type StoredReviewSettings = {
  settings: ReviewSettings;
  // null: the whole article.
  deckSectionIds: string[] | null;
  // Whether the learner has a row yet (the time zone is then still the default, not theirs).
  saved: boolean;
};

type Row = {
  desiredRetention: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  learningSteps: string;
  relearningSteps: string;
  timeZone: string;
  dayStartsAtHour: number;
  weights: string | null;
  deckSectionIds: string | null;
  quizCardsPerDay: number | null;
  targetCardsPerDay: number;
  leechThreshold: number;
  leechAction: string;
  learnAheadMinutes: number;
  rescheduleOnChange: boolean;
  maximumInterval: number;
  ignoreReviewsBefore: Date | null;
  newReviewOrder: string;
  reviewSortOrder: string;
  newCardOrder: string;
  loadBalancing: boolean;
  easyDays: string;
};

const parseJson = (text: string | null): unknown => readJson(z.unknown(), text) ?? undefined;

// A stored row as settings; a damaged field falls back to its default instead of breaking review.
function fromRow(row: Row): StoredReviewSettings {
  const candidate = {
    desiredRetention: row.desiredRetention,
    newPerDay: row.newPerDay,
    maxReviewsPerDay: row.maxReviewsPerDay,
    learningSteps: parseJson(row.learningSteps),
    relearningSteps: parseJson(row.relearningSteps),
    timeZone: row.timeZone,
    dayStartsAtHour: row.dayStartsAtHour,
    weights: parseJson(row.weights),
    quizCardsPerDay: row.quizCardsPerDay,
    targetCardsPerDay: row.targetCardsPerDay,
    leechThreshold: row.leechThreshold,
    leechAction: row.leechAction,
    learnAheadMinutes: row.learnAheadMinutes,
    rescheduleOnChange: row.rescheduleOnChange,
    maximumInterval: row.maximumInterval,
    ignoreReviewsBefore: row.ignoreReviewsBefore,
    newReviewOrder: row.newReviewOrder,
    reviewSortOrder: row.reviewSortOrder,
    newCardOrder: row.newCardOrder,
    loadBalancing: row.loadBalancing,
    easyDays: parseJson(row.easyDays),
  };
  const whole = reviewSettingsSchema.safeParse(candidate);
  let settings: ReviewSettings;
  if (whole.success) settings = whole.data;
  else {
    const bad = new Set(whole.error.issues.map((i) => String(i.path[0])));
    settings = parseReviewSettings(Object.fromEntries(Object.entries(candidate).filter(([key]) => !bad.has(key))));
  }
  const deck = deckSectionIdsSchema.safeParse(parseJson(row.deckSectionIds) ?? null);
  return { settings, deckSectionIds: deck.success ? deck.data : null, saved: true };
}

const select = {
  desiredRetention: true,
  newPerDay: true,
  maxReviewsPerDay: true,
  learningSteps: true,
  relearningSteps: true,
  timeZone: true,
  dayStartsAtHour: true,
  weights: true,
  deckSectionIds: true,
  quizCardsPerDay: true,
  targetCardsPerDay: true,
  leechThreshold: true,
  leechAction: true,
  learnAheadMinutes: true,
  rescheduleOnChange: true,
  maximumInterval: true,
  ignoreReviewsBefore: true,
  newReviewOrder: true,
  reviewSortOrder: true,
  newCardOrder: true,
  loadBalancing: true,
  easyDays: true,
} as const;

// The learner's settings, or the defaults when they never saved any.
export async function getReviewSettings(userId: string): Promise<StoredReviewSettings> {
  const row = await db.reviewSettings.findUnique({ where: { userId }, select });
  return row ? fromRow(row) : { settings: DEFAULT_REVIEW_SETTINGS, deckSectionIds: null, saved: false };
}

// A card rescheduled by a settings change: the row as read, its new state, and the maximum interval
// a study target's cap lowered it to (null: the settings' own), which its log entry records.
export type RescheduledCard = { row: CardRow; card: CardState; maximumInterval?: number | null };

type SettingsColumns = Partial<Row>;

// Writes settings and the cards they reschedule in one transaction, with a "rescheduled" log entry
// per card (Anki's revlog does the same). A card changed since it was read (a review in another
// tab) is skipped: its new state already came from the new settings or will at its next review.
async function saveSettingsColumns(userId: string, data: SettingsColumns, rescheduled: readonly RescheduledCard[], now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const stored = await tx.reviewSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data, select });
    // The entries record the settings as stored, which are the ones in force from now on.
    const { settings } = fromRow(stored);
    let count = 0;
    for (const { row, card, maximumInterval } of rescheduled) {
      const versionAfter = row.version + 1;
      const updated = await tx.card.updateMany({ where: { id: row.id, userId, version: row.version }, data: { ...stateColumns(card), version: versionAfter } });
      if (updated.count === 0) continue;
      count += 1;
      const after = { ...toSnapshot(row), ...card };
      await tx.reviewLog.create({ data: nonGradeEntry("rescheduled", userId, row, after, maximumInterval ? { ...settings, maximumInterval } : settings, now, versionAfter, null), select: { id: true } });
    }
    return count;
  });
}

// Saves everything the settings form edits (the fitted weights are left as they are), with the
// cards the change reschedules; returns how many were rescheduled.
export async function saveReviewSettings(
  userId: string,
  settings: Omit<ReviewSettings, "weights">,
  deckSectionIds: string[] | null,
  rescheduled: readonly RescheduledCard[] = [],
  now = new Date(),
): Promise<number> {
  const data = {
    desiredRetention: settings.desiredRetention,
    newPerDay: settings.newPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    learningSteps: JSON.stringify(settings.learningSteps),
    relearningSteps: JSON.stringify(settings.relearningSteps),
    timeZone: settings.timeZone,
    dayStartsAtHour: settings.dayStartsAtHour,
    quizCardsPerDay: settings.quizCardsPerDay,
    targetCardsPerDay: settings.targetCardsPerDay,
    leechThreshold: settings.leechThreshold,
    leechAction: settings.leechAction,
    learnAheadMinutes: settings.learnAheadMinutes,
    rescheduleOnChange: settings.rescheduleOnChange,
    maximumInterval: settings.maximumInterval,
    ignoreReviewsBefore: settings.ignoreReviewsBefore,
    newReviewOrder: settings.newReviewOrder,
    reviewSortOrder: settings.reviewSortOrder,
    newCardOrder: settings.newCardOrder,
    loadBalancing: settings.loadBalancing,
    easyDays: JSON.stringify(settings.easyDays),
    deckSectionIds: deckSectionIds === null ? null : JSON.stringify(deckSectionIds),
  };
  return saveSettingsColumns(userId, data, rescheduled, now);
}

// Stores the learner's fitted FSRS parameters (null: back to the defaults), with the cards they reschedule.
export async function saveWeights(userId: string, weights: readonly number[] | null, rescheduled: readonly RescheduledCard[] = [], now = new Date()): Promise<number> {
  return saveSettingsColumns(userId, { weights: weights === null ? null : JSON.stringify(weights) }, rescheduled, now);
}

// Records the browser's time zone for a learner who has no settings yet; never overrides a choice.
export async function adoptTimeZone(userId: string, timeZone: string): Promise<boolean> {
  const existing = await db.reviewSettings.findUnique({ where: { userId }, select: { userId: true } });
  if (existing) return false;
  try {
    await db.reviewSettings.create({ data: { userId, timeZone } });
    return true;
  } catch (error) {
    // Two tabs opened at once: the other one created the row first, which is what we wanted.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
