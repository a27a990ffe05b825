"use client";

import { useActionState } from "react";
import { changeMyEmail } from "@/lib/server/actions/account";
import { initialFormState } from "@/lib/view/form-state";
import { PendingButton } from "@/components/ui/pending-button";
import { Field } from "@/components/ui/field";

// Email change: the new address and the password typed again (a server-action form, a POST).
export function ChangeEmailForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changeMyEmail, initialFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3">
      <Field label="New email" name="newEmail" type="email" autoComplete="email" required defaultValue={state.values?.newEmail ?? email} errors={state.errors.newEmail} />
      <Field label="Password" name="emailPassword" type="password" autoComplete="current-password" required errors={state.errors.emailPassword} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      <PendingButton type="submit" pending={pending} pendingLabel="Saving…">
        Change email
      </PendingButton>
    </form>
  );
}
