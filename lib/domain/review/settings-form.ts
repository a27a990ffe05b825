import { deckSectionIdsSchema, reviewSettingsSchema, type ReviewSettings } from "@/lib/schemas/review";
import { isValidTimeZone } from "@/lib/domain/time-zone";
import { studyDayStartOn } from "./study-day";

// The settings form's text fields turned into review settings and a deck. The rules live in the
// schemas (lib/schemas/review.ts); this maps form text to them and words each error for the form.

export type SettingsFormValues = {
  desiredRetention: string;
  newPerDay: string;
  maxReviewsPerDay: string;
  learningSteps: string;
  relearningSteps: string;
  timeZone: string;
  dayStartsAtHour: string;
  // Empty: the same as new cards per day.
  quizCardsPerDay: string;
  targetCardsPerDay: string;
  leechThreshold: string;
  leechAction: string;
  learnAheadMinutes: string;
  // Empty: the default (36500 days).
  maximumInterval: string;
  // "YYYY-MM-DD" (a date input), empty: none.
  ignoreReviewsBefore: string;
  newReviewOrder: string;
  reviewSortOrder: string;
  newCardOrder: string;
  // Absent from the form when unticked: a checkbox sends nothing then.
  rescheduleOnChange: boolean;
  loadBalancing: boolean;
  // Each weekday's share, Sunday first: "1" normal, "0.5" reduced, "0" minimum.
  easyDays: string[];
  // "all": the whole article; "sections": the ticked sections.
  deck: string;
  sections: string[];
};

export type SettingsFormResult =
  | { ok: true; settings: Omit<ReviewSettings, "weights">; deckSectionIds: string[] | null }
  | { ok: false; errors: Record<string, string[]> };

const MESSAGES: Record<string, string> = {
  desiredRetention: "Desired retention must be a number from 0.70 to 0.97.",
  newPerDay: "New cards per day must be a whole number from 0 to 9999.",
  maxReviewsPerDay: "Maximum reviews per day must be a whole number from 0 to 9999.",
  learningSteps: 'Learning steps are up to 10 whole numbers of minutes, hours or days, e.g. "1m 10m".',
  relearningSteps: 'Relearning steps are up to 10 whole numbers of minutes, hours or days, e.g. "10m".',
  timeZone: "Choose a time zone from the list, e.g. Europe/Berlin.",
  dayStartsAtHour: "The day starts at a whole hour from 0 to 23.",
  quizCardsPerDay: "Cards for quiz mistakes per day must be a whole number from 0 to 9999, or empty for the new-card limit.",
  targetCardsPerDay: "Study-target cards per day must be a whole number from 0 to 9999.",
  leechThreshold: "The leech threshold must be a whole number of lapses from 1 to 99.",
  leechAction: "Choose what happens to a leech: tag only, or tag and suspend.",
  learnAheadMinutes: "The learn-ahead limit must be a whole number of minutes from 0 to 1440.",
  maximumInterval: "The maximum interval must be a whole number of days from 1 to 36500.",
  ignoreReviewsBefore: "Enter a date as YYYY-MM-DD, or leave it empty to use every review.",
  newReviewOrder: "Choose where new cards go: mixed with reviews, after them or before them.",
  reviewSortOrder: "Choose the review order: due date, or retrievability ascending.",
  newCardOrder: "Choose the new card order: article order or random.",
  easyDays: "Choose normal, reduced or minimum for each day of the week.",
};

// The start of the chosen day in the learner's zone (Invalid Date when the date is not one).
function ignoreBefore(values: SettingsFormValues): Date | null {
  const text = values.ignoreReviewsBefore.trim();
  if (text === "") return null;
  const zone = isValidTimeZone(values.timeZone.trim()) ? values.timeZone.trim() : "UTC";
  const hour = Number(values.dayStartsAtHour);
  return studyDayStartOn(text, zone, Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 4) ?? new Date(Number.NaN);
}

// "" stays NaN so that an empty box is an error, not 0.
const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.trim()));
const toSteps = (text: string) => text.split(/[\s,]+/).filter(Boolean);

// Parses the submitted form; errors are keyed by field name.
export function parseSettingsForm(values: SettingsFormValues): SettingsFormResult {
  const errors: Record<string, string[]> = {};
  const parsed = reviewSettingsSchema.omit({ weights: true }).safeParse({
    desiredRetention: toNumber(values.desiredRetention),
    newPerDay: toNumber(values.newPerDay),
    maxReviewsPerDay: toNumber(values.maxReviewsPerDay),
    learningSteps: toSteps(values.learningSteps),
    relearningSteps: toSteps(values.relearningSteps),
    timeZone: values.timeZone.trim(),
    dayStartsAtHour: toNumber(values.dayStartsAtHour),
    quizCardsPerDay: values.quizCardsPerDay.trim() === "" ? null : toNumber(values.quizCardsPerDay),
    targetCardsPerDay: toNumber(values.targetCardsPerDay),
    leechThreshold: toNumber(values.leechThreshold),
    leechAction: values.leechAction,
    learnAheadMinutes: toNumber(values.learnAheadMinutes),
    rescheduleOnChange: values.rescheduleOnChange,
    // Empty: no maximum beyond Anki's default of 100 years.
    maximumInterval: values.maximumInterval.trim() === "" ? undefined : toNumber(values.maximumInterval),
    ignoreReviewsBefore: ignoreBefore(values),
    newReviewOrder: values.newReviewOrder,
    reviewSortOrder: values.reviewSortOrder,
    newCardOrder: values.newCardOrder,
    loadBalancing: values.loadBalancing,
    // A weekday left out of the form (an older page) stays normal.
    easyDays: values.easyDays.map((share) => (share.trim() === "" ? 1 : toNumber(share))),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] = [MESSAGES[field] ?? issue.message];
    }
  }
  let deckSectionIds: string[] | null = null;
  if (values.deck !== "all") {
    const deck = deckSectionIdsSchema.safeParse(values.sections);
    if (deck.success) deckSectionIds = deck.data;
    else errors.sections = ["Choose at least one section, or the whole article."];
  }
  if (!parsed.success || errors.sections) return { ok: false, errors };
  return { ok: true, settings: parsed.data, deckSectionIds };
}
