"use server";

import { signUpSchema } from "@/lib/schemas/user";
import { statefulFormAction } from "@/lib/server/action";
import { echoValues } from "@/lib/server/form-state";
import { requestClientAddress } from "@/lib/server/client-address";
import { checkInboxMessage, registerAccount, throttledSignUpMessage } from "@/lib/server/sign-up";

// Creates an unconfirmed account from the sign-up form, or not when the email is registered: the
// answer is the same, and the mail (a confirmation link, or a note to the owner) goes out after it.
export const signUp = statefulFormAction({
  who: "public",
  schema: signUpSchema,
  read: (formData: FormData) => Object.fromEntries(formData),
  sample: () => ({ name: "Ann Sample", email: "sign-up-sample@example.com", password: "correct horse battery", role: "student" }),
  invalid: "Check the fields marked below.",
  handle: async ({ input, formData }) => {
    const outcome = await registerAccount(input, await requestClientAddress());
    if (outcome.status === "too-many") return { ok: false, message: throttledSignUpMessage(outcome.retryAt), errors: {}, values: echoValues(formData) };
    return { ok: true, message: checkInboxMessage, errors: {} };
  },
});
