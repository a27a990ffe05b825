"use client";

import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/server/actions/password-reset";
import { initialFormState } from "@/lib/server/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Asks for a password-reset mail (a server-action form: a POST that works without JavaScript).
export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors.email} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      <Button type="submit" disabled={pending}>
        Send the link
      </Button>
    </form>
  );
}
