"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { createClassSchema, joinClassSchema, joinCodeActionSchema, rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { createClass, deleteClass, removeMember, renameClass, restoreMember, setJoinCode } from "@/lib/server/data/classes";
import { joinClassWithCode, REMOVED_MESSAGE, throttledJoinMessage } from "@/lib/server/classes/join";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { text } from "@/lib/server/forms";
import { newJoinCode } from "@/lib/server/classes/join-codes";
import { requireFormData } from "@/lib/server/form-data";

// Class actions. Each checks the role itself (students get the 403 page) and puts the instructor
// in every query, so a class that is not theirs is a 404, never a change.

// Creates a class for the signed-in instructor and opens it.
export async function createClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const parsed = createClassSchema.safeParse({ name: text(formData, "name") });
  if (!parsed.success) return { ok: false, message: "Check the class name.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const created = await createClass(user.id, parsed.data.name, newJoinCode);
  revalidatePath("/teach");
  redirect(`/teach/classes/${created.id}`);
}

// Renames the instructor's class in place.
export async function renameClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const classId = rowIdSchema.safeParse(text(formData, "classId"));
  if (!classId.success) notFound();
  const parsed = createClassSchema.safeParse({ name: text(formData, "name") });
  if (!parsed.success) return { ok: false, message: "Check the class name.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  if (!(await renameClass(user.id, classId.data, parsed.data.name))) notFound();
  revalidatePath(`/teach/classes/${classId.data}`);
  return { ok: true, message: "Name saved.", errors: {} };
}

// Deletes the instructor's class with its roster and assignments, then shows the Teach page.
export async function deleteClassAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const classId = rowIdSchema.safeParse(text(formData, "classId"));
  if (!classId.success || !(await deleteClass(user.id, classId.data))) notFound();
  revalidatePath("/teach");
  redirect("/teach");
}

// Regenerates the join code (the old one stops working) or turns joining off.
export async function updateJoinCodeAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const classId = rowIdSchema.safeParse(text(formData, "classId"));
  const mode = joinCodeActionSchema.safeParse({ action: text(formData, "action") });
  if (!classId.success || !mode.success) notFound();
  if (!(await setJoinCode(user.id, classId.data, mode.data.action, newJoinCode))) notFound();
  revalidatePath(`/teach/classes/${classId.data}`);
}

// Removes a student from the instructor's class (kept in the gradebook as removed, restorable).
export async function removeMemberAction(formData: FormData): Promise<void> {
  await changeMembership(formData, (instructorId, classId, userId) => removeMember(instructorId, classId, userId, new Date()));
}

// Restores a student the instructor removed.
export async function restoreMemberAction(formData: FormData): Promise<void> {
  await changeMembership(formData, restoreMember);
}

async function changeMembership(formData: FormData, change: (instructorId: string, classId: string, userId: string) => Promise<boolean>) {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const classId = rowIdSchema.safeParse(text(formData, "classId"));
  const userId = rowIdSchema.safeParse(text(formData, "userId"));
  if (!classId.success || !userId.success) notFound();
  if (!(await change(user.id, classId.data, userId.data))) notFound();
  revalidatePath(`/teach/classes/${classId.data}`);
  revalidatePath(`/teach/classes/${classId.data}/gradebook`);
}

// A student joins a class with its code, then lands on the class page.
export async function joinClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("student");
  requireFormData(formData);
  const parsed = joinClassSchema.safeParse({ code: text(formData, "code") ?? "" });
  if (!parsed.success) return { ok: false, message: "Check the class code.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const outcome = await joinClassWithCode(user.id, parsed.data.code);
  if (outcome.status === "throttled") return { ok: false, message: throttledJoinMessage(outcome.retryAt), errors: {}, values: echoValues(formData) };
  // The same words for a code that never existed and one turned off: codes are not enumerable.
  if (outcome.status === "unknown-code") return { ok: false, message: "No class takes this code. Check it with your instructor.", errors: { code: ["No class takes this code."] }, values: echoValues(formData) };
  if (outcome.status === "removed") return { ok: false, message: REMOVED_MESSAGE, errors: {}, values: echoValues(formData) };
  revalidatePath("/classes");
  revalidatePath("/dashboard");
  redirect(`/classes/${outcome.class.id}`);
}
