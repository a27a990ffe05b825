import "server-only";
import { db } from "@/lib/server/db";

// The learner's latest result per question (QuestionResult), written with every answer by
// saveAnswerWithResult in quiz-attempts.ts and read for mastery.

// Every latest result of the learner (one row per question answered at least once).
export async function listQuestionResults(userId: string) {
  return db.questionResult.findMany({ where: { userId }, select: { questionId: true, sectionId: true, correct: true, score: true, answeredAt: true } });
}

// The learner's time zone (from their review settings), for showing dates; UTC when unset.
export async function getLearnerTimeZone(userId: string): Promise<string> {
  const settings = await db.reviewSettings.findUnique({ where: { userId }, select: { timeZone: true } });
  return settings?.timeZone ?? "UTC";
}
