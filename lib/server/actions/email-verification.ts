"use server";

import { redirect } from "next/navigation";
import { resendVerificationSchema, verifyEmailSchema } from "@/lib/schemas/account";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";
import { resendVerification, verifyEmail } from "@/lib/server/email-verification";

// Confirms the address with the token from the sign-up mail, then sends the visitor to sign in.
export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = verifyEmailSchema.safeParse({ token: formData.get("token") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Your address was not confirmed.", errors: fieldErrors(parsed.error) };
  if (!(await verifyEmail(parsed.data.token))) {
    return { ok: false, message: "This link is invalid, already used or expired. Ask for a new one below.", errors: {} };
  }
  redirect("/sign-in?verified=1");
}

// Asks for a new confirmation link. The answer is the same whatever the address.
export async function resendVerificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = resendVerificationSchema.safeParse({ email: formData.get("email") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Check the field marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  await resendVerification(parsed.data.email);
  return { ok: true, message: "If an account with that address waits for confirmation, we sent it a new link. The link works once, for 24 hours.", errors: {} };
}
