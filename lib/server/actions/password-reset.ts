"use server";

import { requestResetSchema, resetPasswordSchema } from "@/lib/schemas/account";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";
import { requestPasswordReset, resetPassword } from "@/lib/server/password-reset";

// Asks for a reset mail. The answer is the same whether or not the address has an account.
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = requestResetSchema.safeParse({ email: formData.get("email") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Check the field marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  await requestPasswordReset(parsed.data.email);
  return { ok: true, message: "If an account uses that address, we sent it a link to choose a new password. The link works once, for 30 minutes.", errors: {} };
}

// Sets a new password with the token from a reset mail; every session of the account ends.
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token") ?? undefined, newPassword: formData.get("newPassword") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Your password was not changed.", errors: fieldErrors(parsed.error) };
  if (!(await resetPassword(parsed.data.token, parsed.data.newPassword))) {
    return { ok: false, message: "This link is invalid, already used or expired. Ask for a new one.", errors: {} };
  }
  return { ok: true, message: "Password changed, and every session of your account was signed out. Sign in with your new password.", errors: {} };
}
