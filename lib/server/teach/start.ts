import "server-only";
import { decideStart, type StartRefusal } from "@/lib/domain/classes/availability";
import { drawSetQuestions, toSetItem } from "@/lib/domain/classes/set-items";
import { getAssignmentForStudent, getAssignmentSetItems, type StudentAssignment } from "@/lib/server/data/assignments";
import { livePoolBySection } from "@/lib/server/data/question-sets";
import { getQuestionsByIds } from "@/lib/server/data/quiz-questions";
import { startAttempt } from "@/lib/server/quiz/service";

// Starting an assignment: the date and attempt rules decide (lib/domain/classes/availability.ts),
// the set is drawn for this student, and the quiz engine creates the attempt (exam mode; its
// results page applies the assignment's feedback rule).

export type StartOutcome =
  | { status: "started" | "resumed"; attemptId: string }
  | { status: "refused"; reason: StartRefusal }
  | { status: "empty" }
  | { status: "not-found" };

// The student's attempt still running at `now` (not finished, deadline not passed), if any.
export function attemptInProgress(attempts: StudentAssignment["attempts"], now: Date) {
  return attempts.find((a) => a.finishedAt === null && (a.deadlineAt === null || now.getTime() < a.deadlineAt.getTime())) ?? null;
}

// The questions this student gets on this assignment: the set's fixed questions and their random
// draws (stable per student and assignment), leaving out questions since retired, and any the
// quiz engine cannot read (it parses with the content schema, so until it accepts a missing quote,
// an instructor's question written without a quote is skipped rather than failing the start).
export async function questionsForStudent(assignment: Pick<StudentAssignment, "id" | "setId">, userId: string): Promise<{ questionIds: string[]; sectionIds: string[] }> {
  const items = (await getAssignmentSetItems(assignment.setId)).flatMap((row) => toSetItem(row) ?? []);
  const pools = await livePoolBySection(items.flatMap((i) => (i.kind === "random" ? [i.sectionId] : [])));
  const { questionIds } = drawSetQuestions(items, pools, `${assignment.id}:${userId}`);
  const readable = await getQuestionsByIds(questionIds);
  const usable = questionIds.filter((id) => readable.get(id)?.retired === false);
  const sectionIds = [...new Set(usable.flatMap((id) => readable.get(id)?.sectionId ?? []))];
  return { questionIds: usable, sectionIds };
}

// Starts (or resumes) the student's attempt. Idempotent and race-safe: the quiz engine's request
// key is the attempt's number within the assignment, so two clicks (or two tabs) that both see
// "attempt 2 is next" get the same attempt instead of using two.
export async function startAssignmentAttempt(userId: string, assignmentId: string, now: Date): Promise<StartOutcome> {
  const assignment = await getAssignmentForStudent(userId, assignmentId);
  if (!assignment) return { status: "not-found" };
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
