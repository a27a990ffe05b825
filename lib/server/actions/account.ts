"use server";

import { redirect } from "next/navigation";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/schemas/account";
import { currentSessionId, requireUser } from "@/lib/server/auth";
import { changePassword, confirmPassword, passwordCheckMessages } from "@/lib/server/account-security";
import { requestClientAddress } from "@/lib/server/client-address";
import { deleteAccount } from "@/lib/server/data/account";
import { endUserSessions } from "@/lib/server/data/sessions";
import { fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";

// Deletes the signed-in user's account after the typed confirmation and the password; the form then signs out.
export async function deleteMyAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const parsed = deleteAccountSchema.safeParse({ confirm: formData.get("confirm"), password: formData.get("password") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Your account was not deleted.", errors: fieldErrors(parsed.error) };
  const check = await confirmPassword(user.id, parsed.data.password, await requestClientAddress());
  if (check !== "ok") return { ok: false, message: "Your account was not deleted.", errors: { password: [passwordCheckMessages[check]] } };
  await deleteAccount(user.id);
  return { ok: true, message: "Your account and all its data were deleted.", errors: {} };
}

// Sets a new password (the current one required) and signs out every other session.
export async function changeMyPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword") ?? undefined, newPassword: formData.get("newPassword") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Your password was not changed.", errors: fieldErrors(parsed.error) };
  const check = await changePassword(user.id, await currentSessionId(), parsed.data, await requestClientAddress());
  if (check !== "ok") return { ok: false, message: "Your password was not changed.", errors: { currentPassword: [passwordCheckMessages[check]] } };
  return { ok: true, message: "Password changed. Every other session was signed out.", errors: {} };
}

// Ends every session of the user, this one included, and goes to the landing page.
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endUserSessions(user.id);
  redirect("/");
}
