// Pure rules for quiz attempts: timing, scoring, mastery and retries. The clock is a parameter
// (`now`), so the server passes its own time and tests need no fake timers.

export type AttemptTiming = { startedAt: Date; timeLimitSeconds: number | null; finishedAt?: Date | null };

// When answers stop being accepted; null for an untimed attempt. A limit that is not a finite,
// non-negative number fails closed (deadline = start) rather than granting unlimited time.
export function deadlineFor(startedAt: Date, timeLimitSeconds: number | null): Date | null {
  if (timeLimitSeconds === null) return null;
  const seconds = Number.isFinite(timeLimitSeconds) && timeLimitSeconds > 0 ? timeLimitSeconds : 0;
  return new Date(startedAt.getTime() + seconds * 1000);
}

export type AnswerRefusal = "finished" | "timed-out";

// Why an answer would be refused now, or null if it is accepted; the deadline instant itself is
// already too late, so "at the deadline" and "after" behave the same.
export function answerRefusal(attempt: AttemptTiming, now: Date): AnswerRefusal | null {
  if (attempt.finishedAt) return "finished";
  const deadline = deadlineFor(attempt.startedAt, attempt.timeLimitSeconds);
  if (deadline && now.getTime() >= deadline.getTime()) return "timed-out";
  return null;
}

// Whether an answer submitted at `now` still counts.
export function isAnswerAccepted(attempt: AttemptTiming, now: Date): boolean {
  return answerRefusal(attempt, now) === null;
}

export type AttemptScore = { points: number; maxPoints: number; percent: number };

// Every question is worth one point and an unanswered question simply earns nothing. Scores are
// clamped to 0..1 and the total to the question count, so a duplicated or forged grade cannot
// push an attempt past 100%. `percent` is not rounded: compare it unrounded, round only to show it.
export function scoreAttempt(gradedAnswers: readonly { score: number }[], questionCount: number): AttemptScore {
  const maxPoints = Math.max(0, Math.floor(questionCount));
  const sum = gradedAnswers.reduce((total, g) => total + (Number.isFinite(g.score) ? Math.min(1, Math.max(0, g.score)) : 0), 0);
  const points = Math.min(maxPoints, sum);
  return { points, maxPoints, percent: maxPoints === 0 ? 0 : (points / maxPoints) * 100 };
}

// Rounds to 2 decimals and drops trailing zeros: 2 → "2", 2.5 → "2.5", 2/3 → "0.67".
export function formatPoints(value: number): string {
  const rounded = Math.round((value + Number.EPSILON) * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

// The line shown on results pages, e.g. "Score: 7.5 / 10".
export function formatScore(score: Pick<AttemptScore, "points" | "maxPoints">): string {
  return `Score: ${formatPoints(score.points)} / ${formatPoints(score.maxPoints)}`;
}

export type QuestionResult = { questionId: string; correct: boolean; answeredAt: Date };

// The latest result per question (ties keep the later entry), across all of a learner's attempts.
export function latestResults<R extends QuestionResult>(results: readonly R[]): Map<string, R> {
  const latest = new Map<string, R>();
  for (const result of results) {
    const current = latest.get(result.questionId);
    if (!current || result.answeredAt.getTime() >= current.answeredAt.getTime()) latest.set(result.questionId, result);
  }
  return latest;
}

export type Mastery = { mastered: number; total: number; share: number };

// Mastery rule: a section's mastery is the share of its questions whose LATEST answer was fully
// right (score 1). Older right answers do not count once a later one is wrong, never-answered
// questions count as not mastered, and partial credit does not count. Only the latest answer
// matters so that mastery reflects what the learner knows now, and a learner who fixes a mistake
// gets full credit at once. A section without questions has share 0.
export function sectionMastery(
  sectionQuestionIds: readonly string[],
  latestResultsByQuestion: ReadonlyMap<string, { correct: boolean }>,
): Mastery {
  const ids = [...new Set(sectionQuestionIds)];
  const mastered = ids.filter((id) => latestResultsByQuestion.get(id)?.correct === true).length;
  return { mastered, total: ids.length, share: ids.length === 0 ? 0 : mastered / ids.length };
}

export type AttemptRecord = {
  startedAt: Date;
  finishedAt: Date | null;
  questionIds: readonly string[];
  answers: readonly { questionId: string; correct: boolean }[];
};

// The questions to retry: those of the most recently finished attempt that were not fully right,
// unanswered ones included (they scored 0), in the attempt's order. An attempt still in progress is
// not "last" yet; with no finished attempt there is nothing to retry. If a question was answered
// twice, the later entry in `answers` wins.
export function mistakesFromLastAttempt(attempts: readonly AttemptRecord[]): string[] {
  let last: AttemptRecord | null = null;
  for (const attempt of attempts) {
    if (!attempt.finishedAt) continue;
    const later =
      !last?.finishedAt ||
      attempt.finishedAt.getTime() > last.finishedAt.getTime() ||
      (attempt.finishedAt.getTime() === last.finishedAt.getTime() && attempt.startedAt.getTime() >= last.startedAt.getTime());
    if (later) last = attempt;
  }
  if (!last) return [];
  const correct = new Map(last.answers.map((a) => [a.questionId, a.correct]));
  return [...new Set(last.questionIds)].filter((id) => correct.get(id) !== true);
}
