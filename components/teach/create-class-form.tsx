"use client";

import { useActionState } from "react";
import { createClassAction } from "@/lib/server/actions/classes";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Creates a class; the new class page shows its join code.
export function CreateClassForm() {
  const [state, action, pending] = useActionState(createClassAction, initialFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3" noValidate>
      <Field label="Class name" name="name" required maxLength={100} defaultValue={state.values?.name} errors={state.errors.name} />
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
      </p>
      <Button type="submit" disabled={pending}>
        Create class
      </Button>
    </form>
  );
}
