import type { Question, QuestionType } from "@/lib/schemas/content";

// Narrowed question shapes, so each grader and presenter states which question it handles.
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export type SingleChoiceQuestion = QuestionOf<"single">;
export type MultipleChoiceQuestion = QuestionOf<"multiple">;
export type TrueFalseQuestion = QuestionOf<"truefalse">;
export type TypedQuestion = QuestionOf<"typed">;
export type OrderingQuestion = QuestionOf<"ordering">;
export type MatchingQuestion = QuestionOf<"matching">;
