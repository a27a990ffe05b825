import { deadlineFor, type AnswerRefusal } from "./attempt";

// When an attempt stops taking answers, once assignments' closing times come into play. attempt.ts
// derives the deadline from the time limit alone; an assignment can also close before the limit
// runs out, so the server stores the earlier of the two as `deadlineAt` and decides with it.

// The earlier of start + limit and the closing time; null when neither applies.
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null, closesAt: Date | null = null): Date | null {
  const byLimit = deadlineFor(startedAt, timeLimitSeconds);
  if (!byLimit) return closesAt ? new Date(closesAt) : null;
  if (!closesAt) return byLimit;
  return byLimit.getTime() <= closesAt.getTime() ? byLimit : new Date(closesAt);
}

export type AttemptClock = { finishedAt: Date | null; deadlineAt: Date | null };

// Why an answer at `now` is refused, or null when it counts. The deadline instant itself is too late.
export function refusalAt(attempt: AttemptClock, now: Date): AnswerRefusal | null {
  if (attempt.finishedAt) return "finished";
  if (attempt.deadlineAt && now.getTime() >= attempt.deadlineAt.getTime()) return "timed-out";
  return null;
}

// Whether an unfinished attempt has run out of time and must be closed and graded now.
export function isOverdue(attempt: AttemptClock, now: Date): boolean {
  return refusalAt(attempt, now) === "timed-out";
}

// The instant an attempt ends: now, or its deadline when that passed first (an attempt closed late,
// e.g. on the next visit, still took only its allotted time).
export function finishInstant(attempt: Pick<AttemptClock, "deadlineAt">, now: Date): Date {
  if (attempt.deadlineAt && attempt.deadlineAt.getTime() < now.getTime()) return new Date(attempt.deadlineAt);
  return now;
}

// Whole seconds left before the deadline (0 once passed); null for an untimed attempt.
export function secondsLeft(attempt: Pick<AttemptClock, "deadlineAt">, now: Date): number | null {
  if (!attempt.deadlineAt) return null;
  return Math.max(0, Math.ceil((attempt.deadlineAt.getTime() - now.getTime()) / 1000));
}

// The question to show: the one asked for when it exists, else the first unanswered one, else the
// last (everything answered: the learner is about to finish). Positions are 0-based.
export function resumePosition(answered: readonly boolean[], requested?: number | null): number {
  if (answered.length === 0) return 0;
  if (requested !== undefined && requested !== null && Number.isInteger(requested) && requested >= 0 && requested < answered.length) return requested;
  const next = answered.indexOf(false);
  return next === -1 ? answered.length - 1 : next;
}
