"use client";

import { resetPasswordAction } from "@/lib/server/actions/password-reset";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";

// Chooses a new password with the token from a reset mail (a POST form that works without JavaScript).
export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPasswordAction} ids={{ token }} className="flex flex-col gap-4">
      {({ state, errors, pending }) => (
        <>
          <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={errors.newPassword ?? errors.token} />
          <FormStatus state={state} />
          {state.ok ? (
            <TextLink href="/sign-in">
              Sign in
            </TextLink>
          ) : (
            <Button type="submit" disabled={pending}>
              Set the new password
            </Button>
          )}
        </>
      )}
    </ActionForm>
  );
}
