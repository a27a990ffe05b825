import { z } from "zod";
import { studyTargetIdSchema } from "./study-targets";
import { CLAMP_PARAMETERS, W17_W18_Ceiling, checkParameters, type StepUnit } from "ts-fsrs";
import { CARD_STATE_NAMES } from "@/lib/domain/review/card-state";
import { isValidTimeZone } from "@/lib/domain/time-zone";
import { contentIdSchema } from "@/lib/schemas/content";

// Schemas for flashcard review: a learner's settings, an answer sent by the reviewer, the queue
// query, and a stored card snapshot (the undo record). Ranges follow Anki's deck options.

// Positive whole steps only: ts-fsrs also accepts "0m", which would repeat a card instantly.
export const STEP_PATTERN = /^[1-9]\d{0,4}(m|h|d)$/;

const stepSchema = z
  .string()
  .regex(STEP_PATTERN, 'must be a whole number of minutes, hours or days, e.g. "10m", "1h", "1d"')
  // The regex guarantees ts-fsrs's `${number}${"m"|"h"|"d"}` shape, which zod cannot infer.
  .transform((step) => step as StepUnit);

const stepsSchema = z.array(stepSchema).max(10, "at most 10 steps");

const dailyLimit = (fallback: number) => z.number().int().min(0).max(9999).default(fallback);

// The range ts-fsrs clamps each weight to (its optimizer never leaves it); a weight outside it would
// be clamped silently at scheduling time, so it is refused instead of stored.
const weightRanges = CLAMP_PARAMETERS(W17_W18_Ceiling);

export const weightsSchema = z
  .array(z.number())
  .refine(
    (w) => {
      try {
        checkParameters(w);
        return true;
      } catch {
        return false;
      }
    },
    { message: "must be 17, 19 or 21 finite numbers (FSRS-4.5, FSRS-5, FSRS-6)" },
  )
  .superRefine((w, ctx) => {
    w.forEach((value, i) => {
      const [min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY] = weightRanges[i] ?? [];
      if (value < min || value > max) ctx.addIssue({ code: "custom", path: [i], message: `weight ${i} must be between ${min} and ${max}` });
    });
  });

export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, { message: "must be an IANA time zone, e.g. Europe/Berlin" });

// Easy days: a weekday's share of a normal day's reviews (1 normal, 0.5 reduced, 0 minimum).
export const EASY_DAY_SHARES = [1, 0.5, 0] as const;
const easyDayShare = z.union([z.literal(1), z.literal(0.5), z.literal(0)]);
// Sunday first, as Date.getDay() counts.
export const easyDaysSchema = z.tuple([easyDayShare, easyDayShare, easyDayShare, easyDayShare, easyDayShare, easyDayShare, easyDayShare]);

export const reviewSettingsSchema = z.strictObject({
  // Above 0.97 the workload explodes for little gain (Anki keeps it below 97%); below 0.70 is mostly forgetting.
  desiredRetention: z.number().min(0.7).max(0.97).default(0.9),
  newPerDay: dailyLimit(20),
  maxReviewsPerDay: dailyLimit(200),
  learningSteps: stepsSchema.default(["1m", "10m"]),
  relearningSteps: stepsSchema.default(["10m"]),
  // UTC only when the client never told us its zone; the UI should send the browser's zone.
  timeZone: timeZoneSchema.default("UTC"),
  dayStartsAtHour: z.number().int().min(0).max(23).default(4),
  // Absent means the ts-fsrs FSRS-6 defaults; present means the learner's optimised parameters.
  weights: weightsSchema.optional(),
  // Cards quiz mistakes may bring in per study day; null: the same as newPerDay.
  quizCardsPerDay: z.number().int().min(0).max(9999).nullable().default(null),
  // Study targets' never-studied cards paced in per study day on top of newPerDay, at most (0: none).
  targetCardsPerDay: z.number().int().min(0).max(9999).default(20),
  // Anki's leech threshold: the lapse that makes a card a leech, then every half of it again.
  leechThreshold: z.number().int().min(1).max(99).default(8),
  // Anki's leech action: tag only (the default), or tag and suspend.
  leechAction: z.enum(["tag", "suspend"]).default("tag"),
  // Anki's learn-ahead limit: when nothing else is due, learning cards due this soon are shown.
  learnAheadMinutes: z.number().int().min(0).max(1440).default(20),
  // Anki's "Reschedule cards on change": new parameters or retention reschedule every review card.
  rescheduleOnChange: z.boolean().default(true),
  // Anki's maximum interval (days): a review interval never grows beyond it (default 100 years).
  maximumInterval: z.number().int().min(1).max(36500).default(36500),
  // Anki's "ignore reviews before": the optimizer leaves out earlier reviews; null: it uses them all.
  ignoreReviewsBefore: z.date().nullable().default(null),
  // Anki's new/review order: new cards mixed evenly among reviews (Anki's default), after or before them.
  newReviewOrder: z.enum(["mixed", "after", "before"]).default("mixed"),
  // Anki's review sort order: by due date, or by retrievability ascending (most at risk first).
  reviewSortOrder: z.enum(["due", "retrievability"]).default("due"),
  // Anki's new card sort order: article order, or random (fixed for the study day).
  newCardOrder: z.enum(["article", "random"]).default("article"),
  // Anki 24.11's load balancing: a review interval is drawn within its fuzz range toward lighter days.
  loadBalancing: z.boolean().default(true),
  // Anki 24.11's easy days: each weekday's share of a normal day's reviews, Sunday first.
  easyDays: easyDaysSchema.default([1, 1, 1, 1, 1, 1, 1]),
});
export type ReviewSettings = z.output<typeof reviewSettingsSchema>;
export type ReviewSettingsInput = z.input<typeof reviewSettingsSchema>;

