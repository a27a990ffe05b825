"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { createStudyTargetSchema, deleteStudyTargetSchema } from "@/lib/schemas/study-targets";
import { requireUser } from "@/lib/server/auth";
import { deleteOwnTarget } from "@/lib/server/data/study-targets";
import { requireFormData } from "@/lib/server/form-data";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { createStudyTarget } from "@/lib/server/review/targets";
import { studyTargetFromForm, text } from "@/lib/server/forms";

// A learner's own study targets (study for a date), from the form on /progress.

// Adds a target: the ticked sections, a date after today, a target recall in percent.
export async function createStudyTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const parsed = createStudyTargetSchema.safeParse(studyTargetFromForm(formData));
  if (!parsed.success) return { ok: false, message: "Check the target.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const outcome = await createStudyTarget(user.id, parsed.data, new Date());
  if (outcome.status === "invalid") {
    return { ok: false, message: "Check the target.", errors: { [outcome.path]: [outcome.message] }, values: echoValues(formData) };
  }
  revalidatePath("/progress");
  return { ok: true, message: "Target added: your review queue now works toward it.", errors: {} };
}

// Deletes one of the learner's own targets (another's is not found).
export async function deleteStudyTargetAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  requireFormData(formData);
  const parsed = deleteStudyTargetSchema.safeParse({ id: text(formData, "targetId") });
  if (!parsed.success || !(await deleteOwnTarget(user.id, parsed.data.id))) notFound();
  revalidatePath("/progress");
}
