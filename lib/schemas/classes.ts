import { z } from "zod";
import { questionRuleBreaks } from "@/lib/domain/item-rules";
import { isJoinCode, normalizeJoinCode } from "@/lib/domain/classes/join-code";
import { MAX_ASSIGNMENT_YEAR, MIN_ASSIGNMENT_YEAR, zonedLocalToUtc } from "@/lib/domain/classes/time-zone";
import { isValidTimeZone } from "@/lib/domain/time-zone";
import { gradingMethods } from "@/lib/domain/classes/grading";
import { feedbackSettings } from "@/lib/domain/quiz/feedback";
import { contentIdSchema, difficultySchema, type Question, matchingSchema, multipleChoiceSchema, orderingSchema, questionTypes, singleChoiceSchema, trueFalseSchema, typedAnswerSchema } from "@/lib/schemas/content";

// Inputs of the instructor features (classes, question sets, instructor-written questions,
// assignments) and of students joining a class. Forms, server actions and the JSON API share them.

// Row ids are cuids (custom questions: "custom-<cuid>"); anything else cannot name a row.
export const rowIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, "not an id");

export const MAX_CLASS_NAME = 100;
export const createClassSchema = z.strictObject({
  name: z.string({ error: "Enter a class name." }).trim().min(1, "Enter a class name.").max(MAX_CLASS_NAME, `Use at most ${MAX_CLASS_NAME} characters.`),
});
export type CreateClassInput = z.infer<typeof createClassSchema>;

// What a student types; normalised (case, spaces, hyphens) before it is checked.
export const joinClassSchema = z.strictObject({
  code: z
    .string({ error: "Enter the class code." })
    .max(40, "A class code has 8 characters.")
    .transform(normalizeJoinCode)
    .refine(isJoinCode, "A class code has 8 letters and digits, like ABCD2345."),
});
export type JoinClassInput = z.infer<typeof joinClassSchema>;

// "regenerate" issues a new code (the old one stops working); "off" turns joining off.
export const joinCodeActionSchema = z.strictObject({ action: z.enum(["regenerate", "off"]) });

// ---- Question sets ----

export const DEFAULT_SET_TITLE = "Untitled set";
export const questionSetTitleSchema = z.string().trim().max(120, "Use at most 120 characters.").transform((t) => t || DEFAULT_SET_TITLE);
export const createQuestionSetSchema = z.strictObject({ title: questionSetTitleSchema.default(DEFAULT_SET_TITLE), requestKey: z.uuid().optional() });
export const renameQuestionSetSchema = z.strictObject({ title: questionSetTitleSchema });

export const MAX_SET_ITEMS = 100;
export const MAX_RULE_COUNT = 50;
export const addSetItemSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("question"), questionId: rowIdSchema }),
  z.strictObject({
    kind: z.literal("random"),
    sectionId: contentIdSchema,
    count: z.int("Enter a whole number.").min(1, "Draw at least 1 question.").max(MAX_RULE_COUNT, `Draw at most ${MAX_RULE_COUNT} questions.`),
  }),
]);
export type AddSetItemInput = z.infer<typeof addSetItemSchema>;
// The question browser's "Add selected": the ticked questions, in the order shown.
export const addQuestionsSchema = z.strictObject({ questionIds: z.array(rowIdSchema).min(1, "Tick the questions to add first.").max(MAX_SET_ITEMS) });

export const moveSetItemSchema = z.strictObject({ direction: z.enum(["up", "down"]) });

// The question browser's filters (from the URL): all optional; bad values are simply ignored.
export const questionFilterSchema = z.object({
  section: contentIdSchema.optional().catch(undefined),
  type: z.enum(questionTypes).optional().catch(undefined),
  difficulty: difficultySchema.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type QuestionFilter = z.infer<typeof questionFilterSchema>;

// A rule's message as a form shows it: capitalized, with a full stop.
const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;

// Instructor-written questions: the content schema (same grading), without the id (the server
// makes one) or accuracy-note link, and with the quote optional: an instructor's question need not
// come from the article. `sectionId` optionally files it under a section. The content check's
// rules hold too (one right option in a single choice, no duplicate options, orderings of 3 or
// more, no answer given away by its prompt...), each reported on its field.
const quote = { quote: z.string().trim().min(1).max(2000).optional() };
export const customQuestionSchema = z
  .discriminatedUnion("type", [
    singleChoiceSchema.omit({ id: true, note: true }).extend(quote),
    multipleChoiceSchema.omit({ id: true, note: true }).extend(quote),
    trueFalseSchema.omit({ id: true, note: true }).extend(quote),
    typedAnswerSchema.omit({ id: true, note: true }).extend(quote),
    orderingSchema.omit({ id: true, note: true }).extend(quote),
    matchingSchema.omit({ id: true, note: true }).extend(quote),
  ])
  .superRefine((question, ctx) => {
    for (const broken of questionRuleBreaks({ ...question, id: "new", quote: question.quote ?? "" } as Question)) {
      ctx.addIssue({ code: "custom", path: [broken.field], message: sentence(broken.message) });
    }
  });
export type CustomQuestionInput = z.infer<typeof customQuestionSchema>;

// A stored question as instructors may write it: the content schema with the quote optional, so
// that both bank questions and instructor-written ones ("custom-<cuid>") parse.
export const instructorQuestionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema.extend(quote),
  multipleChoiceSchema.extend(quote),
  trueFalseSchema.extend(quote),
  typedAnswerSchema.extend(quote),
  orderingSchema.extend(quote),
  matchingSchema.extend(quote),
]);
export type InstructorQuestion = z.infer<typeof instructorQuestionSchema>;