export const ratingSchema = z.literal([1, 2, 3, 4]);

// The card version the learner saw. Stored as a 32-bit integer (PostgreSQL would refuse larger
// values with an error, not a clean 409), so bigger numbers are invalid input.
const cardVersionSchema = z.number().int().min(0).max(2_147_483_647);

// A card id as sent. NUL is refused here, not only by the JSON API's parseJsonBody: PostgreSQL cannot
// take it even in a query, and the card actions read their input with no such step.
const cardIdSchema = z.string().min(1).max(128).refine((id) => !id.includes("\u0000"), "must not contain NUL characters");

export const reviewRequestSchema = z.strictObject({
  // Client-generated, so a retried POST can be recognised and answered without reviewing twice.
  reviewId: z.uuid(),
  cardId: cardIdSchema,
  rating: ratingSchema,
  // One hour caps a tab left open on a card; longer values would only skew the time statistics.
  durationMs: z.number().int().min(0).max(3_600_000),
  expectedVersion: cardVersionSchema.optional(),
});
export type ReviewRequest = z.output<typeof reviewRequestSchema>;

// The most reviews one batch may carry (an offline outbox sends more in several batches).
export const REVIEW_BATCH_LIMIT = 100;

// One review of a batch: graded offline or ahead of the server, so it says when it was made. A review
// made while online may name the card version it was shown (then another tab's review of that
// version refuses it as stale, as on the single-review route); an offline one names none and is
// merged by review time.
export const batchReviewSchema = reviewRequestSchema.extend({
  reviewedAt: z.iso.datetime({ offset: true }).transform((d) => new Date(d)),
});

// POST /api/v1/reviews/batch: reviews in any order, each reviewId once.
export const reviewBatchSchema = z.strictObject({
  reviews: z
    .array(batchReviewSchema)
    .min(1)
    .max(REVIEW_BATCH_LIMIT, `at most ${REVIEW_BATCH_LIMIT} reviews per batch`)
    .refine((reviews) => new Set(reviews.map((r) => r.reviewId)).size === reviews.length, "each reviewId may appear once"),
});
export type ReviewBatchRequest = z.output<typeof reviewBatchSchema>;

// Query-string values arrive as text, hence the coercion.
export const queueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type QueueQuery = z.output<typeof queueQuerySchema>;

// A Date, or the ISO string JSON.stringify made of it; z.coerce.date would also take null as 1970.
const dateSchema = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((d) => new Date(d));

// A CardState read back from JSON (e.g. the undo snapshot in a review log), where dates are strings.
export const cardStateSchema = z.strictObject({
  due: dateSchema,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: z.number().min(0),
  scheduledDays: z.number().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(CARD_STATE_NAMES),
  lastReview: dateSchema.nullable(),
});

