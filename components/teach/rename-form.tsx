"use client";

import type { FormState } from "@/lib/view/form-state";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
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
export function RenameForm({ action, idField, id, label, name, value, maxLength }: Props) {
  return (
    <ActionForm action={action} ids={{ [idField]: id }} className="flex max-w-md flex-col gap-2">
      {({ state, values, errors, pending }) => (
        <>
          <Field label={label} name={name} maxLength={maxLength} defaultValue={values?.[name] ?? value} errors={errors[name]} />
          <div className="flex items-center gap-3">
            <Button type="submit" variant="secondary" disabled={pending}>
              Rename
            </Button>
            <FormStatus state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
