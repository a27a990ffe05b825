"use server";

import { redirect } from "next/navigation";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/schemas/account";
import { argsAction, statefulFormAction } from "@/lib/server/action";
import { textFields } from "@/lib/server/forms";
import { currentSessionId } from "@/lib/server/auth";
import { changeEmail, changePassword, confirmPassword, passwordCheckMessages } from "@/lib/server/account-security";
import { waitInWords } from "@/lib/domain/throttle";
import { requestClientAddress } from "@/lib/server/client-address";
import { deleteAccount } from "@/lib/server/data/account";
import { endUserSessions } from "@/lib/server/data/sessions";
import { echoValues } from "@/lib/server/form-state";

const SAMPLE_PASSWORD = "correct horse battery staple";

// Deletes the signed-in user's account after the typed confirmation and the password; the form then signs out.
export const deleteMyAccount = statefulFormAction({
  who: "signed-in",
  destructive: true,
  schema: deleteAccountSchema,
  read: textFields("confirm", "password"),
  sample: () => ({ confirm: "delete my account", password: SAMPLE_PASSWORD }),
  invalid: (errors) => ({ ok: false, message: "Your account was not deleted.", errors }),
  handle: async ({ user, input }) => {
    const check = await confirmPassword(user.id, input.password, await requestClientAddress());
    if (check !== "ok") return { ok: false, message: "Your account was not deleted.", errors: { password: [passwordCheckMessages[check]] } };
    await deleteAccount(user.id);
    return { ok: true, message: "Your account and all its data were deleted.", errors: {} };
  },
});

// Sets a new password (the current one required) and signs out every other session.
export const changeMyPassword = statefulFormAction({
  who: "signed-in",
  schema: changePasswordSchema,
  read: textFields("currentPassword", "newPassword"),
  sample: () => ({ currentPassword: SAMPLE_PASSWORD, newPassword: "a brand new password" }),
  invalid: (errors) => ({ ok: false, message: "Your password was not changed.", errors }),
  handle: async ({ user, input }) => {
    const check = await changePassword(user.id, await currentSessionId(), input, await requestClientAddress());
    if (check !== "ok") return { ok: false, message: "Your password was not changed.", errors: { currentPassword: [passwordCheckMessages[check]] } };
    return { ok: true, message: "Password changed. Every other session was signed out.", errors: {} };
  },
});

// Changes the account's email (the password typed again) and signs out every other session. The
// password field is "emailPassword" on the form: the account page has other password fields.
export const changeMyEmail = statefulFormAction({
  who: "signed-in",
  schema: changeEmailSchema,
  read: (formData: FormData) => ({ newEmail: formData.get("newEmail") ?? undefined, password: formData.get("emailPassword") ?? undefined }),
  sample: () => ({ newEmail: "moved-sample@example.com", emailPassword: SAMPLE_PASSWORD }),
  invalid: ({ password, ...errors }, formData) => ({ ok: false, message: "Your email was not changed.", errors: password ? { ...errors, emailPassword: password } : errors, values: echoValues(formData) }),
  handle: async ({ user, input, formData }) => {
    const values = echoValues(formData);
    const outcome = await changeEmail(user.id, await currentSessionId(), input, await requestClientAddress());
    switch (outcome.status) {
      case "ok":
        return { ok: true, message: `Your email is now ${input.newEmail}. Every other session was signed out.`, errors: {} };
      case "taken":
        return { ok: false, message: "Your email was not changed.", errors: { newEmail: ["Another account uses this email."] }, values };
      case "too-many":
        return { ok: false, message: `Too many email changes were tried. Try again in ${waitInWords(outcome.retryAt ?? new Date(), new Date())}.`, errors: {}, values };
      default:
        return { ok: false, message: "Your email was not changed.", errors: { emailPassword: [passwordCheckMessages[outcome.status]] }, values };
    }
  },
});

// Ends every session of the user, this one included, and goes to the landing page.
export const signOutEverywhere = argsAction({
  who: "signed-in",
  sample: () => [],
  handle: async ({ user }): Promise<void> => {
    await endUserSessions(user.id);
    redirect("/");
  },
});
