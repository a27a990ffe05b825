// Who sees what, and when: the feedback policy for quiz attempts.
//
// - "full": right/wrong, the right answer, the explanation, the quote and the accuracy note.
// - "score": the score alone (per attempt), nothing that tells which answers were right.
// - "none": nothing (an attempt in progress, where feedback would help with the rest of it).
//
// Self-study: practice shows "full" for each question as soon as it is answered; an exam shows
// nothing until it is finished, then "full".
// Assignments (an instructor's `feedback` setting): nothing while the attempt is in progress, in
// either mode, so classmates cannot pass the key around during the window; once finished:
// "immediately" → full; "after_due" → the score until no one can submit any more (`releaseAt`: the
// due date, or the cut-off when late work is accepted; null = not yet known, held), full feedback
// from then on; "never" → the score only. An unknown setting fails closed to the score.

export const feedbackSettings = ["immediately", "after_due", "never"] as const;
export type FeedbackSetting = (typeof feedbackSettings)[number];
export type FeedbackLevel = "full" | "score" | "none";

export type FeedbackContext = {
  mode: "practice" | "exam" | string;
  finished: boolean;
  assignment: { feedback: FeedbackSetting | string; releaseAt: Date | null } | null;
};

// The level of feedback a learner may see on an attempt at `now`.
export function feedbackLevel(context: FeedbackContext, now: Date): FeedbackLevel {
  const { assignment, finished, mode } = context;
  if (!assignment) {
    if (finished) return "full";
    return mode === "practice" ? "full" : "none";
  }
  if (!finished) return "none";
  switch (assignment.feedback) {
    case "immediately":
      return "full";
    case "after_due":
      return assignment.releaseAt !== null && now.getTime() >= assignment.releaseAt.getTime() ? "full" : "score";
    default:
      return "score";
  }
}

// Whether checking an answer during the attempt reveals it (practice self-study only).
export function revealsOnCheck(context: Omit<FeedbackContext, "finished">, now: Date): boolean {
  return feedbackLevel({ ...context, finished: false }, now) === "full";
}
