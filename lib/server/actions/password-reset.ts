"use server";

import { requestResetSchema, resetPasswordSchema } from "@/lib/schemas/account";
import { statefulFormAction } from "@/lib/server/action";
import { textFields } from "@/lib/server/forms";
import { requestPasswordReset, resetPassword } from "@/lib/server/password-reset";

// Asks for a reset mail. The answer is the same whether or not the address has an account.
export const requestPasswordResetAction = statefulFormAction({
  who: "public",
  schema: requestResetSchema,
  read: textFields("email"),
  sample: () => ({ email: "reset-sample@example.com" }),
  invalid: "Check the field marked below.",
  handle: async ({ input }) => {
    await requestPasswordReset(input.email);
    return { ok: true, message: "If an account uses that address, we sent it a link to choose a new password. The link works once, for 30 minutes.", errors: {} };
  },
});

// Sets a new password with the token from a reset mail; every session of the account ends.
export const resetPasswordAction = statefulFormAction({
  who: "public",
  schema: resetPasswordSchema,
  read: textFields("token", "newPassword"),
  sample: () => ({ token: "a".repeat(43), newPassword: "a brand new password" }),
  invalid: "Your password was not changed.",
  handle: async ({ input }) => {
    if (!(await resetPassword(input.token, input.newPassword))) return { ok: false, message: "This link is invalid, already used or expired. Ask for a new one.", errors: {} };
    return { ok: true, message: "Password changed, and every session of your account was signed out. Sign in with your new password.", errors: {} };
  },
});
