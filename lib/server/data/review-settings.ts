import "server-only";
import { z } from "zod";
import { DEFAULT_REVIEW_SETTINGS, parseReviewSettings, type ReviewSettings } from "@/lib/domain/review/settings";
import { deckSectionIdsSchema, reviewSettingsSchema } from "@/lib/schemas/review";
import { db } from "@/lib/server/db";

// A learner's review settings (ReviewSettings row). JSON columns are parsed with zod on the way
// out; a learner without a row studies with the defaults.

export type StoredReviewSettings = {
  settings: ReviewSettings;
  // null: the whole article.
  deckSectionIds: string[] | null;
  // Whether the learner has a row yet (the time zone is then still the default, not theirs).
  saved: boolean;
};

const jsonArray = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});

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
  leechThreshold: number;
  leechAction: string;
  learnAheadMinutes: number;
  rescheduleOnChange: boolean;
};

const parseJson = (text: string | null): unknown => (text === null ? undefined : jsonArray.safeParse(text).data);

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
    leechThreshold: row.leechThreshold,
    leechAction: row.leechAction,
    learnAheadMinutes: row.learnAheadMinutes,
    rescheduleOnChange: row.rescheduleOnChange,
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
  leechThreshold: true,
  leechAction: true,
  learnAheadMinutes: true,
  rescheduleOnChange: true,
} as const;

// The learner's settings, or the defaults when they never saved any.
export async function getReviewSettings(userId: string): Promise<StoredReviewSettings> {
  const row = await db.reviewSettings.findUnique({ where: { userId }, select });
  return row ? fromRow(row) : { settings: DEFAULT_REVIEW_SETTINGS, deckSectionIds: null, saved: false };
}

// Saves everything the settings form edits; the fitted weights are left as they are.
export async function saveReviewSettings(userId: string, settings: Omit<ReviewSettings, "weights">, deckSectionIds: string[] | null): Promise<void> {
  const data = {
    desiredRetention: settings.desiredRetention,
    newPerDay: settings.newPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    learningSteps: JSON.stringify(settings.learningSteps),
    relearningSteps: JSON.stringify(settings.relearningSteps),
    timeZone: settings.timeZone,
    dayStartsAtHour: settings.dayStartsAtHour,
    quizCardsPerDay: settings.quizCardsPerDay,
    leechThreshold: settings.leechThreshold,
    leechAction: settings.leechAction,
    learnAheadMinutes: settings.learnAheadMinutes,
    rescheduleOnChange: settings.rescheduleOnChange,
    deckSectionIds: deckSectionIds === null ? null : JSON.stringify(deckSectionIds),
  };
  await db.reviewSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

// Stores the learner's fitted FSRS parameters (null: back to the defaults).
export async function saveWeights(userId: string, weights: readonly number[] | null): Promise<void> {
  const value = weights === null ? null : JSON.stringify(weights);
  await db.reviewSettings.upsert({ where: { userId }, create: { userId, weights: value }, update: { weights: value } });
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
    if ((error as { code?: unknown }).code === "P2002") return false;
    throw error;
  }
}
