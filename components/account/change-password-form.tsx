"use client";

import { changeMyPassword } from "@/lib/server/actions/account";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { PendingButton } from "@/components/ui/pending-button";
import { Field } from "@/components/ui/field";

// Password change: the current password, then the new one. A form bound to a server action (React
// renders it as a POST), so it works before (or without) JavaScript and never puts a password in the URL.
export function ChangePasswordForm() {
  return (
    <ActionForm action={changeMyPassword} className="flex max-w-md flex-col gap-3">
      {({ state, errors, pending }) => (
        <>
          <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
          <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={errors.newPassword} />
          <FormStatus state={state} />
          <PendingButton type="submit" pending={pending} pendingLabel="Saving…">
            Change password
          </PendingButton>
        </>
      )}
    </ActionForm>
  );
}
