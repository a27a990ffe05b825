import { reviewSettingsSchema, type ReviewSettings } from "@/lib/schemas/review";

// A learner's review settings. The schema (lib/schemas/review.ts) holds the rules and defaults;
// this module is what the domain and the data layer import.

export type { ReviewSettings, ReviewSettingsInput } from "@/lib/schemas/review";

// Every default applied: what a learner who never opened the settings page studies with.
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = reviewSettingsSchema.parse({});

// Parses stored or submitted settings; a learner with no row yet (null) gets the defaults. Throws ZodError.
export function parseReviewSettings(input: unknown): ReviewSettings {
  return reviewSettingsSchema.parse(input ?? {});
}