export const createCustomQuestionSchema = z.strictObject({ sectionId: contentIdSchema.nullable().default(null), question: customQuestionSchema });

// ---- Assignments ----

export const MAX_ATTEMPTS = 20;
export const MAX_TIME_LIMIT_MINUTES = 600;
// Target recall on the due date: 90% unless the instructor chooses otherwise (the Assignment column's default).
export const MIN_TARGET_RECALL = 0.7;
export const MAX_TARGET_RECALL = 0.99;
export const DEFAULT_TARGET_RECALL = 0.9;

// An instant: ISO 8601 with an offset ("2025-03-08T17:00:00Z"), or a datetime-local value
// ("2025-03-08T17:00") read in `timeZone`.
const instantText = z.string({ error: "Enter a date and time." }).trim().min(1, "Enter a date and time.").max(40);

// The rules of an assignment, as the instructor sets them when assigning and when editing.
const ruleFields = {
  title: z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(120, "Use at most 120 characters."),
  opensAt: instantText,
  dueAt: instantText,
  timeZone: z.string().refine(isValidTimeZone, "Unknown time zone."),
  timeLimitMinutes: z.int("Enter whole minutes.").min(1, "At least 1 minute.").max(MAX_TIME_LIMIT_MINUTES, `At most ${MAX_TIME_LIMIT_MINUTES} minutes.`).nullable(),
  // null: unlimited.
  attemptsAllowed: z.int("Enter a whole number.").min(1, "At least 1 attempt.").max(MAX_ATTEMPTS, `At most ${MAX_ATTEMPTS}, or unlimited.`).nullable(),
  gradingMethod: z.enum(gradingMethods),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  feedback: z.enum(feedbackSettings),
  lateWork: z.enum(["accept", "refuse"]),
  // Late work ends here (an instant like the dates); null or absent: a week after the due date.
  cutoffAt: instantText.nullable(),
  // Absent: held when feedback waits for the due date or never comes (the key is meant to stay hidden).
  holdOutOfSelfStudy: z.boolean(),
  // The recall students' study toward the due date aims at (a fraction; the form types a percentage).
  targetRecall: z
    .number("Enter the target recall as a percentage.")
    .min(MIN_TARGET_RECALL, "Target recall must be between 70% and 99%.")
    .max(MAX_TARGET_RECALL, "Target recall must be between 70% and 99%."),
};
const assignmentRules = {
  ...ruleFields,
  timeLimitMinutes: ruleFields.timeLimitMinutes.default(null),
  attemptsAllowed: ruleFields.attemptsAllowed.default(1),
  gradingMethod: ruleFields.gradingMethod.default("highest"),
  shuffleQuestions: ruleFields.shuffleQuestions.default(true),
  shuffleOptions: ruleFields.shuffleOptions.default(true),
  feedback: ruleFields.feedback.default("immediately"),
  lateWork: ruleFields.lateWork.default("accept"),
  cutoffAt: ruleFields.cutoffAt.default(null),
  holdOutOfSelfStudy: ruleFields.holdOutOfSelfStudy.optional(),
  targetRecall: ruleFields.targetRecall.default(DEFAULT_TARGET_RECALL),
};

// Late work with no cut-off given runs for a week after the due date: late work must end, or
// feedback "after the due date" could never be released while anyone may still submit.
export const DEFAULT_LATE_DAYS = 7;

type RuleInput = { opensAt: string; dueAt: string; timeZone: string; lateWork: string; feedback: string; cutoffAt: string | null; holdOutOfSelfStudy?: boolean | undefined };
type ReadRules<T> = Omit<T, "opensAt" | "dueAt" | "cutoffAt" | "holdOutOfSelfStudy"> & { opensAt: Date; dueAt: Date; cutoffAt: Date | null; holdOutOfSelfStudy: boolean };

