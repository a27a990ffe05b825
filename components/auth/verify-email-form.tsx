"use client";

import { useActionState } from "react";
import { verifyEmailAction } from "@/lib/server/actions/email-verification";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";

// Confirms the address with the token from the sign-up mail. A button rather than the visit itself,
// so that a mail scanner opening the link does not use it up. Success goes on to sign in.
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(verifyEmailAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
        {state.errors.token ? ` ${state.errors.token.join(" ")}` : ""}
      </p>
      <Button type="submit" disabled={pending}>
        Confirm my email
      </Button>
    </form>
  );
}
