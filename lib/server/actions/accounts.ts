"use server";

import { signUpSchema } from "@/lib/schemas/user";
import { hashPassword } from "@/lib/server/password";
import { EmailTakenError, saveNewUser } from "@/lib/server/data/users";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";

// Creates an account from the sign-up form. The form signs the new user in on success.
export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  requireFormData(formData);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Check the fields marked below.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const { name, email, password, role } = parsed.data;
  try {
    await saveNewUser({ name, email, role, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      // Same words whether or not the address is known elsewhere; no account details are given.
      return { ok: false, message: "We could not create an account with that email. If you already have one, sign in instead.", errors: {}, values: echoValues(formData) };
    }
    throw error;
  }
  return { ok: true, message: "Account created.", errors: {} };
}
