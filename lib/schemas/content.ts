import { z } from "zod";

// Schemas for the authored content: the article's sections (Markdown front matter) and the
// question banks (YAML). The same question schema validates instructors' own questions, where
// the quote is optional.

export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)")
  .max(80);

const text = z.string().trim().min(1, "must not be empty").max(2000);

export const sectionFrontMatterSchema = z.strictObject({
  id: contentIdSchema,
  title: text,
  level: z.union([z.literal(1), z.literal(2)]),
  parent: contentIdSchema.nullable(),
  order: z.number().int().positive(),
});
export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;

export const articleMetaSchema = z.strictObject({
  pageTitle: text,
  title: text,
  sources: z.array(z.url()).min(1),
  // What the reader should know about those links (which are official, which are off-topic).
  sourcesNote: text.optional(),
});

// An accuracy note: where the article departs from the public record, what the record says.
export const noteSchema = z.strictObject({
  id: contentIdSchema,
  quote: text,
  text: text,
  source: z.url(),
});
export type Note = z.infer<typeof noteSchema>;

export const difficultySchema = z.enum(["easy", "medium", "hard"]);
export type Difficulty = z.infer<typeof difficultySchema>;

const questionBase = {
  id: contentIdSchema,
  prompt: text,
  explanation: text,
  difficulty: difficultySchema,
  quote: text,
  note: contentIdSchema.optional(),
};

const optionSchema = z.strictObject({ text: z.string().trim().min(1).max(500), correct: z.boolean().default(false) });

export const singleChoiceSchema = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  options: z.array(optionSchema).min(2).max(8),
});
export const multipleChoiceSchema = z.strictObject({
  ...questionBase,
  type: z.literal("multiple"),
  options: z.array(optionSchema).min(3).max(10),
});
export const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal("truefalse"),
  answer: z.boolean(),
});
// Typed (cloze) answer: the prompt holds a blank written "____"; `answers` lists every accepted
// answer, the first being the one shown as right.
export const typedAnswerSchema = z.strictObject({
  ...questionBase,
  type: z.literal("typed"),
  answers: z.array(z.string().trim().min(1).max(200)).min(1).max(10),
});
// Ordering: `items` are listed in the right order; the learner sees them shuffled.
export const orderingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("ordering"),
  items: z.array(z.string().trim().min(1).max(300)).min(2).max(10),
});
// Matching: each left side goes with its right side; the learner sees the right sides shuffled.
export const matchingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("matching"),
  pairs: z
    .array(z.strictObject({ left: z.string().trim().min(1).max(300), right: z.string().trim().min(1).max(300) }))
    .min(2)
    .max(8),
});

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleChoiceSchema,
  trueFalseSchema,
  typedAnswerSchema,
  orderingSchema,
  matchingSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
export const questionTypes = ["single", "multiple", "truefalse", "typed", "ordering", "matching"] as const;

// Flashcards: front/back, or cloze text with exactly one {{hidden part}}.
export const flashcardSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: contentIdSchema,
    kind: z.literal("basic"),
    front: text,
    back: text,
    quote: text,
    note: contentIdSchema.optional(),
  }),
  z.strictObject({
    id: contentIdSchema,
    kind: z.literal("cloze"),
    text: text.refine((t) => (t.match(/\{\{[^{}]+\}\}/g) ?? []).length === 1, "cloze text needs exactly one {{hidden part}}"),
    quote: text,
    note: contentIdSchema.optional(),
  }),
]);
export type Flashcard = z.infer<typeof flashcardSchema>;

export const bankSchema = z.strictObject({
  section: contentIdSchema,
  notes: z.array(noteSchema).default([]),
  questions: z.array(questionSchema).default([]),
  flashcards: z.array(flashcardSchema).default([]),
});
export type Bank = z.infer<typeof bankSchema>;
