import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/schemas/user";

// Deleting an account needs the confirmation phrase typed out: there is no undo.
export const deleteAccountPhrase = "delete my account";
// The password typed again before a change that cannot be taken back (deleting the account,
// changing the email): a session left open on a shared computer is not enough.
export const currentPasswordSchema = z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200, "Passwords are at most 200 characters.");

export const deleteAccountSchema = z.strictObject({
  confirm: z.literal(deleteAccountPhrase, { error: `Type "${deleteAccountPhrase}" to confirm.` }),
  password: currentPasswordSchema,
});

// A new password needs the current one; it may not be the same.
export const changePasswordSchema = z
  .strictObject({ currentPassword: currentPasswordSchema, newPassword: passwordSchema })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

// Asking for a password-reset mail.
export const requestResetSchema = z.strictObject({ email: emailSchema });

// The token of a link from a mail (43 URL-safe characters when issued).
const mailTokenSchema = z.string({ error: "This link is incomplete: open the link from the mail again." }).regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is incomplete: open the link from the mail again.");

// Choosing a new password with the token from a reset mail.
export const resetPasswordSchema = z.strictObject({ token: mailTokenSchema, newPassword: passwordSchema });

// Confirming an email address with the token from the mail sent at sign-up.
export const verifyEmailSchema = z.strictObject({ token: mailTokenSchema });

// Asking for a new confirmation link.
export const resendVerificationSchema = requestResetSchema;

// A new email address, with the password typed again.
export const changeEmailSchema = z.strictObject({ newEmail: emailSchema, password: currentPasswordSchema });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
