"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/server/actions/password-reset";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Chooses a new password with the token from a reset mail (a POST form that works without JavaScript).
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={state.errors.newPassword ?? state.errors.token} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      {state.ok ? (
        <Link className="tap text-brand-700 underline dark:text-brand-100" href="/sign-in">
          Sign in
        </Link>
      ) : (
        <Button type="submit" disabled={pending}>
          Set the new password
        </Button>
      )}
    </form>
  );
}