// A stored card before a review (the undo record): its memory state plus the flags a review can
// change (a leech is suspended), so undo puts back exactly what was there.
export const cardSnapshotSchema = cardStateSchema.extend({
  suspended: z.boolean(),
  leech: z.boolean(),
  buriedUntil: dateSchema.nullable(),
});
export type CardSnapshot = z.output<typeof cardSnapshotSchema>;

// The sections of a learner's deck; null (stored as NULL) means the whole article.
export const deckSectionIdsSchema = z
  .array(contentIdSchema)
  .min(1, "choose at least one section, or the whole article")
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, "sections must be unique")
  .nullable();

// The queue of GET /api/v1/review/queue and /review: optionally one section's cards only.
export const reviewQueueQuerySchema = queueQuerySchema.extend({
  section: contentIdSchema.optional(),
  // Anki's custom study: review cards due in the next N study days now ("Review ahead"), and up to
  // N new cards of the section beyond today's new-card limit (needs `section`).
  ahead: z.coerce.number().int().min(0).max(30).default(0),
  extraNew: z.coerce.number().int().min(0).max(100).default(0),
  // Study for a date: "Review ahead" for one of the learner's targets (its studied cards, lowest
  // predicted recall on the date first).
  target: studyTargetIdSchema.optional(),
}).refine((q) => q.extraNew === 0 || q.section !== undefined, { path: ["extraNew"], message: "extra new cards are studied from one section: give section" });
export type ReviewQueueQuery = z.output<typeof reviewQueueQuerySchema>;

// POST /api/v1/reviews/undo: the review to undo (the client's last one), or the latest when absent.
export const undoRequestSchema = z.strictObject({
  reviewId: z.uuid().optional(),
});

// Suspend, bury or unsuspend one card, at the version the learner saw.
export const cardActionSchema = z.strictObject({
  cardId: cardIdSchema,
  expectedVersion: cardVersionSchema.optional(),
});
export type CardActionInput = z.output<typeof cardActionSchema>;

// The settings a card's schedule depends on, stored with each log entry so that replaying the entry
// gives the same result; a key added later takes its default when an older entry lacks it.
export const scheduleParamsSchema = z.object({
  desiredRetention: reviewSettingsSchema.shape.desiredRetention,
  learningSteps: reviewSettingsSchema.shape.learningSteps,
  relearningSteps: reviewSettingsSchema.shape.relearningSteps,
  weights: reviewSettingsSchema.shape.weights,
  timeZone: reviewSettingsSchema.shape.timeZone,
  dayStartsAtHour: reviewSettingsSchema.shape.dayStartsAtHour,
  leechThreshold: reviewSettingsSchema.shape.leechThreshold,
  leechAction: reviewSettingsSchema.shape.leechAction,
  maximumInterval: reviewSettingsSchema.shape.maximumInterval,
  // The review interval (days) load balancing or easy days chose for this grade, in place of
  // FSRS's fuzz: a replay places the card on the same day without the due counts of that time.
  intervalDays: z.number().int().min(1).max(36500).optional(),
});
export type ScheduleParams = z.output<typeof scheduleParamsSchema>;

// A learner's operation on one card, as its log entry records it (Anki's "manual" revlog kind).
export const manualActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("suspend") }),
  z.strictObject({ type: z.literal("unsuspend") }),
  z.strictObject({ type: z.literal("bury") }),
  // Anki's Forget: the card is new again; reps and lapses are kept unless resetCounts.
  z.strictObject({ type: z.literal("forget"), resetCounts: z.boolean() }),
  // Anki's Set due date: due at the start of the study day `days` from today (0: today).
  z.strictObject({ type: z.literal("set-due"), days: z.number().int().min(0).max(36500) }),
  // A quiz mistake brought the card into review (it is otherwise unchanged).
  z.strictObject({ type: z.literal("quiz-feed") }),
]);
export type ManualAction = z.output<typeof manualActionSchema>;

// POST forget / set due date on one card, at the version the learner saw.
export const forgetCardSchema = cardActionSchema.extend({ resetCounts: z.boolean().default(false) });
export const setDueDateSchema = cardActionSchema.extend({ days: z.number().int().min(0).max(36500) });
export type SetDueDateInput = z.output<typeof setDueDateSchema>;
