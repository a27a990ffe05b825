import "server-only";
import { applyExtension, decideStart, refusalMessage, type StartRefusal } from "@/lib/domain/classes/availability";
import { getAssignmentForStudent, type StudentAssignment } from "@/lib/server/data/assignments";
import { startAttempt } from "@/lib/server/quiz/service";
import { questionsForStudent } from "./student-questions";
import type { Refusal } from "@/lib/server/refusal";

// Starting an assignment: the date and attempt rules decide (lib/domain/classes/availability.ts),
// the set is drawn for this student, and the quiz engine creates the attempt (exam mode; its
// results page applies the assignment's feedback rule).

export type StartOutcome =
  | { status: "started" | "resumed"; attemptId: string }
  | { status: "refused"; reason: StartRefusal }
  | { status: "empty" }
  | { status: "not-found" };

// Why the student cannot start, for the form and the API alike.
export function startRefusal(outcome: Extract<StartOutcome, { status: "refused" | "empty" }>): Refusal {
  if (outcome.status === "empty") return { status: 409, message: "This assignment has no questions yet. Tell your instructor.", extra: { reason: "empty" } };
  return { status: 409, message: refusalMessage(outcome.reason), extra: { reason: outcome.reason } };
}

// The assignment's rules as they stand for this student: their extension applied, if any.
export function forStudent<R extends StudentAssignment>(row: R): R {
  return applyExtension(row, row.extensions[0]);
}

// The student's attempt still running at `now` (not finished, deadline not passed), if any.
export function attemptInProgress(attempts: StudentAssignment["attempts"], now: Date) {
  return attempts.find((a) => a.finishedAt === null && (a.deadlineAt === null || now.getTime() < a.deadlineAt.getTime())) ?? null;
}

// Starts (or resumes) the student's attempt. Idempotent and race-safe: the quiz engine's request
// key is the attempt's number within the assignment, so two clicks (or two tabs) that both see
// "attempt 2 is next" get the same attempt instead of using two.
export async function startAssignmentAttempt(userId: string, assignmentId: string, now: Date): Promise<StartOutcome> {
  const found = await getAssignmentForStudent(userId, assignmentId);
  if (!found) return { status: "not-found" };
  const assignment = forStudent(found);
  const running = attemptInProgress(assignment.attempts, now);
  const decision = decideStart(assignment, { attemptsUsed: assignment.attempts.length, inProgressAttemptId: running?.id ?? null }, now);
  if (decision.kind === "resume") return { status: "resumed", attemptId: decision.attemptId };
  if (decision.kind === "refused") return { status: "refused", reason: decision.reason };
  const { questionIds, sectionIds } = await questionsForStudent(assignment, userId);
  if (questionIds.length === 0) return { status: "empty" };
  const { id } = await startAttempt(
    userId,
    {
      questionIds,
      mode: "exam",
      timeLimitSeconds: assignment.timeLimitSeconds,
      closesAt: decision.closesAt,
      shuffleQuestions: assignment.shuffleQuestions,
      shuffleOptions: assignment.shuffleOptions,
      sectionIds,
      assignmentId: assignment.id,
      late: decision.late,
      requestKey: `assignment:${assignment.id}:attempt:${decision.attemptNumber}`,
    },
    now,
  );
  return { status: "started", attemptId: id };
}
