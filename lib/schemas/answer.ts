import { z } from "zod";

// A learner's answer to one question, validated at the boundary (the request body) with zod.
// Indices are the ones the grader compares with the authored question: for single/multiple/ordering/
// matching, the position of the option, item or right side in the bank's authored order.
// The browser never sees authored indices (they would give the key away: banks list the right
// option first and ordering items in the right order); it answers with the display positions of
// the public view, which `toAuthoredAnswer` in lib/domain/quiz/present.ts maps back before grading.
// The same shapes serve both sides. Sizes are bounded well above what the content schema allows
// (10 options, 10 items, 8 pairs) so a hostile body stays small.

export const MAX_ANSWER_INDEX = 99;
export const MAX_ANSWER_LIST = 20;
export const MAX_TYPED_LENGTH = 500;

const index = z.int().min(0).max(MAX_ANSWER_INDEX);

export const singleAnswerSchema = z.strictObject({
  type: z.literal("single"),
  choice: index,
});
export const multipleAnswerSchema = z.strictObject({
  type: z.literal("multiple"),
  choices: z
    .array(index)
    .max(MAX_ANSWER_LIST)
    .refine((c) => new Set(c).size === c.length, "choices must be unique"),
});
export const trueFalseAnswerSchema = z.strictObject({
  type: z.literal("truefalse"),
  value: z.boolean(),
});
// Named apart from content.ts's typedAnswerSchema (the authored question) to avoid mix-ups.
export const typedTextAnswerSchema = z.strictObject({
  type: z.literal("typed"),
  text: z.string().max(MAX_TYPED_LENGTH),
});
// Item indices in the order the learner put them; duplicates and unknown indices are tolerated
// here and ignored by the grader, so a half-finished ordering still earns what it got right.
export const orderingAnswerSchema = z.strictObject({
  type: z.literal("ordering"),
  order: z.array(index).max(MAX_ANSWER_LIST),
});
// For each left side i, the chosen right side, or null when left unmatched.
export const matchingAnswerSchema = z.strictObject({
  type: z.literal("matching"),
  matches: z.array(index.nullable()).max(MAX_ANSWER_LIST),
});

export const answerSchema = z.discriminatedUnion("type", [
  singleAnswerSchema,
  multipleAnswerSchema,
  trueFalseAnswerSchema,
  typedTextAnswerSchema,
  orderingAnswerSchema,
  matchingAnswerSchema,
]);

export type SingleAnswer = z.infer<typeof singleAnswerSchema>;
export type MultipleAnswer = z.infer<typeof multipleAnswerSchema>;
export type TrueFalseAnswer = z.infer<typeof trueFalseAnswerSchema>;
export type TypedAnswer = z.infer<typeof typedTextAnswerSchema>;
export type OrderingAnswer = z.infer<typeof orderingAnswerSchema>;
export type MatchingAnswer = z.infer<typeof matchingAnswerSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type AnswerType = Answer["type"];
export type AnswerOf<T extends AnswerType> = Extract<Answer, { type: T }>;
