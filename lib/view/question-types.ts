import type { QuestionType } from "@/lib/schemas/content";

// What each question type is called on screen, in the order forms list them.
export const questionTypeLabels: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  truefalse: "True or false",
  typed: "Typed answer",
  ordering: "Ordering",
  matching: "Matching",
};

export const questionTypeChoices = Object.entries(questionTypeLabels) as [QuestionType, string][];

export const questionTypeLabel = (type: string): string => questionTypeLabels[type as QuestionType] ?? type;
