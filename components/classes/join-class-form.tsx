"use client";

import { useActionState } from "react";
import { joinClassAction } from "@/lib/server/actions/classes";
import { initialFormState } from "@/lib/view/form-state";
import { PendingButton } from "@/components/ui/pending-button";
import { Field } from "@/components/ui/field";

// The student's "join a class" form: the 8-character code from the instructor (already filled in
// when the student came by the class's join link).
export function JoinClassForm({ code }: { code?: string } = {}) {
  const [state, action, pending] = useActionState(joinClassAction, initialFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3" noValidate>
      <Field label="Class code" name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={20} required hint="8 letters and digits, from your instructor." defaultValue={state.values?.code ?? code} errors={state.errors.code} />
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.ok ? "" : state.message}
      </p>
      <PendingButton type="submit" pending={pending} pendingLabel="Joining…">
        Join class
      </PendingButton>
    </form>
  );
}
