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
  // The points behind the percentage: the graded attempt's, or the attempts' mean under "average".
  points: number;
  maxPoints: number;
  late: boolean;
  // The attempts the grade is made of (for item statistics: Moodle's "graded attempts").
  attemptIds: string[];
  attemptCount: number;
};

const pointsOf = (a: GradedAttempt) => Math.min(Math.max(a.points, 0), a.maxPoints);
const percentOf = (a: GradedAttempt) => (a.maxPoints > 0 ? (pointsOf(a) / a.maxPoints) * 100 : 0);
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

// The grade, or null when nothing was handed in. Ties under "highest" go to the earlier attempt,
// so a later equal attempt does not turn an on-time grade into a late one. An average is late when
// any attempt in it is. An unknown method fails to "highest" (the student's best), never to 0.
export function gradeAttempts(method: GradingMethod | string, attempts: readonly GradedAttempt[], dueAt: Date): Grade | null {
  if (attempts.length === 0) return null;
  const byFinish = [...attempts].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
  const late = (a: GradedAttempt) => isLateSubmission({ late: a.late, finishedAt: a.finishedAt }, dueAt);
  const one = (a: GradedAttempt): Grade => ({ percent: percentOf(a), points: pointsOf(a), maxPoints: a.maxPoints, late: late(a), attemptIds: [a.id], attemptCount: attempts.length });
  if (method === "last") return one(byFinish[byFinish.length - 1]!);
  if (method === "average") {
    const percent = mean(byFinish.map(percentOf));
    return { percent, points: mean(byFinish.map(pointsOf)), maxPoints: mean(byFinish.map((a) => a.maxPoints)), late: byFinish.some(late), attemptIds: byFinish.map((a) => a.id), attemptCount: attempts.length };
  }
  let best = byFinish[0]!;
  for (const a of byFinish) if (percentOf(a) > percentOf(best)) best = a;
  return one(best);
}


// The instructor's own grade for a student (a percentage, with the reason they gave).
export type GradeOverride = { percent: number; reason: string };
export type ShownGrade = Grade & { override: GradeOverride | null };

// The grade as it counts: the override's percentage when the instructor set one (with or without
// attempts behind it; its points are the percentage of the attempts' maximum, or out of 100),
// else the worked-out grade. Null when there is neither.
export function withOverride(grade: Grade | null, override: GradeOverride | null | undefined): ShownGrade | null {
  if (!override) return grade && { ...grade, override: null };
  const maxPoints = grade?.maxPoints ?? 100;
  return { percent: override.percent, points: (override.percent / 100) * maxPoints, maxPoints, late: grade?.late ?? false, attemptIds: grade?.attemptIds ?? [], attemptCount: grade?.attemptCount ?? 0, override };
}

// Points as the gradebook shows them: "1.5 / 2" (one decimal at most).
export function formatPoints(points: number, maxPoints: number): string {
  const short = (n: number) => String(Math.round(n * 10) / 10);
  return `${short(points)} / ${short(maxPoints)}`;
}

export type GradeSummary = { count: number; average: number; median: number };

// The class's average and median of one assignment's grades (percentages); null when nobody has one.
export function summarizeGrades(percents: readonly number[]): GradeSummary | null {
  if (percents.length === 0) return null;
  const sorted = [...percents].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: sorted.length, average: mean(sorted), median };
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
