import { isLateSubmission } from "./availability";

// A student's grade on an assignment from their attempts, by the assignment's grading method
// (Moodle's names): "highest" the best attempt, "last" the most recently finished one, "average"
// the mean of the attempts' percentages. Only attempts that are handed in (finished, or past their
// deadline and so closed with what was saved) count; one in progress does not.

export const gradingMethods = ["highest", "last", "average"] as const;
export type GradingMethod = (typeof gradingMethods)[number];

export type GradedAttempt = { id: string; finishedAt: Date; points: number; maxPoints: number; late: boolean };

export type Grade = {
  percent: number;
  late: boolean;
  // The attempts the grade is made of (for item statistics: Moodle's "graded attempts").
  attemptIds: string[];
  attemptCount: number;
};

const percentOf = (a: GradedAttempt) => (a.maxPoints > 0 ? (Math.min(Math.max(a.points, 0), a.maxPoints) / a.maxPoints) * 100 : 0);

// The grade, or null when nothing was handed in. Ties under "highest" go to the earlier attempt,
// so a later equal attempt does not turn an on-time grade into a late one. An average is late when
// any attempt in it is. An unknown method fails to "highest" (the student's best), never to 0.
export function gradeAttempts(method: GradingMethod | string, attempts: readonly GradedAttempt[], dueAt: Date): Grade | null {
  if (attempts.length === 0) return null;
  const byFinish = [...attempts].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
  const late = (a: GradedAttempt) => isLateSubmission({ late: a.late, finishedAt: a.finishedAt }, dueAt);
  const one = (a: GradedAttempt): Grade => ({ percent: percentOf(a), late: late(a), attemptIds: [a.id], attemptCount: attempts.length });
  if (method === "last") return one(byFinish[byFinish.length - 1]!);
  if (method === "average") {
    const percent = byFinish.reduce((sum, a) => sum + percentOf(a), 0) / byFinish.length;
    return { percent, late: byFinish.some(late), attemptIds: byFinish.map((a) => a.id), attemptCount: attempts.length };
  }
  let best = byFinish[0]!;
  for (const a of byFinish) if (percentOf(a) > percentOf(best)) best = a;
  return one(best);
}

// A percentage as shown in the gradebook and the CSV: one decimal, no trailing ".0".
export function formatPercent(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

export type AttemptRecord = { id: string; finishedAt: Date | null; deadlineAt: Date | null; score: number | null; maxScore: number; late: boolean };

// The attempt as handed in, or null while it is still in progress. An attempt past its deadline
// that nobody has closed yet counts as handed in at the deadline with what was saved (`itemSum`),
// which is what the quiz engine will record when it closes it.
export function handedIn(attempt: AttemptRecord, itemSum: number | undefined, now: Date): GradedAttempt | null {
  const base = { id: attempt.id, maxPoints: attempt.maxScore, late: attempt.late };
  if (attempt.finishedAt) return { ...base, finishedAt: attempt.finishedAt, points: attempt.score ?? itemSum ?? 0 };
  if (attempt.deadlineAt && now.getTime() >= attempt.deadlineAt.getTime()) return { ...base, finishedAt: attempt.deadlineAt, points: itemSum ?? 0 };
  return null;
}
