"use server";

import { redirect } from "next/navigation";
import { resendVerificationSchema, verifyEmailSchema } from "@/lib/schemas/account";
import { statefulFormAction } from "@/lib/server/action";
import { textFields } from "@/lib/server/forms";
import { resendVerification, verifyEmail } from "@/lib/server/email-verification";

// Confirms the address with the token from the sign-up mail, then sends the visitor to sign in.
export const verifyEmailAction = statefulFormAction({
  who: "public",
  schema: verifyEmailSchema,
  read: textFields("token"),
  sample: () => ({ token: "a".repeat(43) }),
  invalid: "Your address was not confirmed.",
  handle: async ({ input }) => {
    if (!(await verifyEmail(input.token))) return { ok: false, message: "This link is invalid, already used or expired. Ask for a new one below.", errors: {} };
    redirect("/sign-in?verified=1");
  },
});

// Asks for a new confirmation link. The answer is the same whatever the address.
export const resendVerificationAction = statefulFormAction({
  who: "public",
  schema: resendVerificationSchema,
  read: textFields("email"),
  sample: () => ({ email: "verify-sample@example.com" }),
  invalid: "Check the field marked below.",
  handle: async ({ input }) => {
    await resendVerification(input.email);
    return { ok: true, message: "If an account with that address waits for confirmation, we sent it a new link. The link works once, for 24 hours.", errors: {} };
  },
});
