import "server-only";
import type { z } from "zod";
import { lastSubmissionAt } from "@/lib/domain/classes/availability";
import { attemptDeadline } from "@/lib/domain/quiz/timing";
import { patchAssignmentSchema, updateAssignmentSchema, type UpdateAssignmentInput } from "@/lib/schemas/classes";
import { getAssignmentForInstructor, updateAssignment, type AssignmentRules, type InstructorAssignment } from "@/lib/server/data/assignments";

// Editing an assignment's rules, from the form (every field) or the API (any of them).

// The stored rules as the edit schema reads them: dates as ISO instants, the limit in minutes.
function currentRules(a: InstructorAssignment): z.input<typeof updateAssignmentSchema> {
  return {
    title: a.title,
    opensAt: a.opensAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    timeZone: a.timeZone,
    timeLimitMinutes: a.timeLimitSeconds === null ? null : Math.round(a.timeLimitSeconds / 60),
    attemptsAllowed: a.attemptsAllowed,
    gradingMethod: a.gradingMethod as UpdateAssignmentInput["gradingMethod"],
    shuffleQuestions: a.shuffleQuestions,
    shuffleOptions: a.shuffleOptions,
    feedback: a.feedback as UpdateAssignmentInput["feedback"],
    lateWork: a.lateWork as UpdateAssignmentInput["lateWork"],
    cutoffAt: a.cutoffAt?.toISOString() ?? null,
    holdOutOfSelfStudy: a.holdOutOfSelfStudy,
    targetRecall: a.targetRecall,
  };
}

function toRules({ timeLimitMinutes, ...rules }: UpdateAssignmentInput): AssignmentRules {
  return { ...rules, timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 };
}

export type EditOutcome = { status: "saved" } | { status: "not-found" } | { status: "invalid"; error: z.ZodError };

// Saves validated rules (the edit form sends all of them). Attempts still running keep their time
// limit, but their deadline follows the new last chance to submit (the due date, or the cut-off
// with late work: an extension reaches students mid-attempt); attempts already past their
// deadline stay closed.
export async function saveAssignmentRules(instructorId: string, assignmentId: string, input: UpdateAssignmentInput, now = new Date()): Promise<EditOutcome> {
  const closesAt = lastSubmissionAt(input);
  const saved = await updateAssignment(instructorId, assignmentId, toRules(input), (attempt) => attemptDeadline(attempt.startedAt, attempt.timeLimitSeconds, closesAt), now);
  return saved ? { status: "saved" } : { status: "not-found" };
}

// Applies a partial change (already parsed with patchAssignmentSchema) over the stored rules, then
// checks the whole again: a new due date must still come after the opening date.
export async function patchAssignmentRules(instructorId: string, assignmentId: string, patch: z.infer<typeof patchAssignmentSchema>): Promise<EditOutcome> {
  const current = await getAssignmentForInstructor(instructorId, assignmentId);
  if (!current) return { status: "not-found" };
  const merged = updateAssignmentSchema.safeParse({ ...currentRules(current), ...patch });
  if (!merged.success) return { status: "invalid", error: merged.error };
  return saveAssignmentRules(instructorId, assignmentId, merged.data);
}
