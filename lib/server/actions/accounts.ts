"use server";

import { signUpSchema } from "@/lib/schemas/user";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";
import { requestClientAddress } from "@/lib/server/client-address";
import { registerAccount, throttledSignUpMessage } from "@/lib/server/sign-up";

// Creates an account from the sign-up form. The form signs the new user in on success.
export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Check the fields marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const outcome = await registerAccount(parsed.data, await requestClientAddress());
  if (outcome.status === "throttled" || outcome.status === "too-many") {
    return { ok: false, message: throttledSignUpMessage(outcome.retryAt, new Date(), outcome.status), errors: {}, values: echoValues(formData) };
  }
  if (outcome.status === "email-taken") {
    // No account details are given; the refusal itself is limited by the sign-up throttle.
    return { ok: false, message: "We could not create an account with that email. If you already have one, sign in instead.", errors: {}, values: echoValues(formData) };
  }
  return { ok: true, message: "Account created.", errors: {} };
}
