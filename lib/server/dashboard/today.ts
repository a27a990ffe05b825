import "server-only";
import type { QueueCounts } from "@/lib/domain/review/queue";
import type { Streak } from "@/lib/domain/progress/activity";
import { findOpenAttempt } from "@/lib/server/data/quiz-attempts";
import { loadStreak } from "@/lib/server/review/progress";
import { loadReviewQueue } from "@/lib/server/review/queue";

// What the dashboard says about today: the cards left to study (the same counts /review shows, so
// they agree; reading them writes nothing, as reading /review writes nothing), the streak, and the
// latest quiz still open. Three independent reads, run together.

export type OpenQuiz = { id: string; title: string; answeredCount: number; total: number; deadlineAt: Date | null };
export type TodayView = { due: QueueCounts; streak: Streak; openQuiz: OpenQuiz | null };

// Today's figures for a learner at `now`.
export async function loadToday(userId: string, now: Date): Promise<TodayView> {
  const [queue, streak, open] = await Promise.all([loadReviewQueue(userId, now, { limit: 1 }), loadStreak(userId, now), findOpenAttempt(userId, now)]);
  const openQuiz = open
    ? { id: open.id, title: open.assignment?.title ?? (open.mode === "exam" ? "Exam" : "Practice quiz"), answeredCount: open.answeredCount, total: open.maxScore, deadlineAt: open.deadlineAt }
    : null;
  return { due: queue?.counts ?? { new: 0, learning: 0, review: 0 }, streak, openQuiz };
}