// Reads the dates (in `timeZone` unless they carry an offset), requires due after open and a
// cut-off (late work only) no earlier than the due date, and settles the defaults that depend on
// other rules.
function readInstants<T extends RuleInput>(input: T, ctx: z.RefinementCtx): ReadRules<T> {
  const read = (value: string, path: "opensAt" | "dueAt" | "cutoffAt") => {
    const iso = z.iso.datetime({ offset: true }).safeParse(value);
    const at = iso.success ? new Date(iso.data) : zonedLocalToUtc(value, input.timeZone);
    if (!at || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", path: [path], message: "Enter a valid date and time." });
      return null;
    }
    // PostgreSQL keeps years before 1 AD as "BC" timestamps that cannot be read back as dates, and
    // no class meets in 1900 or 9999: keep assignments to a calendar people actually use.
    if (at.getUTCFullYear() < MIN_ASSIGNMENT_YEAR || at.getUTCFullYear() > MAX_ASSIGNMENT_YEAR) {
      ctx.addIssue({ code: "custom", path: [path], message: `Enter a date between the years ${MIN_ASSIGNMENT_YEAR} and ${MAX_ASSIGNMENT_YEAR}.` });
      return null;
    }
    return at;
  };
  const opensAt = read(input.opensAt, "opensAt");
  const dueAt = read(input.dueAt, "dueAt");
  if (!opensAt || !dueAt) return z.NEVER;
  if (dueAt.getTime() <= opensAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must come after the opening date." });
    return z.NEVER;
  }
  let cutoffAt: Date | null = null;
  if (input.lateWork === "accept") {
    const given = input.cutoffAt?.trim() ? read(input.cutoffAt, "cutoffAt") : new Date(dueAt.getTime() + DEFAULT_LATE_DAYS * 86_400_000);
    if (!given) return z.NEVER;
    if (given.getTime() < dueAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["cutoffAt"], message: "The cut-off for late work cannot come before the due date." });
      return z.NEVER;
    }
    cutoffAt = given;
  }
  const holdOutOfSelfStudy = input.holdOutOfSelfStudy ?? input.feedback !== "immediately";
  return { ...input, opensAt, dueAt, cutoffAt, holdOutOfSelfStudy };
}

export const createAssignmentSchema = z.strictObject({ classId: rowIdSchema, setId: rowIdSchema, ...assignmentRules }).transform(readInstants);

// Editing keeps the class and the set; every rule may change. Attempts already started keep the
// deadline they were given; dates, attempts allowed, grading, feedback and late work apply at once.
export const updateAssignmentSchema = z.strictObject(assignmentRules).transform(readInstants);
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;

// PATCH /api/v1/assignments/:id: any of the rules; the others keep their values. The result is
// then checked whole with updateAssignmentSchema (e.g. a new due date before the opening date).
export const patchAssignmentSchema = z.strictObject(ruleFields).partial();

export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

// ---- Per-student extensions ----

// One student's extension as the instructor sets it: a later due date (datetime-local in
// `timeZone`, or ISO with an offset; empty: the class's) and extra attempts (0 to MAX_ATTEMPTS).
export const setExtensionSchema = z
  .strictObject({
    assignmentId: rowIdSchema,
    userId: rowIdSchema,
    timeZone: z.string().refine(isValidTimeZone, "Unknown time zone."),
    dueAt: z.string().trim().max(40).nullable(),
    extraAttempts: z.int("Enter a whole number.").min(0, "Enter 0 or more.").max(MAX_ATTEMPTS, `At most ${MAX_ATTEMPTS}.`),
  })
  .transform((input, ctx) => {
    if (!input.dueAt) return { ...input, dueAt: null };
    const iso = z.iso.datetime({ offset: true }).safeParse(input.dueAt);
    const at = iso.success ? new Date(iso.data) : zonedLocalToUtc(input.dueAt, input.timeZone);
    if (!at || Number.isNaN(at.getTime()) || at.getUTCFullYear() < MIN_ASSIGNMENT_YEAR || at.getUTCFullYear() > MAX_ASSIGNMENT_YEAR) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter a valid date and time." });
      return z.NEVER;
    }
    return { ...input, dueAt: at };
  });
export type SetExtensionInput = z.infer<typeof setExtensionSchema>;

// ---- Grade overrides ----

// The instructor's grade for one student: a percentage with the reason, or (percent null) back to
// the grade worked out from the attempts.
export const setGradeOverrideSchema = z.discriminatedUnion("clear", [
  z.strictObject({
    clear: z.literal(false),
    assignmentId: rowIdSchema,
    userId: rowIdSchema,
    percent: z.number("Enter a percentage.").min(0, "Enter 0 to 100.").max(100, "Enter 0 to 100."),
    reason: z.string().trim().min(1, "Say why: it goes in the audit log.").max(500, "Use at most 500 characters."),
  }),
  z.strictObject({ clear: z.literal(true), assignmentId: rowIdSchema, userId: rowIdSchema }),
]);
export type SetGradeOverrideInput = z.infer<typeof setGradeOverrideSchema>;
