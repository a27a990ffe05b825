"use server";

import { signUpSchema } from "@/lib/schemas/user";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";
import { requestClientAddress } from "@/lib/server/client-address";
import { checkInboxMessage, registerAccount, throttledSignUpMessage } from "@/lib/server/sign-up";

// Creates an unconfirmed account from the sign-up form, or not when the email is registered: the
// answer is the same, and the mail (a confirmation link, or a note to the owner) goes out after it.
export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Check the fields marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const outcome = await registerAccount(parsed.data, await requestClientAddress());
  if (outcome.status === "too-many") return { ok: false, message: throttledSignUpMessage(outcome.retryAt), errors: {}, values: echoValues(formData) };
  return { ok: true, message: checkInboxMessage, errors: {} };
}
