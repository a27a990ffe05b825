"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { refusalMessage } from "@/lib/domain/classes/availability";
import { createAssignmentSchema, rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { createAssignment } from "@/lib/server/data/assignments";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { assignmentFromForm, text } from "@/lib/server/teach/forms";
import { startAssignmentAttempt } from "@/lib/server/teach/start";

// Assignment actions: instructors assign their own sets to their own classes; students start
// assignments of classes they joined. Both re-check role and ownership here.

// Assigns a set to a class (the "Assign" form on the class page).
export async function createAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  const parsed = createAssignmentSchema.safeParse(assignmentFromForm(formData));
  if (!parsed.success) return { ok: false, message: "Check the fields marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const { timeLimitMinutes, ...input } = parsed.data;
  const created = await createAssignment(user.id, { ...input, timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 });
  if (!created) notFound();
  revalidatePath(`/teach/classes/${input.classId}`);
  redirect(`/teach/assignments/${created.id}`);
}

// Starts (or resumes) the student's attempt and opens it in the quiz engine.
export async function startAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("student");
  const assignmentId = rowIdSchema.safeParse(text(formData, "assignmentId"));
  if (!assignmentId.success) notFound();
  const outcome = await startAssignmentAttempt(user.id, assignmentId.data, new Date());
  if (outcome.status === "not-found") notFound();
  if (outcome.status === "refused") return { ok: false, message: refusalMessage(outcome.reason), errors: {} };
  if (outcome.status === "empty") return { ok: false, message: "This assignment has no questions yet. Tell your instructor.", errors: {} };
  revalidatePath(`/assignments/${assignmentId.data}`);
  redirect(`/quiz/${outcome.attemptId}`);
}
