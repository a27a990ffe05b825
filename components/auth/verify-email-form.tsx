"use client";

import { verifyEmailAction } from "@/lib/server/actions/email-verification";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

// Confirms the address with the token from the sign-up mail. A button rather than the visit itself,
// so that a mail scanner opening the link does not use it up. Success goes on to sign in.
export function VerifyEmailForm({ token }: { token: string }) {
  return (
    <ActionForm action={verifyEmailAction} ids={{ token }} className="flex flex-col gap-4">
      {({ state, errors, pending }) => (
        <>
          <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
            {state.message}
            {errors.token ? ` ${errors.token.join(" ")}` : ""}
          </p>
          <Button type="submit" disabled={pending}>
            Confirm my email
          </Button>
        </>
      )}
    </ActionForm>
  );
}
