"use server";

import { redirect } from "next/navigation";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/schemas/account";
import { currentSessionId, requireUser } from "@/lib/server/auth";
import { changeEmail, changePassword, confirmPassword, passwordCheckMessages } from "@/lib/server/account-security";
import { waitInWords } from "@/lib/domain/throttle";
import { requestClientAddress } from "@/lib/server/client-address";
import { deleteAccount } from "@/lib/server/data/account";
import { endUserSessions } from "@/lib/server/data/sessions";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
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

// Changes the account's email (the password typed again) and signs out every other session.
export async function changeMyEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const values = echoValues(formData, ["emailPassword"]);
  // The password field is "emailPassword" on the form: the account page has other password fields.
  const parsed = changeEmailSchema.safeParse({ newEmail: formData.get("newEmail") ?? undefined, password: formData.get("emailPassword") ?? undefined });
  if (!parsed.success) {
    const { password, ...errors } = fieldErrors(parsed.error);
    return { ok: false, message: "Your email was not changed.", errors: password ? { ...errors, emailPassword: password } : errors, values };
  }
  const outcome = await changeEmail(user.id, await currentSessionId(), parsed.data, await requestClientAddress());
  switch (outcome.status) {
    case "ok":
      return { ok: true, message: `Your email is now ${parsed.data.newEmail}. Every other session was signed out.`, errors: {} };
    case "taken":
      return { ok: false, message: "Your email was not changed.", errors: { newEmail: ["Another account uses this email."] }, values };
    case "too-many":
      return { ok: false, message: `Too many email changes were tried. Try again in ${waitInWords(outcome.retryAt ?? new Date(), new Date())}.`, errors: {}, values };
    default:
      return { ok: false, message: "Your email was not changed.", errors: { emailPassword: [passwordCheckMessages[outcome.status]] }, values };
  }
}

// Ends every session of the user, this one included, and goes to the landing page.
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endUserSessions(user.id);
  redirect("/");
}
