// The verdict an instructor reads beside one answer when reviewing a student's attempt (Moodle's
// "review attempt"): right, partly right, wrong, not graded yet, or not answered.

export type ReviewVerdict = "correct" | "partial" | "incorrect" | "ungraded" | "unanswered";

export const verdictText: Record<ReviewVerdict, string> = {
  correct: "Correct",
  partial: "Partly correct",
  incorrect: "Incorrect",
  ungraded: "Not graded yet",
  unanswered: "Not answered",
};

// The verdict of one attempt item from what is stored for it.
export function reviewVerdict(item: { answered: boolean; correct: boolean | null; score: number | null }): ReviewVerdict {
  if (!item.answered) return "unanswered";
  if (item.score === null) return "ungraded";
  if (item.correct === true) return "correct";
  return item.score > 0 ? "partial" : "incorrect";
}
