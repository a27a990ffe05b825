import "server-only";
import { db } from "@/lib/server/db";

// The learner's latest result per question (QuestionResult), read for mastery, the review feed and
// the data export. A result is written when its learner may see it, or may come to see it: at the
// check in practice, at the finish of an exam or an assignment attempt (quiz-attempts.ts).

// The results a learner may see at `now`: the query form of the feedback policy
// (lib/domain/quiz/feedback.ts with lastSubmissionAt), kept in the query so mastery stays one
// indexed read. Self-study results are only written once visible; an assignment's are visible when
// its feedback is immediate, or "after the due date" once no one can submit (the due date, or
// the cut-off with late work); "never" keeps them out of mastery for good, since mastery would tell
// which answers were right.
export function visibleResults(now: Date) {
  return {
    OR: [
      { attemptId: null },
      { attempt: { assignmentId: null } },
      { attempt: { assignment: { feedback: "immediately" } } },
      { attempt: { assignment: { feedback: "after_due", lateWork: { not: "accept" }, dueAt: { lte: now } } } },
      { attempt: { assignment: { feedback: "after_due", lateWork: "accept", cutoffAt: { lte: now } } } },
    ],
  };
}

// Every latest result of the learner that they may see now (one row per question).
export async function listQuestionResults(userId: string, now = new Date()) {
  return db.questionResult.findMany({ where: { userId, ...visibleResults(now) }, select: { questionId: true, sectionId: true, correct: true, score: true, answeredAt: true } });
}

// The learner's time zone (from their review settings), for showing dates; UTC when unset.
export async function getLearnerTimeZone(userId: string): Promise<string> {
  const settings = await db.reviewSettings.findUnique({ where: { userId }, select: { timeZone: true } });
  return settings?.timeZone ?? "UTC";
}
