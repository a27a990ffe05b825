"use client";

import { useActionState } from "react";
import { changeMyPassword } from "@/lib/server/actions/account";
import { initialFormState } from "@/lib/view/form-state";
import { PendingButton } from "@/components/ui/pending-button";
import { Field } from "@/components/ui/field";

// Password change: the current password, then the new one. A form bound to a server action (React
// renders it as a POST), so it works before (or without) JavaScript and never puts a password in the URL.
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeMyPassword, initialFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3">
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={state.errors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={state.errors.newPassword} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      <PendingButton type="submit" pending={pending} pendingLabel="Saving…">
        Change password
      </PendingButton>
    </form>
  );
}
