import { z } from "zod";
import { rowIdSchema } from "./classes";

// A learner's own study target (study for a date): sections to remember on a local date at a target recall.

export const MAX_TARGET_SECTIONS = 50;
export const MAX_OWN_TARGETS = 20;

export const createStudyTargetSchema = z.strictObject({
  sectionIds: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "not a section id")).min(1, "choose at least one section").max(MAX_TARGET_SECTIONS),
  // A date in the learner's own zone, as an <input type="date"> sends it.
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"),
  targetRecall: z.number().min(0.7, "at least 70%").max(0.99, "at most 99%").default(0.9),
});
export type CreateStudyTargetInput = z.infer<typeof createStudyTargetSchema>;

// A target as the review queue names it: "assignment:<id>" for an assignment's, else an own target's id.
export const studyTargetIdSchema = z.string().regex(/^(assignment:)?[A-Za-z0-9_-]{1,80}$/, "not a study target");

export const deleteStudyTargetSchema = z.strictObject({ id: rowIdSchema });
