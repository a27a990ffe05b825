"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { extensionProblem, refusalMessage } from "@/lib/domain/classes/availability";
import { createAssignmentSchema, rowIdSchema, setExtensionSchema, setGradeOverrideSchema, updateAssignmentSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { createAssignment, deleteAssignment } from "@/lib/server/data/assignments";
import { getAssignmentExtensions, saveExtension, saveGradeOverride } from "@/lib/server/data/extensions";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { assignmentFromForm, assignmentRulesFromForm, optionalNumber, text } from "@/lib/server/forms";
import { saveAssignmentRules } from "@/lib/server/assignments/edit";
import { startAssignmentAttempt } from "@/lib/server/assignments/start";
import { requireFormData } from "@/lib/server/form-data";

// Assignment actions: instructors assign their own sets to their own classes; students start
// assignments of classes they joined. Both re-check role and ownership here.

// Assigns a set to a class (the "Assign" form on the class page).
export async function createAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const parsed = createAssignmentSchema.safeParse(assignmentFromForm(formData));
  if (!parsed.success) return { ok: false, message: "Check the fields marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const { timeLimitMinutes, ...input } = parsed.data;
  const created = await createAssignment(user.id, { ...input, timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 });
  if (!created) notFound();
  revalidatePath(`/teach/classes/${input.classId}`);
  redirect(`/teach/assignments/${created.id}`);
}

// Saves the edited rules of the instructor's assignment (the edit form sends every rule).
export async function updateAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const assignmentId = rowIdSchema.safeParse(text(formData, "assignmentId"));
  if (!assignmentId.success) notFound();
  // The class and the set stay as they were: the edit form has no such fields.
  const parsed = updateAssignmentSchema.safeParse(assignmentRulesFromForm(formData));
  if (!parsed.success) return { ok: false, message: "Check the fields marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const saved = await saveAssignmentRules(user.id, assignmentId.data, parsed.data);
  if (saved.status !== "saved") notFound();
  revalidatePath(`/teach/assignments/${assignmentId.data}`);
  redirect(`/teach/assignments/${assignmentId.data}`);
}

// Deletes the instructor's assignment and the attempts at it, then shows the class.
export async function deleteAssignmentAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const assignmentId = rowIdSchema.safeParse(text(formData, "assignmentId"));
  if (!assignmentId.success) notFound();
  const deleted = await deleteAssignment(user.id, assignmentId.data);
  if (!deleted) notFound();
  revalidatePath(`/teach/classes/${deleted.classId}`);
  redirect(`/teach/classes/${deleted.classId}`);
}

// Starts (or resumes) the student's attempt and opens it in the quiz engine.
export async function startAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("student");
  requireFormData(formData);
  const assignmentId = rowIdSchema.safeParse(text(formData, "assignmentId"));
  if (!assignmentId.success) notFound();
  const outcome = await startAssignmentAttempt(user.id, assignmentId.data, new Date());
  if (outcome.status === "not-found") notFound();
  if (outcome.status === "refused") return { ok: false, message: refusalMessage(outcome.reason), errors: {} };
  if (outcome.status === "empty") return { ok: false, message: "This assignment has no questions yet. Tell your instructor.", errors: {} };
  revalidatePath(`/assignments/${assignmentId.data}`);
  redirect(`/quiz/${outcome.attemptId}`);
}

// Sets one student's extension on an assignment (a later due date, extra attempts), or clears it
// with an empty date and 0 attempts. Refused when it would run past the class's release of
// feedback or held-out questions (lib/domain/classes/availability.ts `extensionProblem`).
export async function setExtensionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const parsed = setExtensionSchema.safeParse({
    assignmentId: text(formData, "assignmentId"),
    userId: text(formData, "userId"),
    timeZone: text(formData, "timeZone"),
    dueAt: text(formData, "dueAt") || null,
    extraAttempts: optionalNumber(formData, "extraAttempts") ?? 0,
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.assignmentId || errors.userId) notFound();
    return { ok: false, message: "Check the extension.", errors, values: echoValues(formData) };
  }
  const { assignmentId, userId, dueAt, extraAttempts } = parsed.data;
  const assignment = await getAssignmentExtensions(user.id, assignmentId);
  if (!assignment) notFound();
  const problem = dueAt || extraAttempts ? extensionProblem(assignment, { dueAt, extraAttempts }) : null;
  if (problem) return { ok: false, message: problem, errors: { dueAt: [problem] }, values: echoValues(formData) };
  if (!(await saveExtension(user.id, assignmentId, userId, { dueAt, extraAttempts }))) notFound();
  revalidatePath(`/teach/classes/${assignment.classId}/gradebook`);
  revalidatePath(`/teach/classes/${assignment.classId}/students/${userId}`);
  return { ok: true, message: dueAt || extraAttempts ? "Extension saved." : "Extension removed.", errors: {} };
}

// Sets the instructor's grade for one student on an assignment, with the reason (recorded in the
// audit log), or with "clear" goes back to the grade worked out from the attempts.
export async function setGradeOverrideAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const clear = text(formData, "clear") === "on";
  const parsed = setGradeOverrideSchema.safeParse(
    clear
      ? { clear, assignmentId: text(formData, "assignmentId"), userId: text(formData, "userId") }
      : { clear, assignmentId: text(formData, "assignmentId"), userId: text(formData, "userId"), percent: optionalNumber(formData, "percent") ?? undefined, reason: text(formData, "reason") ?? "" },
  );
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.assignmentId || errors.userId) notFound();
    return { ok: false, message: "Check the grade.", errors, values: echoValues(formData) };
  }
  const { assignmentId, userId } = parsed.data;
  const override = parsed.data.clear ? null : { percent: parsed.data.percent, reason: parsed.data.reason };
  if (!(await saveGradeOverride(user.id, assignmentId, userId, override))) notFound();
  revalidatePath(`/teach/assignments/${assignmentId}`);
  return { ok: true, message: override ? "Grade saved." : "Back to the grade from the attempts.", errors: {} };
}
