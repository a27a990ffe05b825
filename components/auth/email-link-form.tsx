"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Asks for a link by email (a password reset, a new confirmation link): a server-action form, a
// POST that works without JavaScript. The answer never tells whether the address has an account.
export function EmailLinkForm({ action: serverAction, submitLabel }: { action: (previous: FormState, data: FormData) => Promise<FormState>; submitLabel: string }) {
  const [state, action, pending] = useActionState(serverAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors.email} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
