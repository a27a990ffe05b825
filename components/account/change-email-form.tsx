"use client";

import { changeMyEmail } from "@/lib/server/actions/account";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { PendingButton } from "@/components/ui/pending-button";
import { Field } from "@/components/ui/field";

// Email change: the new address and the password typed again (a server-action form, a POST).
export function ChangeEmailForm({ email }: { email: string }) {
  return (
    <ActionForm action={changeMyEmail} className="flex max-w-md flex-col gap-3">
      {({ state, values, errors, pending }) => (
        <>
          <Field label="New email" name="newEmail" type="email" autoComplete="email" required defaultValue={values?.newEmail ?? email} errors={errors.newEmail} />
          <Field label="Password" name="emailPassword" type="password" autoComplete="current-password" required errors={errors.emailPassword} />
          <FormStatus state={state} />
          <PendingButton type="submit" pending={pending} pendingLabel="Saving…">
            Change email
          </PendingButton>
        </>
      )}
    </ActionForm>
  );
}
