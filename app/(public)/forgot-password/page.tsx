import type { Metadata } from "next";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { requestPasswordResetAction } from "@/lib/server/actions/password-reset";

export const metadata: Metadata = { title: "Forgot your password" };

// Asks for a link to choose a new password.
export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      <p>Enter the email address of your account. We will send it a link to choose a new password.</p>
      <EmailLinkForm action={requestPasswordResetAction} submitLabel="Send the link" />
    </div>
  );
}
