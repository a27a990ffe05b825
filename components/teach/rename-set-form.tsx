"use client";

import { useActionState } from "react";
import { renameQuestionSetAction } from "@/lib/server/actions/question-sets";
import { initialFormState } from "@/lib/server/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Renames a set in place.
export function RenameSetForm({ setId, title }: { setId: string; title: string }) {
  const [state, action, pending] = useActionState(renameQuestionSetAction, initialFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-2">
      <input type="hidden" name="setId" value={setId} />
      <Field label="Set title" name="title" maxLength={120} defaultValue={state.values?.title ?? title} errors={state.errors.title} />
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
