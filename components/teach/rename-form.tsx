"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/view/form-state";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  // The record's id, sent as a hidden field under `idField`.
  idField: string;
  id: string;
  label: string;
  name: string;
  value: string;
  maxLength: number;
};

// Renames a record in place (a set's title, a class's name).
export function RenameForm({ action: rename, idField, id, label, name, value, maxLength }: Props) {
  const [state, action, pending] = useActionState(rename, initialFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-2">
      <input type="hidden" name={idField} value={id} />
      <Field label={label} name={name} maxLength={maxLength} defaultValue={state.values?.[name] ?? value} errors={state.errors[name]} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          Rename
        </Button>
        <p role="status" aria-live="polite">
          {state.message}
        </p>
      </div>
    </form>
  );
}
