"use client";

import { createClassAction } from "@/lib/server/actions/classes";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Creates a class; the new class page shows its join code.
export function CreateClassForm() {
  return (
    <ActionForm action={createClassAction} className="flex max-w-md flex-col gap-3" noValidate>
      {({ state, values, errors, pending }) => (
        <>
          <Field label="Class name" name="name" required maxLength={100} defaultValue={values?.name} errors={errors.name} />
          <FormStatus state={state} tone="error" />
          <Button type="submit" disabled={pending}>
            Create class
          </Button>
        </>
      )}
    </ActionForm>
  );
}
